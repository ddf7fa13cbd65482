import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoCatalogue,
  focused,
  openDemo,
  openDropIn,
  pageErrors,
  summaryText,
  tabTo,
  type DemoSession,
} from './harness.js';

// The year histogram of the filter bar and the links between resources on the cards, on the built drop-in page,
// driven by keyboard only; then the same page under a strict Content-Security-Policy.

let demo: DemoSession;

beforeAll(async () => {
  demo = await openDemo();
});

afterAll(async () => {
  await demo?.close();
});

const dropIn = (csp = false) => openDropIn(demo, csp);

const bars = (page: Page) => page.locator('asm-filter-bar [part~="bar"]');
const selectedYears = (page: Page) =>
  bars(page).evaluateAll((nodes) =>
    nodes
      .filter((n) => n.getAttribute('aria-selected') === 'true')
      .map((n) => Number(n.getAttribute('data-year'))),
  );

/** Resources of the demo catalogue published in [from, to]. */
function countIn(from: number, to: number): number {
  return demoCatalogue().resources.filter((r) => {
    const year = Number(String(r['published'] ?? '').slice(0, 4));
    return year >= from && year <= to;
  }).length;
}

describe('year histogram and related resources on the drop-in page', () => {
  it('chooses a year range from the histogram with the keyboard', async () => {
    const { page } = await dropIn();
    const years = await bars(page).evaluateAll((nodes) =>
      nodes.map((n) => Number(n.getAttribute('data-year'))),
    );
    const last = years.at(-1)!;
    // Every year from the first to the last has a bar, empty ones included.
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => years[0]! + i));
    await page.getByRole('searchbox').first().focus();
    await tabTo(page, 'bar');
    await page.keyboard.press('End');
    expect((await focused(page)).label).toMatch(new RegExp(`^${last}: \\d+ resources?$`));
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedYears(page)).toEqual([last]);
    await expect.poll(() => summaryText(page)).toMatch(new RegExp(`^${countIn(last, last)} resources?`));
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => selectedYears(page)).toEqual([last - 4, last - 3, last - 2, last - 1, last]);
    await expect.poll(() => summaryText(page)).toMatch(new RegExp(`^${countIn(last - 4, last)} resources?`));
    // The from/to fields show the same range.
    const fields = page.locator('asm-filter-bar [part~="year-input"]');
    expect(await fields.evaluateAll((nodes) => nodes.map((n) => (n as HTMLInputElement).value))).toEqual([
      String(last - 4),
      String(last),
    ]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('follows "A newer version exists" from a search that leaves it out, and lands on its card', async () => {
    const { page } = await dropIn();
    await page.getByRole('searchbox').first().fill('consultant draft');
    await expect.poll(() => summaryText(page)).toMatch(/^1 resource/);
    const note = page.locator('asm-resource-card [part~="newer-version"]');
    await expect.poll(() => note.textContent()).toMatch(/A newer version exists:/);
    // From the search box, on through the filters and the card to the note's link.
    await page.getByRole('searchbox').first().focus();
    let target = await focused(page);
    for (let i = 0; i < 200 && !target.href.startsWith('#asm-'); i++) {
      await page.keyboard.press('Tab');
      target = await focused(page);
    }
    expect(target.href).toBe('#asm-igf-guidance-governments-managing-asm');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).part).toBe('title');
    expect((await focused(page)).label).toBe(
      'IGF Guidance for Governments: Managing artisanal and small-scale mining',
    );
    await expect.poll(() => summaryText(page)).toMatch(/^42 resources/);
    await expect
      .poll(() => page.locator('asm-resource-list #reveal-status').textContent())
      .toBe(
        '“IGF Guidance for Governments: Managing artisanal and small-scale mining” was outside the current search and filters, so they were cleared to show it.',
      );
    // The newer guide links back to the draft it replaces.
    const replaces = page.locator('#asm-igf-guidance-governments-managing-asm [part~="supersedes"] a');
    expect(await replaces.getAttribute('href')).toBe('#asm-igf-asm-guidance-v2-draft');
    expect(pageErrors(page)).toEqual([]);
  });

  it('draws the bars and the links under a strict Content-Security-Policy', async () => {
    const { page, violations } = await dropIn(true);
    await expect.poll(() => bars(page).count()).toBeGreaterThan(5);
    const heights = await page
      .locator('asm-filter-bar [part~="bar"] rect')
      .evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeGreaterThan(20);
    // Styles of the lazily loaded parts are constructable stylesheets, which the policy allows.
    const bar = page.locator('asm-filter-bar [part~="bar"]').first();
    expect(await bar.evaluate((n) => getComputedStyle(n).borderBottomStyle)).toBe('solid');
    expect(violations).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    // The policy is in force: a style attribute is ignored.
    const styled = await page.evaluate(() => {
      const probe = Object.assign(document.createElement('div'), {
        innerHTML: '<p style="width: 7px">x</p>',
      });
      document.body.append(probe);
      const width = probe.firstElementChild!.getBoundingClientRect().width;
      probe.remove();
      return width;
    });
    expect(styled).not.toBe(7);
  });
});
