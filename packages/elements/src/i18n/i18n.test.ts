import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@asm-kit/schema';
import { en } from './en.js';
import { fr } from './fr.js';
import { id } from './id.js';
import { pt } from './pt.js';
import type { Messages } from './messages.js';
import {
  formatBytes,
  formatList,
  formatNumber,
  formatPartialDate,
  loadMessages,
  messagesFor,
  plural,
  registerMessages,
} from './registry.js';

/** Every key path of a message object, to compare the languages' completeness. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

// Every built-in language but English, as the registry loads them: a new language is checked with no line here.
const others = await Promise.all(
  UI_LANGUAGES.slice(1).map(async (language) => {
    await loadMessages(language);
    return messagesFor(language);
  }),
);

describe('UI messages', () => {
  it('has strings for every UI language of the schema', () => {
    expect(others.map((messages) => messages.language)).toEqual(UI_LANGUAGES.slice(1));
    expect(others).toContain(id);
  });

  for (const messages of others) {
    it(`${messages.language} has every string English has, none empty or left in English`, () => {
      // Plural variants are those of the language's CLDR rules (Indonesian has `other` only), `other` always.
      const categories = new Intl.PluralRules(messages.language).resolvedOptions().pluralCategories;
      const plural = /\.(zero|one|two|few|many)$/;
      const strings = (value: unknown) => keys(value).filter((path) => !plural.test(path));
      expect(strings(messages).sort()).toEqual(strings(en).sort());
      for (const path of keys(messages).filter((p) => plural.test(p)))
        expect(categories, path).toContain(path.split('.').pop());
      const flat = keys(messages);
      for (const path of flat) {
        const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
        expect(String(value).trim(), path).not.toBe('');
      }
      expect(messages.searchLabel).not.toBe(en.searchLabel);
      expect(messages.noResults).not.toBe(en.noResults);
    });
  }

  it('keeps the placeholders of every template', () => {
    for (const messages of others) {
      expect(messages.errorHttp).toContain('{status}');
      expect(messages.pageOfPages).toContain('{page}');
      expect(messages.pageOfPages).toContain('{pages}');
      expect(messages.availableIn).toContain('{languages}');
      expect(messages.removeFilter).toContain('{label}');
      expect(messages.resultCount.other).toContain('{count}');
    }
  });

  it('picks plural forms with Intl.PluralRules and localizes the number', () => {
    expect(plural(en.resultCount, 1, 'en')).toBe('1 resource');
    expect(plural(en.resultCount, 1234, 'en')).toBe('1,234 resources');
    expect(plural(fr.resultCount, 1234, 'fr')).toBe('1\u202f234 ressources');
    expect(plural(pt.pages, 1, 'pt')).toBe('1 página');
    // Indonesian has the `other` form only, and writes thousands with a dot.
    expect(plural(id.resultCount, 1, 'id')).toBe('1 dokumen');
    expect(plural(id.resultCount, 1234, 'id')).toBe('1.234 dokumen');
  });

  it('formats partial dates with only the precision they have', () => {
    expect(formatPartialDate('2019', 'fr')).toBe('2019');
    expect(formatPartialDate('2019-06', 'es')).toBe('junio de 2019');
    expect(formatPartialDate('2019-06-03', 'pt')).toBe('3 de junho de 2019');
    expect(formatPartialDate('2019-06-03', 'id')).toBe('3 Juni 2019');
    expect(formatPartialDate('2019-06', 'id')).toBe('Juni 2019');
  });

  it('formats file sizes with units', () => {
    expect(formatBytes(532, 'en')).toBe('532 byte');
    expect(formatBytes(2_400_000, 'fr')).toBe('2,4\u202fMo');
  });

  it('formats in English instead of throwing when given a malformed tag directly', () => {
    for (const tag of ['en_US', 'fr ', 'xx-!!', '!!', '', 'x'.repeat(300)]) {
      expect(formatNumber(1234, tag), tag).toBe('1,234');
      expect(plural(en.resultCount, 2, tag), tag).toBe('2 resources');
      expect(formatPartialDate('2021-03-15', tag), tag).toBe('March 15, 2021');
      expect(formatBytes(2_400_000, tag), tag).toBe('2.4 MB');
      expect(formatList(['a', 'b'], tag), tag).toBe('a and b');
    }
  });

  it('resolves region subtags and registers new languages', async () => {
    await Promise.all([loadMessages('fr'), loadMessages('pt')]);
    expect(messagesFor('fr-CA')).toBe(fr);
    expect(messagesFor('PT-br')).toBe(pt);
    const de: Messages = { ...en, language: 'de', searchLabel: 'Bibliothek durchsuchen' };
    registerMessages(de);
    expect(messagesFor('de-AT').searchLabel).toBe('Bibliothek durchsuchen');
  });
});
