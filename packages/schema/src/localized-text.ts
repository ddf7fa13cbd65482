import * as z from 'zod/mini';
import { LANGUAGE_TAG_PATTERN, normalizeLanguageTag } from './language-tag.js';
import { VISIBLE_TEXT, refuseReservedKeys, rule } from './internal/rules.js';
import { primarySubtag } from './vocabularies/languages.js';

/** Text in several languages: BCP 47 tag -> text. At least one entry. */
export type LocalizedText = Readonly<Record<string, string>>;

/**
 * The written form of localized text: either a plain string (in the catalogue's default language) or an
 * object of language tag -> non-empty text with at least one entry.
 */
export function localizedTextInputSchema() {
  return z.union([
    z.string().check(z.regex(VISIBLE_TEXT)),
    refuseReservedKeys(
      z
        .record(z.string().check(z.regex(LANGUAGE_TAG_PATTERN)), z.string().check(z.regex(VISIBLE_TEXT)))
        .check(rule<Record<string, string>>('empty-value', hasNoEntry)),
    ),
  ]);
}

export function hasNoEntry(entries: Record<string, string>): string | undefined {
  return Object.keys(entries).length > 0 ? undefined : 'there is no text in any language';
}

/** Turns written localized text into its parsed form: a plain string goes under `defaultLanguage`. */
export function toLocalizedText(
  input: string | Readonly<Record<string, string>>,
  defaultLanguage: string,
): LocalizedText {
  // Keys come from data: built on a null-prototype object, a '__proto__' key could never set a prototype.
  const text: Record<string, string> = Object.create(null) as Record<string, string>;
  if (typeof input === 'string') {
    text[defaultLanguage] = input;
  } else {
    for (const [tag, value] of Object.entries(input)) text[normalizeLanguageTag(tag)] = value;
  }
  return { ...text };
}

/** Localized text schema that puts plain strings under `defaultLanguage`. */
export function localizedTextSchema(defaultLanguage: string) {
  return z.pipe(
    localizedTextInputSchema(),
    z.transform((input: string | Record<string, string>) => toLocalizedText(input, defaultLanguage)),
  );
}

/**
 * Picks the text for the first of `languages` the text has (exact tag, then primary subtag), else the
 * first entry. Tags compare case-insensitively, so 'pt-br' finds 'pt-BR'.
 *
 * @example pickLocalized({ en: 'Guide', fr: 'Guide (fr)' }, ['fr-CA', 'en']) // { language: 'fr', value: 'Guide (fr)' }
 */
export function pickLocalized(
  text: LocalizedText,
  languages: readonly string[],
): { language: string; value: string } {
  const entries = Object.entries(text);
  for (const wanted of languages) {
    const exact = entries.find(([tag]) => tag.toLowerCase() === wanted.toLowerCase());
    if (exact) return { language: exact[0], value: exact[1] };
    const primary = primarySubtag(wanted);
    const sameLanguage =
      entries.find(([tag]) => tag.toLowerCase() === primary) ??
      entries.find(([tag]) => primarySubtag(tag) === primary);
    if (sameLanguage) return { language: sameLanguage[0], value: sameLanguage[1] };
  }
  const [first] = entries;
  // Parsed text always has an entry; an empty object can only come from hand-built data.
  return first ? { language: first[0], value: first[1] } : { language: '', value: '' };
}
