/**
 * Languages the UI chrome and every vocabulary label ship in; other languages fall back to English. English
 * first; each other language is this entry plus its labels module, ./labels/<language>.ts, listed in
 * ../all-labels.ts (see the elements README, "Adding a language").
 */
export const UI_LANGUAGES = ['en', 'fr', 'es', 'pt', 'id'] as const;

/** One of the {@link UI_LANGUAGES}. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * A label in every UI language, so a lookup never lacks a text. Until the labels of a language are registered
 * (only with '@asm-kit/schema/core': the main entry registers them all), that language holds the English text.
 */
export type Labels = Readonly<Record<UiLanguage, string>>;

/**
 * Primary language subtag of a BCP 47 tag, lower case: 'pt-BR' -> 'pt', 'FIL' -> 'fil'.
 * Accepts '_' as a separator too, since POSIX locales ('fr_CA') leak into tags from servers.
 */
export function primarySubtag(tag: string): string {
  return (tag.trim().split(/[-_]/, 1)[0] ?? '').toLowerCase();
}

/**
 * Reduces a BCP 47 tag to the UI language used to pick a label: 'fr-CA' -> 'fr', 'pt-BR' -> 'pt';
 * any language without labels ('de', '', 'x-bad') -> 'en'.
 * @internal
 */
export function toUiLanguage(tag: string): UiLanguage {
  const primary = primarySubtag(tag);
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'en';
}

/**
 * Labels of a term that has only its English text yet: every language reads English until the labels of that
 * language are registered (registerVocabularyLabels writes them into this same object).
 * @internal
 */
export function englishLabels(en: string): Labels {
  return Object.fromEntries(UI_LANGUAGES.map((language) => [language, en])) as Record<UiLanguage, string>;
}

/**
 * Reads a table of English labels: one line per entry, `key|English label`. Labels are kept as text in the
 * source because a table of object literals costs about twice the bytes in a browser bundle (each key and
 * language name repeated); the tests check every key and label. The other languages are in ./labels/, one
 * module per language, registered by the package's main entry (see ./register.ts and ../all-labels.ts).
 * @internal
 */
export function labelTable<Key extends string>(table: string): Readonly<Record<Key, Labels>> {
  const labels: Record<string, Labels> = {};
  for (const line of table.trim().split('\n')) {
    const [key, en] = line.split('|') as [Key, string];
    labels[key] = englishLabels(en);
  }
  return labels as Record<Key, Labels>;
}
