import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndex, createStore, type SearchSource, type Store } from '@asm-kit/query';
import { COUNTRY_CODES, parseResources, type ResourceInput } from '@asm-kit/schema';
import type { AsmResourceList } from '../resource-list/resource-list.js';
import type { AsmResourceMap } from './resource-map.js';
import { countClasses } from './map-view.js';
import { $, $$, axeViolations, cleanup, mount, testResources, text, until } from '../../testing/fixtures.js';

afterEach(cleanup);

function storeOf(resources: ResourceInput[] = testResources()): Store {
  return createStore({ source: createIndex(parseResources(resources).resources) });
}

/** A standalone map on a store, waited until its countries are drawn. */
async function map(options: { lang?: string; width?: number; store?: Store; draw?: boolean } = {}) {
  const store = options.store ?? storeOf();
  const el = await mount<AsmResourceMap>(
    html`<asm-resource-map style="width: ${options.width ?? 900}px" .store=${store}></asm-resource-map>`,
    options.lang,
  );
  if (options.draw !== false) await until(() => expect(countries(el).length).toBeGreaterThan(0), 10_000);
  return { el, store };
}

const countries = (el: Element) => $$<SVGGElement>(el, '[part~="country"]');
const country = (el: Element, code: string) => $<SVGGElement>(el, `[data-code="${code}"]`);
const tableRows = (el: Element) =>
  $$(el, 'tbody tr').map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? ''));
const active = (el: Element) => (el.shadowRoot?.activeElement as Element | null)?.getAttribute('data-code');

describe('<asm-resource-map>', () => {
  it('draws one focusable country per country with results, named with its count', async () => {
    const { el } = await map();
    // The fixture's resources name GH BF CO PE ID PH KE MN TZ SN.
    expect(
      countries(el)
        .map((c) => c.dataset.code)
        .sort(),
    ).toEqual(['BF', 'CO', 'GH', 'ID', 'KE', 'MN', 'PE', 'PH', 'SN', 'TZ'].sort());
    for (const c of countries(el)) expect(c.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.,-]+/);
    expect(country(el, 'GH').getAttribute('aria-label')).toBe('Ghana, 4 resources');
    expect(country(el, 'GH').getAttribute('role')).toBe('button');
    // Every other country of the atlas is drawn neutral and hidden from assistive technology.
    const neutral = $$(el, 'path.c0[aria-hidden="true"]');
    expect(neutral.length).toBeGreaterThan(150);
  });

  it('shades countries by count, with a legend of the classes', async () => {
    const { el } = await map();
    const level = (code: string) => Number(country(el, code).getAttribute('class')?.slice(1));
    // GH has 4 results (the most), SN 2.
    expect(level('GH')).toBe(5);
    expect(level('SN')).toBeLessThan(level('GH'));
    const fill = (code: string) => getComputedStyle(country(el, code).querySelector('path')!).fill;
    expect(fill('GH')).not.toBe(fill('SN'));
    expect(getComputedStyle($(el, 'path.c0')).fill).not.toBe(fill('SN'));
    expect($$(el, '[part~="legend"] li').map((li) => text(li))).toEqual(['0', '1–2', '3', '4', 'Selected']);
  });

  it('splits counts into at most five logarithmic classes', () => {
    expect(countClasses(1)).toEqual([1]);
    expect(countClasses(4)).toEqual([2, 3, 4]);
    expect(countClasses(100_000)).toEqual([10, 100, 1000, 10_000, 100_000]);
  });

  it('follows the search and other filters, like the facet counts', async () => {
    const { el, store } = await map();
    store.setQuery({ text: 'handbook' });
    await until(() =>
      expect(
        countries(el)
          .map((c) => c.dataset.code)
          .sort(),
      ).toEqual(['BF', 'GH']),
    );
    expect(country(el, 'GH').getAttribute('aria-label')).toBe('Ghana, 1 resource');
    store.setQuery({ text: '', filters: { type: ['report'] } });
    await until(() =>
      expect(
        countries(el)
          .map((c) => c.dataset.code)
          .sort(),
      ).toEqual(['CO', 'GH', 'PE', 'PH']),
    );
  });

  it('toggles the country filter on click and fires asm-filter-change', async () => {
    const { el, store } = await map();
    const details: unknown[] = [];
    el.addEventListener('asm-filter-change', (e) => details.push(e.detail));
    await userEvent.click(country(el, 'KE'));
    await until(() => expect(store.getState().query.filters.country).toEqual(['KE']));
    expect(details).toEqual([{ filters: { country: ['KE'] }, years: {} }]);
    // Disjunctive counts: the other countries stay on the map, KE is pressed and outlined.
    await until(() => expect(country(el, 'KE').getAttribute('aria-pressed')).toBe('true'));
    expect(countries(el).length).toBe(10);
    expect(country(el, 'KE').getAttribute('part')).toBe('country selected');
    expect($$(el, '.overlay .sel').length).toBe(1);
    await userEvent.click(country(el, 'KE'));
    await until(() => expect(store.getState().query.filters.country).toBeUndefined());
  });

  it('is one Tab stop; arrows move west to east and north to south; Enter and Space toggle', async () => {
    const before = await mount(html`<button>before</button>`);
    const { el, store } = await map();
    before.focus();
    await userEvent.keyboard('{Tab}');
    expect($$(el, '[tabindex="0"]').length).toBe(1);
    // The westernmost country with results first: Peru (CO is further north, but PE reaches further west).
    const first = active(el);
    expect(['PE', 'CO']).toContain(first);
    await userEvent.keyboard('{End}');
    expect(active(el)).toBe('PH');
    await userEvent.keyboard('{Home}');
    expect(active(el)).toBe(first);
    await userEvent.keyboard('{ArrowRight}');
    const second = active(el);
    expect(second).not.toBe(first);
    await userEvent.keyboard('{ArrowLeft}');
    expect(active(el)).toBe(first);
    await userEvent.keyboard(
      '{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}',
    );
    expect(active(el)).toBe('MN');
    await userEvent.keyboard('{Enter}');
    await until(() => expect(store.getState().query.filters.country).toEqual(['MN']));
    // Focus stays on the country, and its new state is announced.
    await until(() => expect(country(el, 'MN').getAttribute('aria-pressed')).toBe('true'));
    expect(active(el)).toBe('MN');
    await until(() => expect(text($(el, '[role="status"]'))).toBe('Mongolia, 2 resources, Selected'));
    await userEvent.keyboard(' ');
    await until(() => expect(store.getState().query.filters.country).toBeUndefined());
    // The tab stop follows the arrows: Tab leaves the map.
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot?.activeElement?.getAttribute('part')).toBe('zoom');
  });

  it('keeps focus in the map when the focused country loses its results', async () => {
    const { el, store } = await map();
    country(el, 'KE').focus();
    store.setQuery({ text: 'handbook' });
    await until(() =>
      expect(
        countries(el)
          .map((c) => c.dataset.code)
          .sort(),
      ).toEqual(['BF', 'GH']),
    );
    await until(() => expect(['BF', 'GH']).toContain(active(el)));
    expect($$(el, '[tabindex="0"]').length).toBe(1);
  });

  it('keeps the arrows geographic on a right-to-left page, where the legend follows the direction', async () => {
    const wrapper = await mount(html`<div dir="rtl"></div>`, 'ar');
    const store = storeOf();
    const el = document.createElement('asm-resource-map');
    el.store = store;
    el.style.width = '900px';
    wrapper.append(el);
    await until(() => expect(countries(el).length).toBe(10), 10_000);
    country(el, 'GH').focus();
    await userEvent.keyboard('{ArrowRight}');
    // Right is east on the map whatever the page's direction (Senegal, to the west, would be the RTL mistake).
    expect(active(el)).not.toBe('SN');
    const ghana = country(el, 'GH').getBoundingClientRect();
    const next = $(el, `[data-code="${active(el)}"]`).getBoundingClientRect();
    expect(next.left + next.width / 2).toBeGreaterThan(ghana.left + ghana.width / 2);
    const legend = $$(el, '[part~="legend"] li').map((li) => li.getBoundingClientRect().left);
    expect(legend[0]).toBeGreaterThan(legend[1]!);
  });

  it('draws every country of a huge catalogue naming all of them, and lists the undrawn ones in the table', async () => {
    const resources: ResourceInput[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `r-${i}`,
      title: `Note ${i}`,
      type: 'report',
      countries: [COUNTRY_CODES[i % COUNTRY_CODES.length]!],
    }));
    const started = performance.now();
    const { el } = await map({ store: storeOf(resources) });
    // 174 countries of the atlas have an ISO code; all have results here.
    await until(() => expect(countries(el).length).toBe(174), 10_000);
    expect(performance.now() - started).toBeLessThan(5000);
    expect($$(el, 'tbody tr').length).toBe(COUNTRY_CODES.length);
    expect(tableRows(el)).toContainEqual(['Singapore', '20', '']);
  });

  it('shows a visible focus ring on the focused country', async () => {
    const { el } = await map();
    country(el, 'GH').focus();
    await until(() => expect($$(el, '.overlay .ring').length).toBe(1));
    const ring = getComputedStyle($(el, '.overlay .ring'));
    expect(Number.parseFloat(ring.strokeWidth)).toBeGreaterThanOrEqual(3);
    expect(text($(el, '[part~="detail"]'))).toBe('Ghana, 4 resources');
  });

  it('lists the same counts in a table for screen readers', async () => {
    const { el, store } = await map();
    const rows = tableRows(el);
    expect(rows).toContainEqual(['Ghana', '4', '']);
    expect(rows.length).toBe(countries(el).length);
    expect($(el, 'table').parentElement?.className).toBe('vh');
    store.setQuery({ filters: { country: ['GH'] } });
    await until(() => expect(tableRows(el)).toContainEqual(['Ghana', '4', 'Selected']));
    store.setQuery({ filters: { type: ['video'] } });
    await until(() =>
      expect(tableRows(el)).toEqual([
        ['Indonesia', '2', ''],
        ['Senegal', '2', ''],
      ]),
    );
  });

  it('ignores facet values that are not ISO country codes', async () => {
    const index = createIndex(parseResources(testResources()).resources);
    const hostile: SearchSource = {
      async search(query, options) {
        const result = await index.search(query, options);
        const values = [
          { value: '<img src=x onerror="window.__mapXss=1">', count: 50, selected: false },
          { value: 'ZZ', count: 40, selected: false },
          { value: 'gh', count: 30, selected: false },
          { value: '__proto__', count: 20, selected: false },
          { value: 'KE', count: -3, selected: false },
          { value: 'GH', count: 7, selected: false },
        ];
        return { ...result, facets: { ...result.facets, country: { name: 'country', values, distinct: 6 } } };
      },
    };
    const { el } = await map({ store: createStore({ source: hostile }) });
    expect(countries(el).map((c) => c.dataset.code)).toEqual(['GH']);
    expect(tableRows(el)).toEqual([['Ghana', '7', '']]);
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect((window as { __mapXss?: number }).__mapXss).toBeUndefined();
  });

  it('shows the empty state when no result names a country', async () => {
    const { el } = await map({
      store: storeOf([{ id: 'a', title: 'No country', type: 'report' }]),
      draw: false,
    });
    await until(() => expect(text($(el, '[part~="status"]'))).toBe('No result names a country.'));
    expect(el.shadowRoot?.querySelector('table')).toBeNull();
  });

  it('reserves its space while loading, so nothing shifts when the map arrives', async () => {
    const store = storeOf();
    const el = await mount<AsmResourceMap>(html`<asm-resource-map style="width: 900px"></asm-resource-map>`);
    const frame = () => $(el, '[part~="frame"]').getBoundingClientRect().height;
    const before = frame();
    expect(before).toBeCloseTo((900 * 470) / 960, 0);
    el.store = store;
    await until(() => expect(countries(el).length).toBeGreaterThan(0), 10_000);
    expect(frame()).toBeCloseTo(before, 0);
  });

  it('names countries in French, with French plurals', async () => {
    const { el } = await map({ lang: 'fr' });
    expect(country(el, 'CO').getAttribute('aria-label')).toMatch(/^Colombie, \d ressources?$/);
    expect(country(el, 'GH').getAttribute('aria-label')).toBe('Ghana, 4 ressources');
    expect(tableRows(el)).toContainEqual(['Ghana', '4', '']);
    expect(text($(el, 'caption'))).toBe('Ressources par pays');
    expect(text($(el, '[part~="zoom"]'))).toBe('Zoomer sur les résultats');
  });

  it('zooms to the results on a narrow container, with a button for the whole world', async () => {
    const { el } = await map({ width: 360 });
    expect($(el, 'svg[part~="map"]').getAttribute('viewBox')).toBe('0 0 600 450');
    expect(text($(el, '[part~="zoom"]'))).toBe('Show the whole world');
    const box = (code: string) => country(el, code).getBoundingClientRect();
    const zoomedWidth = box('TZ').width;
    await userEvent.click($(el, '[part~="zoom"]'));
    await until(() => expect(text($(el, '[part~="zoom"]'))).toBe('Zoom to the results'));
    expect(box('TZ').width).toBeLessThan(zoomedWidth / 1.5);
  });

  it('works inside <asm-resource-list map>', async () => {
    const list = await mount<AsmResourceList>(
      html`<asm-resource-list map .resources=${testResources()}></asm-resource-list>`,
    );
    await until(() => expect(list.shadowRoot?.querySelector('asm-resource-map')).not.toBeNull());
    const inner = list.shadowRoot!.querySelector('asm-resource-map')!;
    await until(() => expect(countries(inner).length).toBe(10), 10_000);
    await userEvent.click(country(inner, 'PE'));
    await until(() => expect(list.store.getState().query.filters.country).toEqual(['PE']));
    await until(() => expect(list.shadowRoot?.querySelectorAll('asm-resource-card').length).toBe(3));
  });

  it('has no axe violations, light and dark, with a selected country', async () => {
    const { el, store } = await map();
    expect(await axeViolations(el)).toEqual([]);
    store.setQuery({ filters: { country: ['GH'] } });
    el.theme = 'dark';
    await until(() => expect(country(el, 'GH').getAttribute('aria-pressed')).toBe('true'));
    expect(await axeViolations(el)).toEqual([]);
  });
});
