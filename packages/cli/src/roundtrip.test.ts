import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseCatalogue, AUDIENCES, COMMODITIES, KNOWLEDGE_AREAS, RESOURCE_TYPES } from '@asm-kit/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

// Text a data owner may type into a cell: accents, the CSV and list separators, quotes, line breaks and
// backslashes, always with something visible in it.
const CHARACTERS = [...'aZé ñçøß漢字, ;"\'|\\#-.\n', '\r\n', '😀'];
const text = fc
  .array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 12 })
  .map((chars) => `x${chars.join('')}`);
// List values are trimmed when read back, so they are generated without outer spaces.
const listValue = text
  .map((value) => value.replace(/\s+/g, ' ').trim())
  .filter((value) => value !== '' && !/^\s|\s$/.test(value));
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,5}){0,2}$/);
const LANGUAGES = ['en', 'fr', 'es', 'pt-BR', 'fil'];
const languageSet = fc.subarray(LANGUAGES, { minLength: 1 });
const date = fc.oneof(
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc
    .record({ year: fc.integer({ min: 1990, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const url = slug.map((path) => `https://example.org/${path}`);
const localized = (languages: string[]) =>
  fc
    .tuple(...languages.map(() => text))
    .map((values) => Object.fromEntries(languages.map((language, index) => [language, values[index]])));

const resourceWith = (id: string) =>
  languageSet.chain((languages) =>
    fc.record(
      {
        id: fc.constant(id),
        url,
        title: localized(languages),
        summary: fc.subarray(languages, { minLength: 1 }).chain(localized),
        type: fc.constantFrom(...RESOURCE_TYPES, 'artisanal-tool'),
        knowledgeAreas: fc.subarray([...KNOWLEDGE_AREAS, 'cooperatives']),
        keywords: fc.array(listValue, { maxLength: 3 }),
        commodities: fc.subarray([...COMMODITIES]),
        audiences: fc.subarray([...AUDIENCES]),
        languages: fc.constant(languages),
        // One file per language version, in the order of the languages, sometimes a second one.
        files: fc
          .tuple(
            ...languages.map((language) =>
              fc.record(
                {
                  url,
                  language: fc.constant(language),
                  format: fc.constantFrom('pdf', 'docx'),
                  size: fc.integer({ min: 1, max: 9e8 }),
                  pages: fc.integer({ min: 1, max: 900 }),
                },
                { requiredKeys: ['url', 'language'] },
              ),
            ),
          )
          .chain((files) =>
            fc
              .boolean()
              .map((twice) =>
                twice
                  ? [...files, { url: 'https://example.org/annex.pdf', language: languages[0] as string }]
                  : files,
              ),
          ),
        published: date,
        authors: fc.array(
          fc.record(
            { name: text, affiliation: text, orcid: fc.constant('0000-0002-1825-0097') },
            { requiredKeys: ['name'] },
          ),
          { maxLength: 3 },
        ),
        credit: text,
        organizations: fc.array(
          fc.record(
            { name: text, role: fc.constantFrom('author', 'publisher', 'funder', 'implementer'), url },
            { requiredKeys: ['name', 'role'] },
          ),
          { maxLength: 3 },
        ),
        countries: fc.subarray(['GH', 'BF', 'CO', 'PE', 'ID', 'CI', 'CD']),
        project: text,
        series: fc.record({ name: text, number: text }, { requiredKeys: ['name'] }),
        container: fc.record(
          {
            type: fc.constantFrom('journal', 'book'),
            title: text,
            volume: text,
            issue: text,
            pages: text,
            publisher: text,
          },
          { requiredKeys: ['type', 'title'] },
        ),
        identifiers: fc.record(
          {
            doi: slug.map((s) => `10.1234/${s}`),
            isbn: fc.constant(['978-3-16-148410-0']),
            handle: slug.map((s) => `10986/${s}`),
          },
          { requiredKeys: [] },
        ),
        license: fc.constantFrom('CC-BY-4.0', 'https://example.org/licence'),
        access: fc.constantFrom('open', 'registration', 'paywalled'),
        version: text,
        supersedes: fc.array(slug, { minLength: 1, maxLength: 2 }),
        related: fc.array(slug, { maxLength: 2 }),
        thumbnail: url,
        duration: fc.constantFrom('PT12M30S', 'PT1H'),
        citation: text,
      },
      { requiredKeys: ['id', 'title', 'type', 'languages', 'files'] },
    ),
  );

const catalogue = fc
  .uniqueArray(slug, { maxLength: 6 })
  .chain((ids) => fc.tuple(...ids.map(resourceWith)))
  .chain((resources) =>
    fc.record(
      {
        schemaVersion: fc.constant('1.0'),
        name: localized(['en', 'fr']),
        publisher: text,
        defaultLanguage: fc.constantFrom(...LANGUAGES),
        updated: fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        extraTerms: fc.constant({
          resourceTypes: { 'artisanal-tool': { en: 'Artisanal tool' } },
          knowledgeAreas: { cooperatives: { en: 'Cooperatives', fr: 'Coopératives' } },
        }),
        resources: fc.constant(resources),
      },
      { requiredKeys: ['schemaVersion', 'name', 'defaultLanguage', 'extraTerms', 'resources'] },
    ),
  );

// Standard output is dropped; standard error is kept so that a failing run shows why.
let errors = '';
const quiet = {
  stdout: new Writable({ write: (_chunk, _encoding, done) => done() }),
  stderr: new Writable({
    write: (chunk, _encoding, done) => {
      errors += String(chunk);
      done();
    },
  }),
};

describe('convert JSON -> CSV -> JSON', () => {
  it('returns the same catalogue, field for field, for any valid catalogue', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asm-kit-roundtrip-'));
    let run_ = 0;
    await fc.assert(
      fc.asyncProperty(catalogue, fc.constantFrom(',', 'semicolon', 'tab'), async (input, delimiter) => {
        const original = parseCatalogue(input);
        expect(original.issues).toEqual([]);
        const n = run_++;
        const json = join(dir, `in-${n}.json`);
        const csv = join(dir, `mid-${n}.csv`);
        const back = join(dir, `out-${n}.json`);
        writeFileSync(json, JSON.stringify(input));
        errors = '';
        expect(await run(['convert', json, '-o', csv, '--delimiter', delimiter], quiet), errors).toBe(0);
        expect(await run(['convert', csv, '-o', back], quiet), errors).toBe(0);
        const result = parseCatalogue(JSON.parse(readFileSync(back, 'utf8')));
        expect(result.issues).toEqual([]);
        expect(result.catalogue).toEqual(original.catalogue);
      }),
      { numRuns: 100 },
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
