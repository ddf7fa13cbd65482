import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { Messages, PluralForms } from './messages.js';
import { pt } from './pt.js';

const registry = new Map<string, Messages>([
  ['en', en],
  ['fr', fr],
  ['es', es],
  ['pt', pt],
]);

/**
 * Adds (or replaces) the UI strings of a language. Elements already on the page pick them up on their next
 * render, e.g. after their `lang` changes.
 * @example registerMessages(de) // where `de` is typed `Messages` and de.language === 'de'
 */
export function registerMessages(messages: Messages): void {
  registry.set(messages.language.toLowerCase(), messages);
}

/** Messages for a BCP 47 tag: exact tag, then its primary subtag ('fr-CA' -> 'fr'), then English. */
export function messagesFor(tag: string): Messages {
  const lower = tag.toLowerCase();
  return registry.get(lower) ?? registry.get(lower.split('-')[0] ?? '') ?? en;
}

/** Languages with UI strings, in registration order. */
export function availableLanguages(): string[] {
  return [...registry.keys()];
}

/** Replaces `{name}` placeholders; values are inserted as text, never as markup. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

const formatters = new Map<string, unknown>();

/**
 * One Intl formatter per locale and kind, reused: constructing them costs far more than formatting, and a
 * results page formats hundreds of numbers and dates.
 */
function cached<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** Picks the plural variant for `count` in `locale` and fills `{count}` with the localized number. */
export function plural(forms: PluralForms, count: number, locale: string): string {
  const rules = cached(`p${locale}`, () => new Intl.PluralRules(locale));
  return fill(forms[rules.select(count)] ?? forms.other, { count: formatNumber(count, locale) });
}

/** Localized integer (thousands separators as the locale writes them). */
export function formatNumber(value: number, locale: string): string {
  return cached(`n${locale}`, () => new Intl.NumberFormat(locale)).format(value);
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
    `d${day ? 'd' : 'm'}${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
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
    `b${unit}${locale}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: index < 2 ? 0 : 1,
      }),
  );
  return format.format(value);
}

/** Localized list ("English, French and Spanish"). */
export function formatList(items: readonly string[], locale: string): string {
  return cached(`l${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}
