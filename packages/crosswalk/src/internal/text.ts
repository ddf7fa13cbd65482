import { pickLocalized } from '@asm-kit/schema';
import type { LocalizedText } from '@asm-kit/schema';

/** Text of `text` in `language` (or the best fallback the schema picks); undefined when there is no text. */
export function textIn(text: LocalizedText | undefined, language: string | undefined): string | undefined {
  if (!text || Object.keys(text).length === 0) return undefined;
  return pickLocalized(text, language ? [language] : []).value;
}

/** Like {@link textIn}, with the language the text was found in. */
export function pickText(
  text: LocalizedText | undefined,
  language: string | undefined,
): { language: string; value: string } | undefined {
  if (!text || Object.keys(text).length === 0) return undefined;
  return pickLocalized(text, language ? [language] : []);
}
