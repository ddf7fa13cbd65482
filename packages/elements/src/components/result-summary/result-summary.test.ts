import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndex, createStore } from '@asm-kit/query';
import { parseResources } from '@asm-kit/schema';
import type { AsmResultSummary } from './result-summary.js';
import { $, axeViolations, cleanup, mount, testResources, text, until } from '../../testing/fixtures.js';

afterEach(cleanup);

async function summary(lang: string, text = '', pageSize = 50) {
  const store = createStore({
    source: createIndex(parseResources(testResources()).resources),
    query: { text, pageSize },
  });
  const el = await mount<AsmResultSummary>(
    html`<asm-result-summary .store=${store}></asm-result-summary>`,
    lang,
  );
  await until(() => expect(store.getState().result).toBeDefined());
  await el.updateComplete;
  return { el, store };
}

describe('<asm-result-summary>', () => {
  it('is a polite, atomic live region', async () => {
    const { el } = await summary('en');
    const region = $(el, '[part~="base"]');
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('aria-atomic')).toBe('true');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('uses plural rules for the count in each language', async () => {
    expect(text((await summary('en', 'handbook')).el)).toBe('1 resource');
    expect(text((await summary('en')).el)).toBe('24 resources');
    expect(text((await summary('fr', 'handbook')).el)).toBe('1 ressource');
    expect(text((await summary('fr')).el)).toBe('24 ressources');
    expect(text((await summary('es', 'handbook')).el)).toBe('1 recurso');
    expect(text((await summary('pt')).el)).toBe('24 recursos');
  });

  it('adds the page position when there are several pages', async () => {
    expect(text((await summary('es', '', 10)).el)).toBe('24 recursos · Página 1 de 3');
  });

  it('announces when nothing matches', async () => {
    expect(text((await summary('pt', 'zzzzqqq')).el)).toBe('Nenhum recurso corresponde à sua pesquisa.');
  });

  it('updates the text in place when the results change', async () => {
    const { el, store } = await summary('en');
    const region = $(el, '[part~="base"]');
    store.setQuery({ text: 'handbook' });
    await until(() => expect(text(el)).toBe('1 resource'));
    expect($(el, '[part~="base"]')).toBe(region);
  });
});
