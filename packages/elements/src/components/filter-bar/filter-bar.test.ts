import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndex, createStore } from '@asm-kit/query';
import { parseResources } from '@asm-kit/schema';
import type { AsmFilterBar } from './filter-bar.js';
import { $, $$, axeViolations, cleanup, mount, testResources, text, until } from '../../testing/fixtures.js';

afterEach(cleanup);

async function bar(lang = 'en', width = 320) {
  const store = createStore({ source: createIndex(parseResources(testResources()).resources) });
  const el = await mount<AsmFilterBar>(
    html`<asm-filter-bar style="width: ${width}px" .store=${store}></asm-filter-bar>`,
    lang,
  );
  await until(() => expect(el.shadowRoot?.querySelector('fieldset')).not.toBeNull());
  return { el, store };
}

const group = (el: AsmFilterBar, legend: string): HTMLFieldSetElement =>
  $$<HTMLFieldSetElement>(el, 'fieldset').find(
    (f) => f.querySelector('legend')?.textContent?.trim() === legend,
  )!;

const option = (el: AsmFilterBar, label: string): HTMLInputElement =>
  $$(el, 'label.option')
    .find((l) => l.querySelector('.label')?.textContent === label)!
    .querySelector('input')!;

describe('<asm-filter-bar>', () => {
  it('shows facet groups as fieldsets with legends and counts', async () => {
    const { el } = await bar();
    const legends = $$(el, 'legend').map((l) => text(l));
    expect(legends).toEqual([
      'Resource type',
      'Topic',
      'Country',
      'Language',
      'Organization',
      'Access',
      'Year',
    ]);
    const video = option(el, 'Video').closest('label')!;
    expect(text(video.querySelector('[part~="count"]')!)).toBe('4');
  });

  it('has no axe violations, with and without active filters', async () => {
    const { el } = await bar();
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.click(option(el, 'Video'));
    await until(() => expect(el.shadowRoot?.querySelector('[part~="chip"]')).not.toBeNull());
    expect(await axeViolations(el)).toEqual([]);
  });

  it('selects several values of a facet and fires asm-filter-change for each click', async () => {
    const { el, store } = await bar();
    const details: unknown[] = [];
    el.addEventListener('asm-filter-change', (e) => details.push(e.detail));
    await userEvent.click(option(el, 'Video'));
    await userEvent.click(option(el, 'Guide'));
    await until(() => expect(store.getState().result?.total).toBe(10));
    expect(store.getState().query.filters).toEqual({ type: ['video', 'guide'] });
    expect(details).toHaveLength(2);
  });

  it('gives each show-more button its own accessible name and expands the list', async () => {
    const { el } = await bar();
    const country = group(el, 'Country');
    const more = country.querySelector<HTMLButtonElement>('[part~="more-button"]')!;
    expect(text(more)).toBe('Show more countries');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(country.querySelectorAll('li')).toHaveLength(6);
    await userEvent.click(more);
    expect(country.querySelectorAll('li')).toHaveLength(10);
    expect(text(more)).toBe('Show fewer countries');
    const names = $$(el, '[part~="more-button"]').map((b) => text(b));
    expect(new Set(names).size).toBe(names.length);
  });

  it('searches inside a long facet, ignoring case and accents', async () => {
    const { el } = await bar('fr');
    const country = group(el, 'Pays');
    const find = country.querySelector<HTMLInputElement>('[part~="facet-search"]')!;
    expect(find.getAttribute('aria-label')).toBe('Rechercher un pays');
    await userEvent.type(find, 'perou');
    expect([...country.querySelectorAll('li .label')].map((l) => l.textContent)).toEqual(['Pérou']);
    await userEvent.fill(find, 'xyz');
    expect(text(country)).toContain('Aucune correspondance');
  });

  it('filters by a year range', async () => {
    const { el, store } = await bar();
    const [from, to] = $$<HTMLInputElement>(el, '[part~="year-input"]');
    expect(from!.min).toBe('2010');
    expect(to!.max).toBe('2021');
    await userEvent.fill(from!, '2018');
    await userEvent.fill(to!, '2019');
    to!.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(store.getState().query.years).toEqual({ from: 2018, to: 2019 }));
    await until(() => expect(text($(el, '[part~="chips"]'))).toContain('2018–2019'));
  });

  it('removes a filter from its chip and keeps focus in the chip row', async () => {
    const { el, store } = await bar();
    await userEvent.click(option(el, 'Video'));
    await userEvent.click(option(el, 'Guide'));
    const chips = () => $$(el, '[part~="chip"]');
    await until(() => expect(chips()).toHaveLength(2));
    expect(chips()[0]!.getAttribute('aria-label')).toBe('Remove filter Resource type: Video');
    await userEvent.click(chips()[0]!);
    await until(() => expect(store.getState().query.filters).toEqual({ type: ['guide'] }));
    await until(() => expect(el.shadowRoot?.activeElement).toBe(chips()[0]));
  });

  it('clears every filter and moves focus to the filters heading', async () => {
    const { el, store } = await bar();
    await userEvent.click(option(el, 'Video'));
    await until(() => expect(el.shadowRoot?.querySelector('[part~="clear-button"]')).not.toBeNull());
    await userEvent.click($(el, '[part~="clear-button"]'));
    await until(() => expect(store.getState().query.filters).toEqual({}));
    await until(() => expect(el.shadowRoot?.activeElement).toBe($(el, '[part~="heading"]')));
  });

  it('keeps checkboxes and buttons at least 24 px apart or tall (target size)', async () => {
    const { el } = await bar();
    for (const label of $$(el, 'label.option'))
      expect(label.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    for (const button of $$(el, 'button')) {
      if (button.offsetParent) expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    }
  });

  it('folds behind a disclosure button when standalone and very narrow', async () => {
    const { el } = await bar('en', 240);
    const toggle = $(el, '[part~="toggle"]');
    expect(getComputedStyle(toggle).display).not.toBe('none');
    expect(getComputedStyle($(el, '[part~="panel"]')).display).toBe('none');
    await userEvent.click(toggle);
    expect(getComputedStyle($(el, '[part~="panel"]')).display).not.toBe('none');
  });

  it('shows only the facets listed in its facets attribute, in that order, with M49 region names', async () => {
    const store = createStore({ source: createIndex(parseResources(testResources()).resources) });
    const el = await mount<AsmFilterBar>(
      html`<asm-filter-bar facets="region type" .store=${store}></asm-filter-bar>`,
      'fr',
    );
    await until(() => expect(el.shadowRoot?.querySelector('fieldset')).not.toBeNull());
    expect($$(el, 'legend').map((l) => text(l))).toEqual(['Région', 'Type de ressource']);
    expect(text(group(el, 'Région'))).toContain('Afrique de l’Ouest');
  });

  it('labels values in Spanish and Portuguese through the vocabularies and Intl', async () => {
    const es = await bar('es');
    expect(text(group(es.el, 'Tipo de recurso'))).toContain('Video');
    expect(text(group(es.el, 'Idioma'))).toContain('inglés');
    const pt = await bar('pt');
    expect(text(group(pt.el, 'País'))).toContain('Gana');
  });
});
