import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Page } from 'playwright-core';
import { run } from 'asm-kit';
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

// "Download these results" on the built drop-in page, driven by keyboard only: filter, open the control, pick
// BibTeX, capture the real download, and read it back with `asm-kit import` (its BibTeX reader is
// @retorquere/bibtex-parser, the parser of Zotero's Better BibTeX). Then the same under a strict CSP.

let demo: DemoSession;
let dir: string;

beforeAll(async () => {
  demo = await openDemo();
  dir = mkdtempSync(join(tmpdir(), 'asm-kit-reading-list-e2e-'));
});

afterAll(async () => {
  await demo?.close();
  rmSync(dir, { recursive: true, force: true });
});

const dropIn = (csp = false) => openDropIn(demo, csp);

/** Tabs to the format button named `label` and presses Enter; returns the saved file's name and text. */
async function downloadAs(page: Page, label: string): Promise<{ name: string; text: string; path: string }> {
  await tabTo(page, 'download-button');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 6 && (await focused(page)).label !== label; i++) await page.keyboard.press('Tab');
  expect((await focused(page)).label).toBe(label);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

/** Reads a BibTeX (or RIS, CSL-JSON) file with `asm-kit import`; returns the catalogue it writes. */
async function importFile(path: string): Promise<{ resources: { title: Record<string, string> }[] }> {
  const output = `${path}.json`;
  let stderr = '';
  const sink = (write: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        write(String(chunk));
        done();
      },
    });
  const code = await run(['import', path, '-o', output], {
    stdout: sink(() => undefined) as unknown as NodeJS.WriteStream,
    stderr: sink((text) => (stderr += text)) as unknown as NodeJS.WriteStream,
  });
  expect(stderr).not.toMatch(/skipped/i);
  expect(code).toBe(0);
  return JSON.parse(readFileSync(output, 'utf8'));
}

/** The demo's guides, one BibTeX entry per language version. */
function guides() {
  const resources = demoCatalogue().resources.filter((r) => r['type'] === 'guide');
  const versions = resources.reduce(
    (sum, r) => sum + Math.max(1, ((r['languages'] as string[] | undefined) ?? []).length),
    0,
  );
  return { resources, versions };
}

describe('"Download these results" on the drop-in page', () => {
  it('filters by keyboard, downloads BibTeX with every filtered result (more than a page), and it imports back', async () => {
    const { page } = await dropIn();
    // Filter: the "Guide" type, ticked from the keyboard.
    const guide = page
      .getByRole('group', { name: 'Resource type' })
      .getByRole('checkbox', { name: /^Guide/ });
    await guide.focus();
    await page.keyboard.press('Space');
    const { resources, versions } = guides();
    await expect.poll(() => summaryText(page)).toMatch(new RegExp(`^${resources.length} resources`));
    expect(resources.length).toBeGreaterThan(10); // more than the page size of 10
    expect(await page.locator('asm-resource-card').count()).toBe(10);

    const file = await downloadAs(page, 'BibTeX');
    expect(file.name).toBe('asm-knowledge-library-demo-results.bib');
    expect(file.text.match(/^@\w+\{/gm)).toHaveLength(versions);
    await expect
      .poll(() =>
        page
          .locator('asm-resource-list')
          .evaluate((el) => el.shadowRoot?.querySelector('[part~="download-status"]')?.textContent),
      )
      .toBe(`${resources.length} resources downloaded as BibTeX`);

    const imported = await importFile(file.path);
    const importedTitles = new Set(imported.resources.flatMap((r) => Object.values(r.title)));
    for (const resource of resources) {
      const titles = Object.values(resource['title'] as Record<string, string>);
      expect(
        titles.some((title) => importedTitles.has(title)),
        titles[0],
      ).toBe(true);
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it('downloads under a strict Content-Security-Policy (blob: links need no script-src) without violations', async () => {
    const { page, violations } = await dropIn(true);
    const file = await downloadAs(page, 'RIS');
    expect(file.name).toBe('asm-knowledge-library-demo-results.ris');
    const all = demoCatalogue().resources;
    const versions = all.reduce(
      (sum, r) => sum + Math.max(1, ((r['languages'] as string[] | undefined) ?? []).length),
      0,
    );
    expect(file.text.split('\r\n').filter((line) => line.startsWith('TY  - '))).toHaveLength(versions);
    const imported = await importFile(file.path);
    expect(imported.resources.length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
