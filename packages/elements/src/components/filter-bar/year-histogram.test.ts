import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndex, createStore } from '@asm-kit/query';
import { parseResources, type ResourceInput } from '@asm-kit/schema';
import type { AsmFilterBar } from './filter-bar.js';
import { $, $$, axeViolations, cleanup, mount, testResources, until } from '../../testing/fixtures.js';

afterEach(cleanup);

const dated = (years: (string | undefined)[], title = (i: number) => `Note ${i}`): ResourceInput[] =>
  years.map((published, i) => ({
    id: `r-${i}`,
    title: { en: title(i) },
    type: i % 2 ? 'report' : 'video',
    countries: ['GH'],
    ...(published ? { published } : {}),
  }));

async function bar(resources: ResourceInput[] = testResources(), lang = 'en', width = 320, dir = 'ltr') {
  const store = createStore({ source: createIndex(parseResources(resources).resources) });
  const el = await mount<AsmFilterBar>(
    html`<asm-filter-bar dir=${dir} style="width: ${width}px" .store=${store}></asm-filter-bar>`,
    lang,
  );
  await until(() => expect(el.shadowRoot?.querySelector('fieldset')).not.toBeNull());
  return { el, store };
}

const bars = (el: AsmFilterBar) => $$<HTMLElement>(el, '[part~="bar"]');
const chart = async (el: AsmFilterBar) => {
  await until(() => expect(bars(el).length).toBeGreaterThan(0));
  return $<HTMLElement>(el, '[part~="histogram"]');
};
const barOf = (el: AsmFilterBar, year: number) => $<HTMLElement>(el, `[data-year="${year}"]`);
const names = (el: AsmFilterBar) => bars(el).map((b) => b.getAttribute('aria-label'));
const selected = (el: AsmFilterBar) =>
  bars(el)
    .filter((b) => b.getAttribute('aria-selected') === 'true')
    .map((b) => Number(b.dataset.year));
const focusedYear = (el: AsmFilterBar) =>
  Number((el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.year);

describe('<asm-filter-bar> year histogram', () => {
  it('draws a bar for every year from the first to the last, empty years included, in a labelled listbox', async () => {
    const { el } = await bar(dated(['2000', '2000-05', '2003', '2004-01-02', undefined]));
    const group = await chart(el);
    expect(group.getAttribute('role')).toBe('listbox');
    expect(group.getAttribute('aria-label')).toBe('Resources per year');
    expect(names(el)).toEqual([
      '2000: 2 resources',
      '2001: 0 resources',
      '2002: 0 resources',
      '2003: 1 resource',
      '2004: 1 resource',
    ]);
    // An empty year has no bar above its baseline; a full one reaches the top.
    const height = (year: number) => barOf(el, year).querySelector('rect')!.getBoundingClientRect().height;
    expect(height(2001)).toBe(0);
    expect(height(2000)).toBeGreaterThan(height(2003));
    expect(Math.round(height(2000))).toBe(
      Math.round(barOf(el, 2000).querySelector('svg')!.getBoundingClientRect().height),
    );
    expect(getComputedStyle(barOf(el, 2001)).borderBottomWidth).toBe('2px');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('names bars in French with the plural rules of French', async () => {
    const { el } = await bar(dated(['2019', '2019', '2020', '2022']), 'fr');
    await chart(el);
    expect($(el, '[part~="histogram"]').getAttribute('aria-label')).toBe('Ressources par année');
    expect(names(el)).toEqual([
      '2019\u202f: 2 ressources',
      '2020\u202f: 1 ressource',
      '2021\u202f: 0 ressource',
      '2022\u202f: 1 ressource',
    ]);
  });

  it('picks a year with a click and writes the same years as the from/to fields, firing asm-filter-change', async () => {
    const { el, store } = await bar();
    await chart(el);
    const details: unknown[] = [];
    el.addEventListener('asm-filter-change', (e) => details.push(e.detail));
    await userEvent.click(barOf(el, 2015));
    await until(() => expect(store.getState().query.years).toEqual({ from: 2015, to: 2015 }));
    expect(details).toEqual([{ filters: {}, years: { from: 2015, to: 2015 } }]);
    await until(() => expect(selected(el)).toEqual([2015]));
    const [from, to] = $$<HTMLInputElement>(el, '[part~="year-input"]');
    expect([from!.value, to!.value]).toEqual(['2015', '2015']);
    // The histogram ignores the year range itself: every year keeps its bar and count.
    expect(bars(el)).toHaveLength(12);
    expect(barOf(el, 2012).getAttribute('aria-label')).toBe('2012: 2 resources');
  });

  it('extends the range with Shift+click, in either direction', async () => {
    const { el, store } = await bar();
    await chart(el);
    await userEvent.click(barOf(el, 2016));
    await userEvent.keyboard('{Shift>}');
    await userEvent.click(barOf(el, 2012));
    await userEvent.keyboard('{/Shift}');
    await until(() => expect(store.getState().query.years).toEqual({ from: 2012, to: 2016 }));
    await until(() => expect(selected(el)).toEqual([2012, 2013, 2014, 2015, 2016]));
  });

  it('selects a range by dragging across the bars', async () => {
    const { el, store } = await bar(testResources(), 'en', 600);
    await chart(el);
    await userEvent.dragAndDrop(barOf(el, 2011), barOf(el, 2014));
    await until(() => expect(store.getState().query.years).toEqual({ from: 2011, to: 2014 }));
    await until(() => expect(selected(el)).toEqual([2011, 2012, 2013, 2014]));
  });

  it('is one tab stop: arrows, Home and End move, Enter picks, Shift+arrows extend', async () => {
    const { el, store } = await bar();
    await chart(el);
    expect(
      bars(el)
        .filter((b) => b.tabIndex === 0)
        .map((b) => b.dataset.year),
    ).toEqual(['2021']);
    barOf(el, 2021).focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(focusedYear(el)).toBe(2019);
    expect(bars(el).filter((b) => b.tabIndex === 0)).toHaveLength(1);
    expect(store.getState().query.years).toEqual({});
    await userEvent.keyboard('{Enter}');
    await until(() => expect(store.getState().query.years).toEqual({ from: 2019, to: 2019 }));
    await userEvent.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}');
    await until(() => expect(store.getState().query.years).toEqual({ from: 2017, to: 2019 }));
    expect(focusedYear(el)).toBe(2017);
    await userEvent.keyboard('{Home}');
    expect(focusedYear(el)).toBe(2010);
    await userEvent.keyboard('{ArrowLeft}');
    expect(focusedYear(el)).toBe(2010);
    await userEvent.keyboard('{End} ');
    await until(() => expect(store.getState().query.years).toEqual({ from: 2021, to: 2021 }));
    // Tab leaves the chart for the "From" field.
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot?.activeElement).toBe($$(el, '[part~="year-input"]')[0]);
  });

  it('moves by the screen in a right-to-left page: ArrowLeft goes to the later year', async () => {
    const { el } = await bar(testResources(), 'en', 320, 'rtl');
    await chart(el);
    barOf(el, 2015).focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(focusedYear(el)).toBe(2016);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(focusedYear(el)).toBe(2014);
    // The earliest year is drawn on the right.
    expect(barOf(el, 2010).getBoundingClientRect().left).toBeGreaterThan(
      barOf(el, 2021).getBoundingClientRect().left,
    );
  });

  it('counts follow the other filters', async () => {
    const { el, store } = await bar(dated(['2000', '2000', '2001', '2002']));
    await chart(el);
    expect(names(el)).toEqual(['2000: 2 resources', '2001: 1 resource', '2002: 1 resource']);
    store.setQuery({ filters: { type: ['video'] } });
    // r-0 and r-2 are videos (2000 and 2001): 2002 leaves the span.
    await until(() => expect(names(el)).toEqual(['2000: 1 resource', '2001: 1 resource']));
  });

  it('draws one bar for a catalogue of one year, and no histogram without years', async () => {
    const one = await bar(dated(['2024', '2024-06']));
    await chart(one.el);
    expect(names(one.el)).toEqual(['2024: 2 resources']);
    const none = await bar(dated([undefined, undefined]));
    await new Promise((r) => setTimeout(r, 100));
    expect(none.el.shadowRoot?.querySelector('[part~="histogram"]')).toBeNull();
  });

  it('fits 77 years into a 375 px column without scrolling sideways', async () => {
    const years = Array.from({ length: 77 }, (_, i) => String(1950 + i));
    const { el } = await bar(dated(years), 'en', 375);
    const group = await chart(el);
    expect(bars(el)).toHaveLength(77);
    expect(group.scrollWidth).toBeLessThanOrEqual(group.clientWidth);
    expect(el.scrollWidth).toBeLessThanOrEqual(375);
    for (const b of bars(el)) expect(b.getBoundingClientRect().width).toBeGreaterThan(0);
    expect(bars(el).at(-1)!.getBoundingClientRect().right).toBeLessThanOrEqual(
      group.getBoundingClientRect().right + 0.5,
    );
  });

  it('leaves out the histogram for an absurd span (a typo such as year 201), keeping the fields', async () => {
    const { el } = await bar(dated(['0201', '2024']));
    await new Promise((r) => setTimeout(r, 200));
    expect(el.shadowRoot?.querySelector('[part~="histogram"]')).toBeNull();
    expect($$(el, '[part~="year-input"]')).toHaveLength(2);
  });

  it('keeps hostile titles out of the chart (only counts and years are shown)', async () => {
    const { el } = await bar(dated(['2020', '2021'], () => '<img src=x onerror="window.__pwned=1">'));
    await chart(el);
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
