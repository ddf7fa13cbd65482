import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndex, createStore } from '@asm-kit/query';
import { parseResources } from '@asm-kit/schema';
import type { AsmFilterBar } from './filter-bar.js';
import { $, $$, axeViolations, cleanup, mount, testResources, until } from '../../testing/fixtures.js';

afterEach(cleanup);

const index = () => createIndex(parseResources(testResources()).resources);

async function bar(attributes: { foldMedia?: string; width: number }) {
  const store = createStore({ source: index() });
  const el = await mount<AsmFilterBar>(
    html`<asm-filter-bar
      style="width: ${attributes.width}px"
      fold-media=${attributes.foldMedia ?? ''}
      .store=${store}
    ></asm-filter-bar>`,
  );
  if (!attributes.foldMedia) el.removeAttribute('fold-media');
  await until(() => expect(el.shadowRoot?.querySelector('fieldset')).not.toBeNull());
  return el;
}

const shown = (node: Element) => getComputedStyle(node).display !== 'none';

describe('<asm-filter-bar fold-media>', () => {
  it('folds behind its Filters button while the media query matches, even when wide', async () => {
    const el = await bar({ foldMedia: 'all', width: 600 });
    const toggle = $(el, '[part~="toggle"]');
    const panel = $(el, '[part~="panel"]');
    expect(shown(toggle)).toBe(true);
    expect(shown(panel)).toBe(false);
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(shown(panel)).toBe(true);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('stays open while the media query does not match, even in a narrow column', async () => {
    const el = await bar({ foldMedia: '(max-width: 1px)', width: 240 });
    expect(shown($(el, '[part~="toggle"]'))).toBe(false);
    expect(shown($(el, '[part~="panel"]'))).toBe(true);
  });

  it('follows a change of the media query (a page breakpoint crossed)', async () => {
    const el = await bar({ foldMedia: '(max-width: 1px)', width: 600 });
    el.foldMedia = '(min-width: 1px)';
    await el.updateComplete;
    expect(shown($(el, '[part~="toggle"]'))).toBe(true);
    expect(shown($(el, '[part~="panel"]'))).toBe(false);
  });

  it('without fold-media, still folds by its own width (narrower than 20rem)', async () => {
    const el = await bar({ width: 240 });
    expect(shown($(el, '[part~="toggle"]'))).toBe(true);
  });
});

describe('<asm-filter-bar> while loading', () => {
  it('reserves the space of its groups before results exist, then shows them', async () => {
    const store = createStore({});
    const el = await mount<AsmFilterBar>(
      html`<asm-filter-bar style="width: 320px" .store=${store}></asm-filter-bar>`,
    );
    const base = $(el, '[part~="base"]');
    expect(base.getAttribute('aria-busy')).toBe('true');
    expect($$(el, '.skeleton')).toHaveLength(7);
    const loadingHeight = el.getBoundingClientRect().height;
    expect(loadingHeight).toBeGreaterThan(500);
    expect(await axeViolations(el)).toEqual([]);
    store.setSource(index());
    await until(() => expect($$(el, 'fieldset')).toHaveLength(7));
    expect($$(el, '.skeleton')).toHaveLength(0);
    // The groups take about the space the outline held (no jump of everything below).
    expect(Math.abs(el.getBoundingClientRect().height - loadingHeight) / loadingHeight).toBeLessThan(0.35);
  });
});
