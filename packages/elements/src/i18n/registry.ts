import type { VocabularyLanguage } from '@asm-kit/schema';
import { en } from './en.js';
import type { Messages, PluralForms } from './messages.js';

/** UI strings loaded so far, by lower-case tag. English is always there: it is the fallback. */
const registry = new Map<string, Messages>([['en', en]]);

/**
 * The other built-in languages, loaded the first time an element speaks them: a page reads one language, so it
 * should not download them all (in the CDN build each is a chunk of its own beside asm-kit.js). One line per
 * language, keyed by the schema's UI_LANGUAGES: a language listed there without its line here does not compile.
 */
const builtIn: Readonly<Record<VocabularyLanguage, () => Promise<Messages>>> = {
  fr: () => import('./fr.js').then((module) => module.fr),
  es: () => import('./es.js').then((module) => module.es),
  pt: () => import('./pt.js').then((module) => module.pt),
  id: () => import('./id.js').then((module) => module.id),
};
const loading = new Map<string, Promise<void>>();

/**
 * Adds (or replaces) the UI strings of a language. Elements already on the page pick them up on their next
 * render, e.g. after their `lang` changes.
 * @example registerMessages(de) // where `de` is typed `Messages` and de.language === 'de'
 */
export function registerMessages(messages: Messages): void {
  registry.set(messages.language.toLowerCase(), messages);
}

/** `value` with every string a no-break space (see messagesFor). */
const blankOf = (value: unknown): unknown =>
  typeof value === 'string'
    ? '\u00a0'
    : Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, blankOf(inner)]));
let blank: Messages | undefined;

/**
 * Messages for a BCP 47 tag: exact tag, then its primary subtag ('fr-CA' -> 'fr'), then English. While the
 * built-in strings of the language are on their way, every string is a no-break space: a French page never shows
 * English for a moment, and nothing changes height when the French arrives.
 */
export function messagesFor(tag: string): Messages {
  const lower = tag.toLowerCase();
  const primary = lower.split('-')[0] ?? '';
  const found = registry.get(lower) ?? registry.get(primary);
  if (found) return found;
  return loading.has(primary) ? (blank ??= blankOf(en) as Messages) : en;
}

/**
 * Loads the built-in UI strings of a tag's language unless they are loaded (or registered) already. Resolves when
 * `messagesFor(tag)` gives them; undefined when there is nothing to load. Should the chunk fail to load, the
 * elements stay in English.
 */
export function loadMessages(tag: string): Promise<void> | undefined {
  const primary = tag.toLowerCase().split('-')[0] ?? '';
  if (registry.has(tag.toLowerCase()) || registry.has(primary) || !Object.hasOwn(builtIn, primary))
    return undefined;
  let pending = loading.get(primary);
  if (!pending) {
    pending = builtIn[primary as VocabularyLanguage]().then(
      (messages) => {
        // A language the page registered itself in the meantime wins.
        if (!registry.has(primary)) registerMessages(messages);
      },
      () => {
        loading.delete(primary);
      },
    );
    loading.set(primary, pending);
  }
  return pending;
}

/**
 * Resolves once the languages being loaded have arrived (or failed), or after `ms` at most. A language's chunk in
 * the CDN build also brings its vocabulary labels, which the search index reads when it is built.
 */
export const languagesLoaded = (ms: number): Promise<unknown> =>
  Promise.race([Promise.all(loading.values()), new Promise((resolve) => setTimeout(resolve, ms))]);

/**
 * Languages with UI strings: English, the other built-in ones, then those a page registered, in that order
 * whichever were loaded first (a language switcher must not reorder its options as languages arrive).
 */
export function availableLanguages(): string[] {
  return [...new Set(['en', ...Object.keys(builtIn), ...registry.keys()])];
}

/** Replaces `{name}` placeholders; values are inserted as text, never as markup. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

const formatters = new Map<string, unknown>();

/**
 * One Intl formatter per locale and kind, reused: constructing them costs far more than formatting, and a
 * results page formats hundreds of numbers and dates. A tag Intl rejects ('en_US', '!!') gets the English
 * formatter instead of a RangeError (elements pass valid tags; this guards direct calls).
 */
function cached<T>(kind: string, locale: string, make: (locale: string) => T): T {
  const key = kind + locale;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = make(locale);
    } catch {
      formatter = make('en');
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Picks the plural variant for `count` in `locale` and fills `{count}` with the localized number. */
export function plural(forms: PluralForms, count: number, locale: string): string {
  const rules = cached('p', locale, (l) => new Intl.PluralRules(l));
  return fill(forms[rules.select(count)] ?? forms.other, { count: formatNumber(count, locale) });
}

/** Localized integer (thousands separators as the locale writes them). */
export function formatNumber(value: number, locale: string): string {
  return cached('n', locale, (l) => new Intl.NumberFormat(l)).format(value);
}

/**
 * Formats a catalogue date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') with only the precision it has:
 * a year stays a year, a month shows month and year.
 */
export function formatPartialDate(value: string, locale: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!year) return value;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day || 1));
  const format = cached(
    day ? 'dd' : 'dm',
    locale,
    (l) =>
      new Intl.DateTimeFormat(l, {
        year: 'numeric',
        month: 'long',
        day: day ? 'numeric' : undefined,
        timeZone: 'UTC',
      }),
  );
  return format.format(date);
}

/** File size in the largest unit that keeps the number >= 1 (kB, MB, GB), localized. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let index = 0;
  while (value >= 1000 && index < units.length - 1) {
    value /= 1000;
    index++;
  }
  const unit = units[index] ?? 'byte';
  const format = cached(
    `b${unit}`,
    locale,
    (l) =>
      new Intl.NumberFormat(l, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: index < 2 ? 0 : 1,
      }),
  );
  return format.format(value);
}

const listFormat = (locale: string): Intl.ListFormat =>
  cached('l', locale, (l) => new Intl.ListFormat(l, { type: 'conjunction' }));

/** Localized list ("English, French and Spanish"). */
export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale).format(items);
}

/** The same list in parts (items and the words between them), so each item can be rendered on its own. */
export function formatListParts(items: readonly string[], locale: string): { type: string; value: string }[] {
  return listFormat(locale).formatToParts(items);
}
