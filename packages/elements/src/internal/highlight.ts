import { html, type TemplateResult } from 'lit';
import type { Range } from '@asm-kit/query';

/**
 * Splits text into plain text and `<mark>` pieces from match ranges. Lit binds each piece as a text node, so
 * the data never becomes markup.
 */
export function highlight(text: string, ranges: readonly Range[] | undefined): (string | TemplateResult)[] {
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
