import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { toBibTeX, toCSV, toCsl, toRIS } from '@asm-kit/crosswalk';
import { parseCatalogue } from '@asm-kit/schema';
import type { Catalogue, Resource } from '@asm-kit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processCatalogue } from '../pipeline.js';
import { readBibtex } from './bibtex.js';
import { readCsl } from './csl.js';
import { readRis } from './ris.js';

// The files of the list's "Download these results" control (packages/elements, internal/results-file.ts
// `resultsFile`) are the crosswalk's output for the filtered results, made here the same way. Reference managers
// must open them: each is parsed back with a real parser (the ones Zotero-like tools and this CLI's `import`
// use), and the CSV with the CLI's own reader, which must give back the very resources.

const DEMO = fileURLToPath(new URL('../../../../fixtures/demo-catalogue.json', import.meta.url));
const demo = parseCatalogue(JSON.parse(readFileSync(DEMO, 'utf8')), { strict: true }).catalogue;
const { resources: _all, ...settings } = demo;

const HOSTILE_TITLE =
  '<img src=x onerror="alert(1)"> Mercury & gold: {braces}, "quotes", %TeX$ \\end{document}';
const FORMULA_TITLE = '=HYPERLINK("https://evil.example","click me")';

/** The hostile cases of a reading list: markup, TeX and CSV specials, a formula, right-to-left text. */
function hostileResources(): Resource[] {
  const { catalogue, issues } = parseCatalogue(
    {
      schemaVersion: '1.0',
      name: 'Hostile',
      defaultLanguage: 'en',
      resources: [
        {
          id: 'hostile-title',
          type: 'report',
          title: { en: HOSTILE_TITLE },
          summary: { en: 'Line one.\nLine two, with a comma; a semicolon\tand a tab.' },
          languages: ['en'],
          published: '2020',
          authors: [{ name: 'Ana María de la Cruz' }, { name: "O'Brien, Séan" }],
          keywords: ['a | pipe', 'back\\slash'],
        },
        {
          id: 'formula-title',
          type: 'guide',
          title: { en: FORMULA_TITLE },
          languages: ['en'],
          organizations: [{ name: '@Evil Org', role: 'publisher' }],
        },
        {
          id: 'arabic-title',
          type: 'guide',
          title: { ar: 'دليل التعدين الحرفي', fr: 'Guide de l’orpaillage' },
          languages: ['ar', 'fr'],
          published: '2022-05',
        },
      ],
    },
    { strict: true },
  );
  expect(issues).toEqual([]);
  return catalogue.resources;
}

/** "Filtered results": the demo's reports and guides (what a visitor filtering by type gets), plus the hostile ones. */
const filtered: Resource[] = [
  ...demo.resources.filter((resource) => resource.type === 'report' || resource.type === 'guide'),
  ...hostileResources(),
];
const versions = toCsl(filtered).length;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asm-kit-reading-list-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const titles = (items: readonly { title?: unknown }[]) => items.map((item) => item.title).sort();

describe('reading list files parse back in reference managers', () => {
  it('has more than one page of results to write', () => {
    expect(filtered.length).toBeGreaterThan(20);
    expect(versions).toBeGreaterThan(filtered.length);
  });

  it('BibTeX: @retorquere/bibtex-parser reads every entry, titles intact, with no error', () => {
    const text = toBibTeX(filtered, { extraTerms: demo.extraTerms });
    const library = parseBibtex(text, { sentenceCase: false, english: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(versions);
    expect(new Set(library.entries.map((entry) => entry.key)).size).toBe(versions);
    const byKey = new Map(library.entries.map((entry) => [entry.key, entry.fields]));
    // TeX specials come back as they were ('<' and '>' are the known gap below).
    expect(byKey.get('hostile-title')?.title).toContain(
      HOSTILE_TITLE.slice(HOSTILE_TITLE.indexOf(' Mercury')),
    );
    expect(byKey.get('formula-title')?.title).toBe(FORMULA_TITLE);
    expect(byKey.get('arabic-title_ar')?.title).toBe('دليل التعدين الحرفي');
    const authors = byKey.get('hostile-title')?.author as { lastName?: string; firstName?: string }[];
    expect(authors.map((author) => [author.lastName, author.firstName])).toEqual([
      ['Cruz', 'Ana María'],
      ["O'Brien", 'Séan'],
    ]);
  });

  // Written raw, '<' and '>' would come back as '¡' and '¿' (TeX's OT1 encoding, which Zotero's parser follows).
  it('BibTeX: keeps "<" and ">" of a title', () => {
    const library = parseBibtex(toBibTeX(filtered), { sentenceCase: false, english: false });
    expect(library.entries.find((entry) => entry.key === 'hostile-title')?.fields.title).toBe(HOSTILE_TITLE);
  });

  it('BibTeX: the CLI imports every entry back', () => {
    const read = readBibtex(toBibTeX(filtered));
    expect(read.skipped).toEqual([]);
    expect(read.records).toHaveLength(versions);
  });

  it('RIS: citation-js (@citation-js/plugin-ris) reads every record, titles intact', async () => {
    const text = toRIS(filtered, { extraTerms: demo.extraTerms });
    const items = (await Cite.async(text, { forceType: '@ris/file' })).data as { title?: string }[];
    expect(items).toHaveLength(versions);
    expect(titles(items)).toEqual(titles(toCsl(filtered)));
    const read = await readRis(text);
    expect(read.skipped).toEqual([]);
    expect(read.records).toHaveLength(versions);
  });

  it('CSL-JSON: citation-js and the CLI read every item; each has a CSL type and an id', async () => {
    const text = JSON.stringify(toCsl(filtered, { extraTerms: demo.extraTerms }), null, 2);
    const items = (await Cite.async(text)).data as { id: string; type: string; title: string }[];
    expect(items).toHaveLength(versions);
    expect(new Set(items.map((item) => item.id)).size).toBe(versions);
    expect(items.every((item) => typeof item.type === 'string' && item.type !== '')).toBe(true);
    expect(items.find((item) => item.id === 'hostile-title')?.title).toBe(HOSTILE_TITLE);
    expect(readCsl(text).records).toHaveLength(versions);
  });

  it('CSV: the CLI reads the very resources back, hostile cells and formulas included', async () => {
    const file = join(dir, 'results.csv');
    writeFileSync(file, toCSV(filtered, { catalogue: settings }));
    const back: Resource[] = [];
    const result = await processCatalogue(file, { onResource: (resource) => void back.push(resource) });
    expect(result.problems.total).toBe(0);
    expect(result.meta.name).toEqual(demo.name);
    expect(back).toEqual(filtered);
    // The formula is guarded in the file, and the guard removed on reading.
    expect(readFileSync(file, 'utf8')).toContain(`"'=HYPERLINK(""https://evil.example"",""click me"")"`);
  });

  it('CSV without the catalogue settings: a header first, still read back whole', async () => {
    const file = join(dir, 'bare.csv');
    const text = toCSV(filtered);
    expect(text.startsWith('\uFEFFid,type,')).toBe(true);
    writeFileSync(file, text);
    const back: Resource[] = [];
    const result = await processCatalogue(file, { onResource: (resource) => void back.push(resource) });
    expect(result.problems.total).toBe(0);
    expect(back).toEqual(filtered);
  });

  it('an empty list gives files the parsers accept as empty', async () => {
    expect(toRIS([])).toBe('');
    expect(parseBibtex(toBibTeX([])).entries).toEqual([]);
    expect(JSON.parse(JSON.stringify(toCsl([])))).toEqual([]);
    const file = join(dir, 'empty.csv');
    writeFileSync(file, toCSV([], { catalogue: settings as Omit<Catalogue, 'resources'> }));
    const result = await processCatalogue(file);
    expect(result.records).toBe(0);
    expect(result.problems.total).toBe(0);
  });
});
