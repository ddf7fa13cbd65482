import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseResources } from '@asm-kit/schema';
import type { AsmResourceCard } from '../components/resource-card/resource-card.js';
import type { AsmResourceList } from '../components/resource-list/resource-list.js';
import { $, $$, cleanup, mount, testResources, text, until } from '../testing/fixtures.js';

const handbook = parseResources(testResources()).resources.find((r) => r.id === 'mercury-handbook')!;

/** Errors thrown anywhere while rendering: window errors, unhandled rejections and console errors. */
let errors: string[] = [];
const onError = (event: ErrorEvent) => {
  event.preventDefault();
  errors.push(String(event.error ?? event.message));
};
const onRejection = (event: PromiseRejectionEvent) => {
  event.preventDefault();
  errors.push(String(event.reason));
};

beforeEach(() => {
  errors = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  document.documentElement.lang = 'en';
});

/** A frame for late errors (a child element's update, a rejected promise) to surface. */
const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Mounts the handbook's card, with `lang` on `<html>` or on the card itself. */
async function card(lang: string, on: 'html' | 'element'): Promise<AsmResourceCard> {
  if (on === 'html') document.documentElement.lang = lang;
  const el = await mount<AsmResourceCard>(
    on === 'html'
      ? html`<asm-resource-card .resource=${handbook}></asm-resource-card>`
      : html`<asm-resource-card lang=${lang} .resource=${handbook}></asm-resource-card>`,
    // An empty lang on the container is skipped, so <html lang> decides when the card has none.
    '',
  );
  await settle();
  return el;
}

const ENGLISH = {
  title: 'Mercury-free gold processing handbook',
  download: 'Download (English, PDF, 2.4 MB)',
};
const FRENCH = {
  title: 'Manuel de traitement de l’or sans mercure',
  download: 'Télécharger (anglais, PDF, 2,4 Mo)',
};

describe('a malformed page language', () => {
  it.each([
    ['en_US', 'html', ENGLISH, 'March 15, 2021'],
    ['fr_FR', 'html', FRENCH, '15 mars 2021'],
    ['fr ', 'element', FRENCH, '15 mars 2021'],
    [
      'pt_br',
      'element',
      { title: ENGLISH.title, download: 'Baixar (inglês, PDF, 2,4 MB)' },
      '15 de março de 2021',
    ],
    ['', 'html', ENGLISH, 'March 15, 2021'],
    ['!!', 'element', ENGLISH, 'March 15, 2021'],
    ['x'.repeat(300), 'element', ENGLISH, 'March 15, 2021'],
  ] as const)(
    'lang=%j on %s renders the card in the nearest valid language',
    async (lang, on, words, date) => {
      const el = await card(lang, on);
      expect(errors).toEqual([]);
      expect(text($(el, '[part~="title"]'))).toBe(words.title);
      expect(text($(el, '[part~="date"]'))).toBe(date);
      expect(text($$(el, '[part~="download"]')[0]!)).toBe(words.download);
    },
  );

  it('keeps a valid primary subtag of a malformed tag (xx-!! -> xx) and speaks English for it', async () => {
    const el = await card('xx-!!', 'element');
    expect(errors).toEqual([]);
    expect(text($(el, '[part~="title"]'))).toBe(ENGLISH.title);
    // 'xx' has no UI strings and no CLDR data: English words, the runtime's own date format.
    expect(text($$(el, '[part~="download"]')[0]!)).toMatch(/^Download \(/);
    expect(text($(el, '[part~="date"]'))).toContain('2021');
  });

  it('renders a whole list and its result count under <html lang="fr_FR">', async () => {
    document.documentElement.lang = 'fr_FR';
    const el = await mount<AsmResourceList>(
      html`<asm-resource-list .resources=${testResources()} page-size="10"></asm-resource-list>`,
      '',
    );
    await until(() => expect($$(el, 'asm-resource-card')).toHaveLength(10));
    await until(() => expect(text($(el, 'asm-result-summary'))).toBe('24 ressources · Page 1 sur 3'));
    await settle();
    expect(errors).toEqual([]);
    const first = $$<AsmResourceCard>(el, 'asm-resource-card')[0]!;
    expect(text($(first, '[part~="title"]')).length).toBeGreaterThan(0);
  });

  it.each(['xx-!!', '!!', 'en_US '])('renders a list with lang=%j on it, in English', async (lang) => {
    const el = await mount<AsmResourceList>(
      html`<asm-resource-list lang=${lang} .resources=${testResources()} page-size="10"></asm-resource-list>`,
      '',
    );
    await until(() => expect($$(el, 'asm-resource-card')).toHaveLength(10));
    await until(() => expect(text($(el, 'asm-result-summary'))).toBe('24 resources · Page 1 of 3'));
    await settle();
    expect(errors).toEqual([]);
  });
});
