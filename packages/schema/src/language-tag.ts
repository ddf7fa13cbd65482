import * as z from 'zod/mini';

/**
 * Shape of a BCP 47 language tag (RFC 5646 "langtag" production, without the grandfathered tags):
 * language (+ extlang), script, region, variants, extensions, private use. The primary language subtag
 * must have 2 or 3 letters: longer ones are reserved and none is registered, and refusing them catches
 * 'english' or 'french' written for 'en' or 'fr'. Written without flags or lookbehind so the same pattern
 * is valid in JSON Schema.
 */
export const LANGUAGE_TAG_PATTERN =
  /^(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3})(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|[0-9]{3}))?(?:-(?:[a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*(?:-[a-wyzA-WYZ0-9](?:-[a-zA-Z0-9]{2,8})+)*(?:-[xX](?:-[a-zA-Z0-9]{1,8})+)?$/;

const BARE_LANGUAGE = /^[a-z]{2,3}$/;

/** True when `tag` is a well-formed BCP 47 language tag ('en', 'es-419', 'fil', 'pt-BR', 'zh-Hant-TW'). */
export function isLanguageTag(tag: string): boolean {
  return LANGUAGE_TAG_PATTERN.test(tag);
}

/**
 * Puts a well-formed tag in the case BCP 47 recommends ('PT-br' -> 'pt-BR', 'zh-hant' -> 'zh-Hant') so
 * that one language is one facet value whatever case the data owner typed. Subtags are not replaced
 * (no 'iw' -> 'he'): the data keeps the tag its owner chose.
 */
export function normalizeLanguageTag(tag: string): string {
  // Most tags of a catalogue are a bare lower-case language ('en', 'fil'): already in their case.
  if (BARE_LANGUAGE.test(tag)) return tag;
  let afterSingleton = false;
  return tag
    .split('-')
    .map((subtag, index) => {
      const lower = subtag.toLowerCase();
      if (index === 0 || afterSingleton) return lower;
      if (subtag.length === 1) {
        afterSingleton = true;
        return lower;
      }
      if (/^[a-zA-Z]{2}$/.test(subtag)) return subtag.toUpperCase();
      if (/^[a-zA-Z]{4}$/.test(subtag)) return lower.charAt(0).toUpperCase() + lower.slice(1);
      return lower;
    })
    .join('-');
}

/** A BCP 47 language tag on input; normalised in case on output. */
export function languageTagSchema() {
  return z.pipe(
    z.string().check(z.regex(LANGUAGE_TAG_PATTERN)),
    z.transform((tag: string) => normalizeLanguageTag(tag)),
  );
}
