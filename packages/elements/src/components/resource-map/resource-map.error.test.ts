// The map failing to load: the element says so and shows the table. The mock's constructor throws, as a map
// that cannot be set up would; the chunk itself failing to download is tested on the CDN build
// (src/map-embed.test.ts), where the server answers 404 for it.
import { html } from 'lit';
import { afterEach, expect, it, vi } from 'vitest';
import { createIndex, createStore } from '@asm-kit/query';
import { parseResources } from '@asm-kit/schema';
import type { AsmResourceMap } from './resource-map.js';
import { $, $$, axeViolations, cleanup, mount, testResources, text, until } from '../../testing/fixtures.js';

vi.mock('./map-view.js', () => ({
  MapView: class {
    constructor() {
      throw new TypeError('Failed to fetch dynamically imported module: map-view.js');
    }
  },
}));

afterEach(cleanup);

it('says the map could not be loaded and shows the table of counts instead', async () => {
  const store = createStore({ source: createIndex(parseResources(testResources()).resources) });
  const el = await mount<AsmResourceMap>(html`<asm-resource-map .store=${store}></asm-resource-map>`, 'fr');
  await until(() => expect(text($(el, '[part~="status"]'))).toBe('La carte n’a pas pu être chargée.'));
  expect($$(el, '[part~="country"]')).toEqual([]);
  const table = $(el, 'table');
  expect(table.parentElement?.className).toBe('');
  expect(table.getBoundingClientRect().height).toBeGreaterThan(100);
  expect($$(el, 'tbody tr').map((row) => row.firstElementChild?.textContent?.trim())).toContain('Ghana');
  expect($(el, '[part~="base"]').getAttribute('aria-busy')).toBe('false');
  expect(await axeViolations(el)).toEqual([]);
});
