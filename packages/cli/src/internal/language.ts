import { isLanguageTag, normalizeLanguageTag } from '@asm-kit/schema';

export { isLanguageTag };

/** Canonical case of a tag ('ZH-hant' -> 'zh-Hant'); a malformed tag is kept as typed for the schema to report. */
export function canonicalTag(tag: string): string {
  return isLanguageTag(tag) ? normalizeLanguageTag(tag) : tag;
}
