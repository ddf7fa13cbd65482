import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndex, createStore } from '@asm-kit/query';
import { parseResources } from '@asm-kit/schema';
import type { AsmSearchBox } from './search-box.js';
import type { AsmResourceList } from '../resource-list/resource-list.js';
import {
  $,
  $$,
  axeViolations,
  cleanup,
  mount,
  testCatalogue,
  testResources,
  text,
  until,
} from '../../testing/fixtures.js';

afterEach(cleanup);

const newStore = () => createStore({ source: createIndex(parseResources(testResources()).resources) });

describe('<asm-search-box>', () => {
  it('updates the store as the user types and fires asm-search', async () => {
    const store = newStore();
    const el = await mount<AsmSearchBox>(html`<asm-search-box .store=${store}></asm-search-box>`);
    const texts: string[] = [];
    el.addEventListener('asm-search', (e) => texts.push(e.detail.text));
    await userEvent.type($(el, 'input'), 'gold');
    expect(store.getState().query.text).toBe('gold');
    expect(texts).toEqual(['g', 'go', 'gol', 'gold']);
  });

  it('has a labelled field inside a search landmark and no axe violations', async () => {
    const el = await mount<AsmSearchBox>(html`<asm-search-box .store=${newStore()}></asm-search-box>`);
    expect($(el, 'form').getAttribute('role')).toBe('search');
    expect(text($(el, 'label'))).toBe('Search the library');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('does not fire asm-search when the text is set in code', async () => {
    const store = newStore();
    const el = await mount<AsmSearchBox>(html`<asm-search-box .store=${store}></asm-search-box>`);
    let fired = 0;
    el.addEventListener('asm-search', () => fired++);
    store.setQuery({ text: 'mercury' });
    await el.updateComplete;
    expect(($(el, 'input') as HTMLInputElement).value).toBe('mercury');
    expect(fired).toBe(0);
  });

  it('drives a list elsewhere on the page through for="id"', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div>
        <asm-search-box for="lib-a"></asm-search-box>
        <asm-resource-list id="lib-a" hide-filters .catalogue=${testCatalogue()}></asm-resource-list>
      </div>`,
    );
    const box = wrapper.querySelector('asm-search-box')!;
    const list = wrapper.querySelector<AsmResourceList>('asm-resource-list')!;
    await until(() => expect($$(list, 'asm-resource-card').length).toBeGreaterThan(0));
    await userEvent.type($(box, 'input'), 'Pérez');
    await until(() => expect($$(list, 'asm-resource-card')).toHaveLength(1));
  });

  it('finds a list that is added to the page after it', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div><asm-search-box for="lib-late"></asm-search-box></div>`,
    );
    const box = wrapper.querySelector('asm-search-box')!;
    const list = document.createElement('asm-resource-list');
    list.id = 'lib-late';
    list.hideFilters = true;
    list.catalogue = testCatalogue();
    wrapper.append(list);
    await until(() => expect($$(list, 'asm-resource-card').length).toBeGreaterThan(0));
    await userEvent.type($(box, 'input'), 'handbook');
    await until(() => expect($$(list, 'asm-resource-card')).toHaveLength(1));
  });
});
