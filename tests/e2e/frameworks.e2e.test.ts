import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFrameworkPages, frameworksRoot } from '../frameworks/build.js';
import { openSite, pageErrors, type DemoSession } from './harness.js';

// <asm-resource-list> inside a React 19 app and a Vue 3 app (tests/frameworks/react and vue), built once with
// Vite from the packages' dist/, in Chromium. Each page writes what its event handlers saw into the DOM, so the
// checks read the page only. No fixed waits: every wait is on a condition.

let site: DemoSession;
const outDir = mkdtempSync(join(tmpdir(), 'asm-kit-frameworks-'));

beforeAll(async () => {
  await buildFrameworkPages(outDir);
  site = await openSite(frameworksRoot, outDir);
});

afterAll(async () => {
  await site?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** Loading the catalogue and indexing it takes well under a second; this leaves room for a busy machine. */
const LOAD = { timeout: 10_000, interval: 50 };

/** The result count of the list in `section` ('' while it has none), read through its shadow roots. */
function summary(page: Page, section: string): Promise<string> {
  return page
    .locator(`${section} asm-resource-list asm-result-summary [role="status"]`)
    .first()
    .textContent({ timeout: 1000 })
    .then((text) => (text ?? '').trim())
    .catch(() => '');
}

function cards(page: Page, section: string): Promise<number> {
  return page.locator(`${section} asm-resource-list asm-resource-card [part~="title"]`).count();
}

const text = (page: Page, selector: string) =>
  page
    .locator(selector)
    .textContent()
    .then((t) => (t ?? '').trim());

/** Tags the list element in `section` with a JS property, to tell later whether it is still the same node. */
function tag(page: Page, section: string, value: string): Promise<void> {
  return page
    .locator(`${section} asm-resource-list`)
    .evaluate((element, v) => void ((element as HTMLElement & { probe?: string }).probe = v), value);
}

function tagOf(page: Page, section: string): Promise<string | undefined> {
  return page
    .locator(`${section} asm-resource-list`)
    .evaluate((element) => (element as HTMLElement & { probe?: string }).probe);
}

describe.each([
  ['React 19', 'react'],
  ['Vue 3', 'vue'],
])('<asm-resource-list> in %s', (_framework, name) => {
  async function open(): Promise<Page> {
    const page = await site.newPage();
    await page.goto(`/${name}/`);
    await expect.poll(() => summary(page, '#from-src'), LOAD).toMatch(/^42 resources/);
    return page;
  }

  it('renders results from `src`, and from a catalogue object set as the `catalogue` property', async () => {
    const page = await open();
    expect(await cards(page, '#from-src')).toBe(5);
    await expect.poll(() => summary(page, '#from-property'), LOAD).toMatch(/^42 resources/);
    expect(await cards(page, '#from-property')).toBe(3);
    // The property, not an attribute: an attribute would hold "[object Object]".
    expect(await page.locator('#from-property asm-resource-list').getAttribute('catalogue')).toBeNull();
    // asm-load reached the handler of each list, with its typed detail.
    await expect.poll(() => text(page, '#load-count')).toBe('1');
    await expect.poll(() => text(page, '#property-count')).toBe('42');
    expect(pageErrors(page)).toEqual([]);
  });

  it('re-renders the same element with a locked `type` and another `lang`', async () => {
    const page = await open();
    await tag(page, '#from-src', 'first');
    await page.locator('#toggle-type').click();
    await expect.poll(() => summary(page, '#from-src'), LOAD).toMatch(/^12 resources/);
    await page.locator('#toggle-lang').click();
    await expect.poll(() => summary(page, '#from-src'), LOAD).toMatch(/^12 ressources/);
    await expect
      .poll(() => page.locator('#from-src asm-search-box').getByRole('searchbox').getAttribute('placeholder'))
      .toMatch(/^Titre/);
    await page.locator('#toggle-type').click();
    await page.locator('#toggle-lang').click();
    await expect.poll(() => summary(page, '#from-src'), LOAD).toMatch(/^42 resources/);
    // Props changed, the element stayed (no remount, no second load).
    expect(await tagOf(page, '#from-src')).toBe('first');
    expect(await text(page, '#load-count')).toBe('1');
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows results again after it is unmounted and mounted again', async () => {
    const page = await open();
    await page.locator('#toggle-mount').click();
    await expect.poll(() => page.locator('#from-src asm-resource-list').count()).toBe(0);
    await page.locator('#toggle-mount').click();
    await expect.poll(() => summary(page, '#from-src'), LOAD).toMatch(/^42 resources/);
    expect(await cards(page, '#from-src')).toBe(5);
    await expect.poll(() => text(page, '#load-count')).toBe('2');
    expect(pageErrors(page)).toEqual([]);
  });

  it('passes asm-search and asm-filter-change to the handlers of the app', async () => {
    const page = await open();
    await page.locator('#from-src asm-search-box').getByRole('searchbox').fill('mercury');
    await expect.poll(() => text(page, '#last-search'), LOAD).toBe('mercury');
    await expect.poll(() => summary(page, '#from-src'), LOAD).not.toMatch(/^42 /);
    await page.locator('#from-src asm-filter-bar input[type="checkbox"]').first().check();
    await expect.poll(() => text(page, '#filter-changes'), LOAD).toBe('1');
    expect(pageErrors(page)).toEqual([]);
  });

  it('ends with results, not "Loading", when the app moves it while its catalogue is still loading', async () => {
    const page = await site.newPage();
    // Hold the slow list's catalogue until the list has been moved.
    const held: Route[] = [];
    let release = false;
    await page.route(
      (url) => url.pathname === '/demo-catalogue.json' && url.search === '?slow',
      async (route) => {
        if (release) return route.continue();
        held.push(route);
      },
    );
    await page.goto(`/${name}/`);
    await expect.poll(() => held.length, LOAD).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('#moving asm-resource-list [part~="loading"]').count(), LOAD)
      .toBe(1);

    await tag(page, '#moving', 'moved');
    await page.locator('#move').click();
    // The framework moved the same element (a DOM move: disconnected, then connected again).
    if (name === 'react') {
      await expect.poll(() => page.locator('#moving-box > :first-child').getAttribute('id')).toBe('marker');
    } else {
      await expect.poll(() => page.locator('#right asm-resource-list').count()).toBe(1);
    }
    expect(await tagOf(page, '#moving')).toBe('moved');

    release = true;
    // A request the page gave up on can no longer be answered; that is fine, the list may fetch again.
    await Promise.all(held.map((route) => route.continue().catch(() => undefined)));
    await expect
      .poll(() => summary(page, '#moving'), { ...LOAD, message: 'the moved list shows its results' })
      .toMatch(/^42 resources/);
    expect(await cards(page, '#moving')).toBe(3);
    expect(await page.locator('#moving asm-resource-list [part~="loading"]').count()).toBe(0);
    await expect.poll(() => text(page, '#slow-load-count')).toBe('1');
    expect(pageErrors(page)).toEqual([]);
  });
});
