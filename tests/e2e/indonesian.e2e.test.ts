import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogue, openDemo, pageErrors, summaryText, type DemoSession } from './harness.js';

// The built demo's language switcher, switched to Indonesian (the fifth UI language): strings, vocabulary labels,
// dates, counts and country names change, and the Indonesian chunk is fetched only then.

let demo: DemoSession;

beforeAll(async () => {
  demo = await openDemo();
});

afterAll(async () => {
  await demo?.close();
});

/** Whether a request is for the chunk of the Indonesian UI strings (`id-<hash>.js`). */
const isIndonesianChunk = (request: Request): boolean =>
  /\/id-[\w-]{8}\.js$/.test(new URL(request.url()).pathname);

describe('the demo in Indonesian', () => {
  it('the language switcher offers Indonesia and switches the list to Indonesian', async () => {
    const page: Page = await demo.newPage();
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (isIndonesianChunk(request)) chunks.push(request.url());
    });
    // The demo catalogue has years only; give the newest resource a full date to see it formatted.
    const catalogue = demoCatalogue();
    const newest = catalogue.resources.find((r) => r['id'] === 'state-of-asm-sector-2023')!;
    newest['published'] = '2023-06-15';
    await page.route('**/catalogue.json', (route) => route.fulfill({ json: catalogue }));
    await page.goto('/composed.html');
    await expect.poll(() => summaryText(page)).toMatch(/^42 resources/);
    const firstCard = page.locator('asm-resource-card').first();
    await expect.poll(() => firstCard.locator('[part~="date"]').textContent()).toBe('June 15, 2023');
    expect(chunks).toEqual([]);

    const select = page.getByRole('combobox', { name: 'Language' });
    expect((await select.locator('option[value="id"]').textContent())?.trim()).toMatch(
      /^(Bahasa )?Indonesia$/,
    );
    await select.selectOption('id');
    await expect.poll(() => summaryText(page)).toMatch(/^42 dokumen/);
    await expect.poll(() => firstCard.locator('[part~="date"]').textContent()).toBe('15 Juni 2023');
    expect(await firstCard.locator('[part~="type"]').textContent()).toBe('Laporan');
    expect(await firstCard.locator('[part~="areas"]').textContent()).toContain('Data dan pemantauan');
    expect(await firstCard.locator('[part~="countries"]').textContent()).toContain('Mozambik');
    expect(await page.getByRole('heading', { name: 'Hasil' }).isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Cari di perpustakaan' }).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Bahasa' }).isVisible()).toBe(true);
    expect(chunks).toHaveLength(1);
    expect(pageErrors(page)).toEqual([]);
  });
});
