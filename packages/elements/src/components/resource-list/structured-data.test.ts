import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import type { AsmResourceList } from './resource-list.js';
import type { AsmResourceCard } from '../resource-card/resource-card.js';
import { $, $$, cleanup, mount, testCatalogue, testResources, text, until } from '../../testing/fixtures.js';

afterEach(cleanup);

interface ListItem {
  position: number;
  item: { '@type': string; identifier: string | unknown[]; name: string };
}
interface JsonLd {
  '@context': string;
  '@type': string;
  name?: string;
  mainEntity: { '@type': string; numberOfItems: number; itemListElement: ListItem[] };
}

async function list(template = html`<asm-resource-list structured-data page-size="5"></asm-resource-list>`) {
  const el = await mount<AsmResourceList>(template);
  el.catalogue = testCatalogue();
  await until(() => expect($$(el, 'asm-resource-card').length).toBeGreaterThan(0));
  return el;
}

const scripts = (el: Element) => [...el.querySelectorAll(':scope > script[type="application/ld+json"]')];

async function jsonLd(el: AsmResourceList): Promise<JsonLd> {
  await until(() => expect(scripts(el)).toHaveLength(1));
  return JSON.parse(scripts(el)[0]!.textContent ?? '') as JsonLd;
}

const ids = (data: JsonLd): unknown[] =>
  data.mainEntity.itemListElement.map((entry) => [entry.item.identifier].flat()[0]);

const shownIds = (el: AsmResourceList): string[] =>
  $$<AsmResourceCard>(el, 'asm-resource-card').map((card) => card.resource!.id);

describe('<asm-resource-list structured-data>', () => {
  it('writes schema.org JSON-LD for the resources on screen into its light DOM', async () => {
    const el = await list();
    const data = await jsonLd(el);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('CollectionPage');
    expect(data.name).toBe('Test library');
    expect(data.mainEntity['@type']).toBe('ItemList');
    expect(data.mainEntity.numberOfItems).toBe(5);
    expect(data.mainEntity.itemListElement).toHaveLength(5);
    expect(ids(data)).toEqual(shownIds(el));
    expect(el.shadowRoot?.querySelector('script')).toBeNull();
  });

  it('follows the page shown', async () => {
    const el = await list();
    const first = ids(await jsonLd(el));
    el.store.setQuery({ page: 2 });
    await until(async () => expect(ids(await jsonLd(el))).not.toEqual(first));
    expect(ids(await jsonLd(el))).toEqual(shownIds(el));
    expect(scripts(el)).toHaveLength(1);
  });

  it('writes text only: a title containing "</script>" cannot close the script element', async () => {
    const hostile = '</script><img src=x onerror="window.pwned=1">Evil <!-- title';
    const el = await mount<AsmResourceList>(html`<asm-resource-list structured-data></asm-resource-list>`);
    el.resources = [{ ...testResources()[2]!, id: 'evil', title: { en: hostile } }];
    const data = await jsonLd(el);
    const script = scripts(el)[0]!;
    expect(script.textContent).not.toContain('<');
    expect(script.childNodes).toHaveLength(1);
    expect(el.querySelector('img')).toBeNull();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(data.mainEntity.itemListElement[0]!.item.name).toBe(hostile);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('removes its script when the attribute is removed, and writes none without it', async () => {
    const el = await list();
    await jsonLd(el);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(scripts(el)).toHaveLength(0);
    const plain = await list(html`<asm-resource-list page-size="5"></asm-resource-list>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scripts(plain)).toHaveLength(0);
  });
});

describe('<asm-resource-list> hide-search, hide-summary and no-cite', () => {
  it('leaves out its search box and result count when asked to, keeping the results', async () => {
    const el = await list(
      html`<asm-resource-list hide-search hide-summary page-size="5"></asm-resource-list>`,
    );
    expect(el.shadowRoot?.querySelector('asm-search-box')).toBeNull();
    expect(el.shadowRoot?.querySelector('asm-result-summary')).toBeNull();
    expect(text($(el, '[part~="results-heading"]'))).toBe('Results');
    expect($$(el, 'asm-resource-card')).toHaveLength(5);
    el.hideSearch = false;
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('asm-search-box')).not.toBeNull();
  });

  it('offers Cite on every card unless no-cite is set', async () => {
    const el = await list(html`<asm-resource-list page-size="5"></asm-resource-list>`);
    const cards = $$<AsmResourceCard>(el, 'asm-resource-card');
    expect(cards.every((card) => card.shadowRoot?.querySelector('asm-citation'))).toBe(true);
    el.noCite = true;
    await el.updateComplete;
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(cards.some((card) => card.shadowRoot?.querySelector('asm-citation'))).toBe(false);
  });
});
