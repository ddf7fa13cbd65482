// A page in Indonesian: <html lang="id"> and a list with no lang of its own. Like lazy-languages.test.ts, this file
// does not use the test fixtures, which load every language up front: here the Indonesian chunk (UI strings, and
// in the CDN build the vocabulary labels) must load only once an element speaks Indonesian.
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogueInput } from '@asm-kit/schema';
import '../define/all.js';
import { en } from './en.js';
import { messagesFor } from './registry.js';

const pageLang = document.documentElement.lang;
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = pageLang;
});

/** 1,234 reports on mercury reduction in Indonesia, dated 15 June 2023: counts big enough to need a separator. */
function catalogue(): CatalogueInput {
  const resources = Array.from({ length: 1234 }, (_, i) => ({
    id: `catatan-${i}`,
    url: `https://example.org/c/${i}`,
    title: { en: `Field note ${i}` },
    type: 'report',
    knowledgeAreas: ['mercury-reduction'],
    countries: ['ID'],
    languages: ['en'],
    published: '2023-06-15',
  }));
  return { schemaVersion: '1.0', name: 'Perpustakaan', defaultLanguage: 'en', resources } as CatalogueInput;
}

/** Whether the browser has requested the module of a language's UI strings. */
const requested = (language: string): boolean =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.endsWith(`/i18n/${language}.ts`));

const shadow = (el: Element, selector: string): HTMLElement =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const text = (el: Element | null | undefined): string =>
  (el?.shadowRoot?.textContent ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a list on a page in Indonesian', () => {
  it('loads the Indonesian strings only then, and speaks Indonesian: strings, labels, dates and counts', async () => {
    expect(messagesFor('id')).toBe(en);
    expect(requested('id')).toBe(false);

    document.documentElement.lang = 'id';
    const list = document.createElement('asm-resource-list');
    list.setAttribute('page-size', '5');
    (list as HTMLElement & { catalogue: CatalogueInput }).catalogue = catalogue();
    document.body.append(list);

    await expect.poll(() => text(shadow(list, 'asm-result-summary'))).toContain('1.234 dokumen');
    expect(messagesFor('id').language).toBe('id');
    expect(requested('id')).toBe(true);
    expect(requested('fr')).toBe(false);
    expect(text(shadow(shadow(list, 'asm-search-box'), 'label'))).toBe('Cari di perpustakaan');
    expect(text(shadow(list, '[part~="results-heading"]'))).toBe('Hasil');

    const card = shadow(list, 'asm-resource-card');
    await expect.poll(() => text(shadow(card, '[part~="type"]'))).toBe('Laporan');
    expect(text(shadow(card, '[part~="date"]'))).toBe('15 Juni 2023');
    expect(text(shadow(card, '[part~="areas"]'))).toBe('Pengurangan merkuri');
    expect(text(shadow(card, '[part~="countries"]'))).toBe('Indonesia');
    expect(shadow(card, '[part~="areas"]').getAttribute('aria-label')).toBe('Tema');
  });
});
