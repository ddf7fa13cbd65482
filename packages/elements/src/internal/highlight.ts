import { html, type TemplateResult } from 'lit';
import type { Range } from '@asm-kit/query';

/**
 * Longest text shown for a title or a summary. Far more than any real one, but a 1 MB title (data gone wrong)
 * would take seconds to lay out: it is shown cut, with an ellipsis. The record keeps the whole text (search,
 * citation, structured data).
 */
const SHOWN = 5000;

/** `text`, cut to SHOWN characters and an ellipsis when longer. */
export const clip = (text: string): string => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

/**
 * Splits text into plain text and `<mark>` pieces from match ranges. Lit binds each piece as a text node, so
 * the data never becomes markup. Text longer than SHOWN characters is cut (see clip).
 */
export function highlight(value: string, ranges: readonly Range[] | undefined): (string | TemplateResult)[] {
  const text = clip(value);
  if (!ranges?.length) return [text];
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > at) out.push(text.slice(at, from));
    out.push(html`<mark part="mark">${text.slice(from, to)}</mark>`);
    at = to;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
