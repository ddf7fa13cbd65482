import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PHONE,
  accessibilityViolations,
  focused,
  openDemo,
  pageErrors,
  summaryText,
  type DemoSession,
} from './harness.js';

// The resource map on the built demo, driven as a keyboard user drives it: Tab into the map, arrows between
// countries, Enter to filter. No fixed waits: every wait is on a condition.

let demo: DemoSession;

beforeAll(async () => {
  demo = await openDemo();
});

afterAll(async () => {
  await demo?.close();
});

async function open(path: string, count: RegExp, options?: Parameters<DemoSession['newPage']>[0]) {
  const page = await demo.newPage(options);
  await page.goto(path);
  await expect.poll(() => summaryText(page)).toMatch(count);
  await page.locator('asm-resource-map [part~="country"]').first().waitFor();
  return page;
}

/** Focuses the last control of the filter bar, the Tab stop before the map on the composed page. */
async function focusBeforeMap(page: Page): Promise<void> {
  await page.locator('asm-filter-bar').evaluate((bar) => {
    const controls = [
      ...(bar.shadowRoot?.querySelectorAll<HTMLElement>('input, button:not([disabled]), select') ?? []),
    ].filter((control) => control.offsetParent !== null);
    controls.at(-1)?.focus();
  });
}

describe('the resource map on the composed page', () => {
  it('is one Tab stop; arrows move between countries; Enter toggles the country filter', async () => {
    const page = await open('/composed.html', /^42 resources/);
    await focusBeforeMap(page);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.part).toBe('country');
    expect(first.label).toMatch(/^[\p{L} .'-]+, \d+ resources?$/u);

    await page.keyboard.press('ArrowRight');
    const second = await focused(page);
    expect(second.part).toBe('country');
    expect(second.label).not.toBe(first.label);
    await page.keyboard.press('ArrowLeft');
    expect((await focused(page)).label).toBe(first.label);

    // Peru has the most resources of the demo catalogue (7).
    let guard = 0;
    while (!(await focused(page)).label.startsWith('Peru') && guard++ < 30)
      await page.keyboard.press('ArrowRight');
    expect((await focused(page)).label).toBe('Peru, 7 resources');
    await page.keyboard.press('Enter');
    await expect.poll(() => summaryText(page)).toMatch(/^7 resources/);
    // Focus stays on Peru, now pressed and outlined; the filter bar shows the same filter.
    expect(await focused(page)).toMatchObject({ part: 'country selected', label: 'Peru, 7 resources' });
    expect(await page.locator('asm-resource-map [data-code="PE"]').getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => page.locator('asm-filter-bar [part~="chip"]').allTextContents())
      .toEqual([expect.stringContaining('Peru')]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The next Tab leaves the map (one Tab stop): it reaches the map's zoom button.
    await page.keyboard.press('Tab');
    expect((await focused(page)).part).toBe('zoom');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).label).toBe('Peru, 7 resources');
    await page.keyboard.press('Enter');
    await expect.poll(() => summaryText(page)).toMatch(/^42 resources/);
    expect(pageErrors(page)).toEqual([]);
  });

  it('has no accessibility violations in French and on a phone, where it zooms to the results', async () => {
    const page = await open('/composed.html', /^42 resources/, { viewport: PHONE });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect.poll(() => summaryText(page)).toMatch(/^42 ressources/);
    const zoom = page.locator('asm-resource-map [part~="zoom"]');
    await expect.poll(() => zoom.textContent()).toContain('Afficher le monde entier');
    expect(await page.locator('asm-resource-map svg[part~="map"]').getAttribute('viewBox')).toBe(
      '0 0 600 450',
    );
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows the countries of the partner page’s resources, in the partner’s colours', async () => {
    const page = await open('/partner.html', /^4 ressources$/);
    const countries = page.locator('asm-resource-map [part~="country"]');
    await expect.poll(() => countries.count()).toBeGreaterThan(1);
    expect(await page.locator('asm-resource-map [data-code="BF"]').getAttribute('aria-label')).toBe(
      'Burkina Faso, 4 ressources',
    );
    const fill = await page
      .locator('asm-resource-map [data-code="BF"] path')
      .evaluate((node) => getComputedStyle(node).fill);
    // --asm-color-accent of the partner: #8a3b12.
    expect(fill).toBe('rgb(138, 59, 18)');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
