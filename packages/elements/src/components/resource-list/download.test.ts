import { html } from 'lit';
import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogueInput, ResourceInput } from '@asm-kit/schema';
import type { AsmResourceList } from './resource-list.js';
import { $, $$, axeViolations, cleanup, mount, testCatalogue, until } from '../../testing/fixtures.js';

/** What the list saved: the Blob's text and type, and the name of the link clicked. */
interface Saved {
  text: string;
  type: string;
  filename: string;
  href: string;
}

let saved: Saved[] = [];
let revoked: string[] = [];

// The real Blob is captured from URL.createObjectURL; the click on the <a download> is recorded (and not let
// through, so the test browser does not write files).
beforeEach(() => {
  saved = [];
  revoked = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob || !this.download) return;
    const entry: Saved = { text: '', type: blob.type, filename: this.download, href: this.href };
    saved.push(entry);
    void blob.text().then((text) => (entry.text = text));
  });
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await page.viewport(1280, 900);
});

/** `count` one-language resources: `count` records in every format. */
function notes(count: number, extra: (i: number) => Partial<ResourceInput> = () => ({})): ResourceInput[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `note-${i}`,
    title: { en: `Field note ${i}` },
    type: i % 3 ? 'report' : 'guide',
    languages: ['en'],
    published: String(2000 + (i % 20)),
    organizations: [{ name: 'Example Network', role: 'publisher' as const }],
    ...extra(i),
  }));
}

const titleOf = (resource: ResourceInput) => (resource.title as Record<string, string>).en!;

function catalogue(resources: ResourceInput[], extra: Partial<CatalogueInput> = {}): CatalogueInput {
  return {
    schemaVersion: '1.0',
    name: 'Test library',
    defaultLanguage: 'en',
    resources,
    ...extra,
  } as CatalogueInput;
}

async function list(
  data: CatalogueInput,
  template = html`<asm-resource-list page-size="20"></asm-resource-list>`,
  lang = 'en',
): Promise<AsmResourceList> {
  const el = await mount<AsmResourceList>(template, lang);
  el.catalogue = data;
  await until(() => expect($$(el, 'asm-resource-card').length).toBeGreaterThan(0));
  return el;
}

const status = (el: AsmResourceList) => $(el, '[part~="download-status"]').textContent ?? '';
const formatButton = (el: AsmResourceList, label: string) =>
  $$<HTMLButtonElement>(el, '[part~="download-format"]').find((b) => b.textContent?.trim() === label)!;

/** Opens the control and picks `label`, then waits for the file and its announcement. */
async function download(el: AsmResourceList, label: string): Promise<Saved> {
  const before = saved.length;
  const details = $<HTMLDetailsElement>(el, '[part~="download"]');
  if (!details.open) await userEvent.click($(el, '[part~="download-button"]'));
  await userEvent.click(formatButton(el, label));
  await until(() => expect(saved.length).toBe(before + 1));
  const file = saved[saved.length - 1]!;
  await until(() => expect(file.text).not.toBe(''));
  return file;
}

const risRecords = (text: string) => text.split('\r\n').filter((line) => line.startsWith('TY  - '));
const risTitles = (text: string) =>
  text
    .split('\r\n')
    .filter((line) => line.startsWith('TI  - '))
    .map((line) => line.slice(6));

describe('<asm-resource-list> "Download these results"', () => {
  it('is a named disclosure in the toolbar with one button per format', async () => {
    const el = await list(catalogue(notes(3)));
    const details = $<HTMLDetailsElement>(el, '[part~="toolbar"] [part~="download"]');
    expect(details.localName).toBe('details');
    expect($(el, '[part~="download-button"]').textContent?.trim()).toBe('Download these results');
    const menu = $(el, '[part~="download-menu"]');
    expect(menu.getAttribute('role')).toBe('group');
    expect(menu.getAttribute('aria-labelledby')).toBe('download-button');
    expect($$(el, '[part~="download-format"]').map((b) => b.textContent?.trim())).toEqual([
      'RIS',
      'BibTeX',
      'CSL-JSON',
      'CSV',
    ]);
    expect($(el, '[part~="download-status"]').getAttribute('role')).toBe('status');
    expect(await axeViolations(el)).toEqual([]);
    details.open = true;
    expect(await axeViolations(el)).toEqual([]);
  });

  it('saves every filtered result, not only the page: 45 results at 20 a page give 45 RIS records', async () => {
    const el = await list(catalogue(notes(45)));
    expect($$(el, 'asm-resource-card')).toHaveLength(20);
    const file = await download(el, 'RIS');
    expect(risRecords(file.text)).toHaveLength(45);
    expect(new Set(risTitles(file.text))).toEqual(new Set(notes(45).map(titleOf)));
    expect(file.type).toBe('application/x-research-info-systems;charset=utf-8');
    expect(file.filename).toBe('test-library-results.ris');
    await until(() => expect(status(el)).toBe('45 resources downloaded as RIS'));
  });

  it('applies the search, the user’s filters and the locked filters', async () => {
    const el = await list(
      catalogue(notes(45, (i) => ({ countries: [i % 2 ? 'GH' : 'PE'] }))),
      html`<asm-resource-list page-size="5" type="report"></asm-resource-list>`,
    );
    el.store.setQuery({ filters: { country: ['GH'] } });
    await until(() => expect(el.store.getState().result?.total).toBe(15));
    const expected = notes(45)
      .filter((_, i) => i % 3 && i % 2)
      .map(titleOf);
    const file = await download(el, 'RIS');
    expect(risTitles(file.text).sort()).toEqual(expected.sort());
    await until(() => expect(status(el)).toBe('15 resources downloaded as RIS'));

    el.store.setQuery({ text: 'note 11' });
    await until(() => expect(el.store.getState().result?.total).toBe(1));
    const one = await download(el, 'RIS');
    expect(risTitles(one.text)).toEqual(['Field note 11']);
    await until(() => expect(status(el)).toBe('1 resource downloaded as RIS'));
  });

  it('writes BibTeX, CSL-JSON and CSV files with their types and extensions', async () => {
    const el = await list(catalogue(notes(21)));
    const bib = await download(el, 'BibTeX');
    expect(bib.filename).toBe('test-library-results.bib');
    expect(bib.type).toBe('application/x-bibtex;charset=utf-8');
    expect(bib.text.match(/^@\w+\{/gm)).toHaveLength(21);
    const csl = await download(el, 'CSL-JSON');
    expect(csl.filename).toBe('test-library-results.json');
    expect(csl.type).toBe('application/vnd.citationstyles.csl+json;charset=utf-8');
    const items = JSON.parse(csl.text) as { id: string; title: string }[];
    expect(items.map((item) => item.id).sort()).toEqual(
      notes(21)
        .map((r) => r.id)
        .sort(),
    );
    const csv = await download(el, 'CSV');
    expect(csv.filename).toBe('test-library-results.csv');
    expect(csv.type).toBe('text/csv;charset=utf-8');
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('#schemaVersion,1.0');
    expect(lines.filter((line) => line.startsWith('note-'))).toHaveLength(21);
    expect(lines.at(-1)).toBe('');
  });

  it('keeps hostile titles intact in the file and inert in the page; spreadsheet formulas are guarded', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">Evil, "quoted"';
    const formula = '=HYPERLINK("https://evil.example","click")';
    const el = await list(catalogue(notes(2, (i) => ({ title: { en: i ? formula : hostile } }))));
    const ris = await download(el, 'RIS');
    expect(risTitles(ris.text).sort()).toEqual([formula, hostile].sort());
    const csv = await download(el, 'CSV');
    expect(csv.text).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(csv.text).toContain('"<img src=x onerror=""window.pwned=1"">Evil, ""quoted"""');
    expect(el.shadowRoot!.querySelectorAll('img[src="x"]')).toHaveLength(0);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
    expect(status(el)).not.toContain('<');
  });

  it('speaks French in a French page and names the file after the French catalogue name', async () => {
    const el = await list(
      catalogue(notes(45), { name: { en: 'Gold library', fr: 'Bibliothèque de l’or / ASM' } }),
      html`<asm-resource-list page-size="20"></asm-resource-list>`,
      'fr',
    );
    expect($(el, '[part~="download-button"]').textContent?.trim()).toBe('Télécharger ces résultats');
    const file = await download(el, 'BibTeX');
    expect(file.filename).toBe('bibliotheque-de-l-or-asm-results.bib');
    expect(file.text.match(/^@\w+\{/gm)).toHaveLength(45);
    await until(() => expect(status(el)).toBe('Fichier BibTeX prêt\u202f: 45 ressources'));
  });

  it('falls back to "library" for a file name with no Latin letters, and for resources without a catalogue', async () => {
    const el = await list(catalogue(notes(2), { name: { ar: 'مكتبة التعدين' }, defaultLanguage: 'ar' }));
    expect((await download(el, 'CSV')).filename).toBe('library-results.csv');
    const bare = await mount<AsmResourceList>(html`<asm-resource-list></asm-resource-list>`);
    bare.resources = notes(3);
    await until(() => expect($$(bare, 'asm-resource-card')).toHaveLength(3));
    const file = await download(bare, 'RIS');
    expect(file.filename).toBe('library-results.ris');
    expect(risRecords(file.text)).toHaveLength(3);
  });

  it('revokes the blob: URL after the download', async () => {
    const el = await list(catalogue(notes(2)));
    const file = await download(el, 'RIS');
    await until(() => expect(revoked).toContain(file.href), 3000);
  });

  it('works from the keyboard: Enter opens, Tab reaches the formats, Enter on the button closes', async () => {
    const el = await list(catalogue(notes(25)));
    const summary = $(el, '[part~="download-button"]');
    const details = $<HTMLDetailsElement>(el, '[part~="download"]');
    summary.focus();
    await userEvent.keyboard('{Enter}');
    expect(details.open).toBe(true);
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('RIS');
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('BibTeX');
    await userEvent.keyboard('{Enter}');
    await until(() => expect(saved).toHaveLength(1));
    await until(() => expect(saved[0]!.text.match(/^@\w+\{/gm)).toHaveLength(25));
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    expect(el.shadowRoot!.activeElement).toBe(summary);
    await userEvent.keyboard('{Enter}');
    expect(details.open).toBe(false);
  });

  it('is hidden (not focusable, not announced) while nothing is loaded and when nothing matches', async () => {
    const el = await mount<AsmResourceList>(html`<asm-resource-list></asm-resource-list>`);
    const summary = () => $(el, '[part~="download-button"]');
    const unreachable = () => {
      expect(getComputedStyle(summary()).visibility).toBe('hidden');
      summary().focus();
      expect(el.shadowRoot!.activeElement).not.toBe(summary());
    };
    unreachable();
    el.catalogue = catalogue(notes(4));
    await until(() => expect(getComputedStyle(summary()).visibility).toBe('visible'));
    summary().focus();
    expect(el.shadowRoot!.activeElement).toBe(summary());
    summary().blur();
    el.store.setQuery({ text: 'zzzz-nothing-matches' });
    await until(() => expect($(el, '[part~="empty"]')).toBeTruthy());
    unreachable();
    // Opened programmatically, its buttons stay out of reach too.
    $<HTMLDetailsElement>(el, '[part~="download"]').open = true;
    for (const button of $$(el, '[part~="download-format"]'))
      expect(getComputedStyle(button).visibility).toBe('hidden');
  });

  it('is absent with no-download', async () => {
    const el = await list(catalogue(notes(2)), html`<asm-resource-list no-download></asm-resource-list>`);
    expect($$(el, '[part~="download"]')).toHaveLength(0);
    expect($$(el, '[part~="download-status"]')).toHaveLength(0);
    el.noDownload = false;
    await el.updateComplete;
    expect($$(el, '[part~="download"]')).toHaveLength(1);
  });

  it('announces a failure instead of saving a file', async () => {
    const el = await list(catalogue(notes(2)));
    vi.spyOn(el.store, 'allHits').mockRejectedValue(new Error('search failed'));
    await userEvent.click($(el, '[part~="download-button"]'));
    await userEvent.click(formatButton(el, 'CSV'));
    await until(() => expect(status(el)).toBe('The results could not be downloaded.'));
    expect(saved).toHaveLength(0);
  });

  it('handles a large result set (1,200 results) in one file', async () => {
    const el = await list(catalogue(notes(1200)));
    const csv = await download(el, 'CSV');
    expect(csv.text.split('\r\n').filter((line) => line.startsWith('note-'))).toHaveLength(1200);
    await until(() => expect(status(el)).toBe('1,200 resources downloaded as CSV'));
  });

  for (const dir of ['ltr', 'rtl']) {
    it(`fits a 375 px phone with the menu open (${dir})`, async () => {
      await page.viewport(375, 800);
      const el = await list(catalogue(testCatalogue().resources as ResourceInput[]));
      el.closest('main')!.dir = dir;
      await userEvent.click($(el, '[part~="download-button"]'));
      const menu = $(el, '[part~="download-menu"]').getBoundingClientRect();
      const box = el.getBoundingClientRect();
      expect(menu.left).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(menu.right).toBeLessThanOrEqual(box.right + 0.5);
      // Every part of the control stays on screen, the live region (1 px, visually hidden) included. (The page's
      // own scroll width is checked in long-words.test.ts.)
      for (const button of $$(el, '[part^="download"]')) {
        const rect = button.getBoundingClientRect();
        expect(rect.left).toBeGreaterThanOrEqual(0);
        expect(rect.right).toBeLessThanOrEqual(375);
      }
    });
  }
});
