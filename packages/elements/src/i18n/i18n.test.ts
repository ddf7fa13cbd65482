import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
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

describe('UI messages', () => {
  for (const messages of [fr, es, pt]) {
    it(`${messages.language} has every string English has, none empty or left in English`, () => {
      expect(keys(messages).sort()).toEqual(keys(en).sort());
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
    for (const messages of [fr, es, pt]) {
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
  });

  it('formats partial dates with only the precision they have', () => {
    expect(formatPartialDate('2019', 'fr')).toBe('2019');
    expect(formatPartialDate('2019-06', 'es')).toBe('junio de 2019');
    expect(formatPartialDate('2019-06-03', 'pt')).toBe('3 de junho de 2019');
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
