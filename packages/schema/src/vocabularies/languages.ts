/** Languages the UI chrome and every vocabulary label ship in; other languages fall back to English. */
export const UI_LANGUAGES = ['en', 'fr', 'es', 'pt'] as const;

/** One of the {@link UI_LANGUAGES}. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A label written in every UI language, so a lookup never lacks a text. */
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
 * Reads a label table: one line per entry, `key|en|fr|es|pt`. Labels are kept as text in the source
 * because a table of object literals costs about twice the bytes in a browser bundle (each key and
 * language name repeated); the tests check every key and label.
 * @internal
 */
export function labelTable<Key extends string>(table: string): Readonly<Record<Key, Labels>> {
  const labels: Record<string, Labels> = {};
  for (const line of table.trim().split('\n')) {
    const [key, en, fr, es, pt] = line.split('|') as [Key, string, string, string, string];
    labels[key] = { en, fr, es, pt };
  }
  return labels as Record<Key, Labels>;
}
