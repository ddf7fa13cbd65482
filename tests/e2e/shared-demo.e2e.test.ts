import { resolve } from 'node:path';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../packages/workspace.js';
import {
  PHONE,
  accessibilityViolations,
  cardTitles,
  openBrowser,
  pageErrors,
  summaryText,
  type DemoSession,
} from './harness.js';

// The demo's "Shared library" page as `npm start` serves it: the built demo from Vite's preview server with the
// demo's own config, whose plugin runs @asm-kit/server in-process (PGlite in memory) over two publishers'
// catalogues and answers /v1/*.

let demo: DemoSession;

beforeAll(async () => {
  const server = await preview({
    root: resolve(repoRoot, 'apps/demo'),
    logLevel: 'warn',
    // Any free port: the config's own (4173, strict) may be taken by a running `npm start`.
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
  });
  demo = await openBrowser(server.resolvedUrls!.local[0]!, () => server.close());
});

afterAll(async () => {
  await demo?.close();
});

describe('the shared library page', () => {
  it('searches two publishers’ catalogues on the embedded server; a record both list shows once', async () => {
    const page = await demo.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/shared.html');
    // 42 + 5 records, one of them in both catalogues.
    await expect.poll(() => summaryText(page)).toMatch(/^46 resources/);
    await expect
      .poll(() => page.locator('#sources-status').textContent())
      .toBe('46 resources from 2 catalogues.');
    expect(await page.locator('#sources li').allTextContents()).toEqual([
      'ASM knowledge library (demo), by asm-kit demo: 42 records',
      'Sahel ASM Network resource centre (fictional), by Réseau EMAPE Sahel (fictional): 5 records',
    ]);
    expect(requested).not.toContain('/catalogue.json');

    const search = page.getByRole('searchbox', { name: 'Search the library' });
    await search.fill('cross-programme analysis financial access');
    await expect.poll(() => summaryText(page)).toMatch(/^1 resource\b/);
    expect(await cardTitles(page)).toEqual([
      'Cross-programme Analysis of planetGOLD ASGM Financial Access Interventions',
    ]);
    // The second publisher's own records are searchable too (the best match first), and the search is in the
    // address.
    await search.fill('cornue');
    await expect
      .poll(async () => (await cardTitles(page))[0])
      .toBe('Practice sheet: using a retort to recover mercury (fictional example)');
    expect(new URL(page.url()).searchParams.get('q')).toBe('cornue');
    expect(pageErrors(page)).toEqual([]);
  });

  it('is linked from the index and has no accessibility violations', async () => {
    const page = await demo.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Shared library', exact: true }).first().click();
    await expect.poll(() => summaryText(page)).toMatch(/^46 resources/);
    await page.locator('asm-resource-card [part~="title"]').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('does not scroll sideways on a phone', async () => {
    const page = await demo.newPage({ viewport: PHONE });
    await page.goto('/shared.html');
    await expect.poll(() => summaryText(page)).toMatch(/^46 resources/);
    const [scrolled, width] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(scrolled).toBeLessThanOrEqual(width!);
    expect(pageErrors(page)).toEqual([]);
  });
});
