/** Languages the UI chrome and every vocabulary label ship in; other languages fall back to English. */
export const UI_LANGUAGES = ['en', 'fr', 'es', 'pt'] as const;

/** One of the {@link UI_LANGUAGES}. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A label written in every UI language, so a lookup never lacks a text. */
export type Labels = Readonly<Record<UiLanguage, string>>;

/**
 * Primary language subtag of a BCP 47 tag, lower case: 'pt-BR' -> 'pt', 'FIL' -> 'fil'.
 * Accepts '_' as a separator too, since POSIX locales ('fr_CA') leak into tags from servers.
 * @internal
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
