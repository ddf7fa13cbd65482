import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndex, createStore } from '@asm-kit/query';
import { parseResources } from '@asm-kit/schema';
import type { AsmPagination } from './pagination.js';
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

const newStore = (pageSize: number) =>
  createStore({ source: createIndex(parseResources(testResources()).resources), query: { pageSize } });

async function ready(pageSize: number, lang = 'en') {
  const store = newStore(pageSize);
  const el = await mount<AsmPagination>(html`<asm-pagination .store=${store}></asm-pagination>`, lang);
  await until(() => expect(store.getState().result).toBeDefined());
  await el.updateComplete;
  return { el, store };
}

describe('<asm-pagination>', () => {
  it('renders previous, page numbers with gaps, and next, marking the current page', async () => {
    const { el } = await ready(2);
    const buttons = $$(el, 'button');
    expect(buttons.map((b) => text(b))).toEqual(['‹ Previous page', '1', '2', '12', 'Next page ›']);
    expect($(el, '[aria-current="page"]').getAttribute('aria-label')).toBe('Page 1');
    expect(buttons[0]).toHaveProperty('disabled', true);
    expect($(el, 'nav').getAttribute('aria-label')).toBe('Pagination');
  });

  it('changes page on click and fires asm-page-change', async () => {
    const { el, store } = await ready(5);
    const pages: number[] = [];
    el.addEventListener('asm-page-change', (e) => pages.push(e.detail.page));
    await userEvent.click($(el, 'button[aria-label="Page 2"]'));
    await until(() => expect(store.getState().result?.page).toBe(2));
    expect(pages).toEqual([2]);
  });

  it('does not fire when the page is changed in code', async () => {
    const { el, store } = await ready(5);
    let fired = 0;
    el.addEventListener('asm-page-change', () => fired++);
    store.setQuery({ page: 2 });
    await until(() => expect($(el, '[aria-current="page"]').getAttribute('aria-label')).toBe('Page 2'));
    expect(fired).toBe(0);
  });

  it('renders nothing when all results fit on one page', async () => {
    const { el } = await ready(50);
    expect(el.shadowRoot?.querySelector('nav')).toBeNull();
  });

  it('speaks French and has no axe violations', async () => {
    const { el } = await ready(5, 'fr');
    expect(text($(el, 'nav'))).toContain('Page suivante');
    expect($(el, 'nav').getAttribute('aria-label')).toBe('Pagination');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('focuses the results heading of its list after paging through for="id"', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div>
        <asm-resource-list
          id="lib-p"
          page-size="5"
          hide-filters
          .catalogue=${testCatalogue()}
        ></asm-resource-list>
        <asm-pagination for="lib-p"></asm-pagination>
      </div>`,
    );
    const list = wrapper.querySelector<AsmResourceList>('asm-resource-list')!;
    const pager = wrapper.querySelector<AsmPagination>('asm-pagination')!;
    await until(() => expect(pager.shadowRoot?.querySelector('nav')).not.toBeNull());
    await userEvent.click($(pager, 'button[aria-label="Page 2"]'));
    await until(() => expect(list.shadowRoot?.activeElement).toBe($(list, '[part~="results-heading"]')));
  });
});
