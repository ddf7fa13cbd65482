import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { CatalogueSchema } from '../catalogue.js';
import { parseCatalogue } from '../parse.js';
import { createResourceSchema } from '../resource.js';
import type { ExtraTerms } from '../vocabularies/index.js';
import { resourceCheck, type RawIssue } from './check.js';

// parseCatalogue runs the hand-written checker, not zod, so that a browser bundle carries no zod. These
// properties hold the two together: for valid records and for thousands of broken ones, the zod schemas
// and the checker accept the same records, return the same value and fail at the same paths.

const demo = JSON.parse(
  readFileSync(new URL('../../../../fixtures/demo-catalogue.json', import.meta.url), 'utf8'),
) as { resources: Record<string, unknown>[] } & Record<string, unknown>;

type Json = unknown;

/** A record with every field and list filled, so that nested fields get broken too. */
const COMPLETE = {
  id: 'mercury-free-processing',
  url: 'https://www.planetgold.org/resources/mercury-free-processing',
  title: { en: 'Mercury-free processing', fr: 'Traitement sans mercure' },
  summary: 'How to recover gold without mercury.',
  type: 'toolkit',
  knowledgeAreas: ['mercury-free-technology', 'formalization'],
  keywords: ['gravity concentration', 'retorts'],
  commodities: ['gold', '3t'],
  audiences: ['miners', 'government'],
  languages: ['en', 'fr', 'es-419'],
  files: [
    { url: 'https://example.org/toolkit-en.pdf', language: 'en', format: 'pdf', size: 2_480_000, pages: 48 },
    { url: 'https://example.org/toolkit-fr.pdf', language: 'fr' },
  ],
  published: '2021-03-15',
  authors: [
    { name: 'Kamila Gómez', affiliation: 'Alliance for Responsible Mining', orcid: '0000-0002-1825-0097' },
    { name: 'A. Author' },
  ],
  credit: 'Kamila Gómez, Alliance for Responsible Mining',
  organizations: [{ name: 'planetGOLD', role: 'publisher', url: 'https://www.planetgold.org' }],
  countries: ['BF', 'gh'],
  project: 'planetGOLD Burkina Faso',
  series: { name: 'ARM Guides', number: '4' },
  container: { type: 'book', title: 'Gold', volume: '2', issue: '1', pages: '10-20', publisher: 'Press' },
  identifiers: {
    doi: '10.1016/j.resourpol.2021.102345',
    isbn: ['978-3-16-148410-0'],
    handle: '20.500.11822/1',
  },
  license: 'CC-BY-4.0',
  access: 'open',
  version: '2.0',
  supersedes: ['mercury-free-processing-v1'],
  related: ['mercury-guide'],
  thumbnail: 'https://example.org/cover.jpg',
  duration: 'PT12M30S',
  citation: 'planetGOLD (2021). Mercury-free processing.',
};
const SEEDS = [...demo.resources, ...Array.from({ length: 40 }, () => COMPLETE)];

/** Values that sit close to the rules: almost valid, wrongly typed, hostile. */
const TRICKY: readonly Json[] = [
  '',
  ' ',
  'x',
  'GH',
  'gh',
  'GHA',
  'XX',
  'UK',
  'Ghana',
  'en',
  'EN',
  'pt-br',
  'english',
  'fr_CA',
  'zh-hant',
  'report',
  'Report',
  'reprot',
  'water',
  'gold',
  'Gold',
  'miners',
  'open',
  'publisher',
  'journal',
  'https://example.org/a',
  'http://x',
  'https://',
  'javascript:alert(1)',
  'data:text/html,x',
  '/relative',
  'www.example.org/a',
  'https://exa mple.org',
  'ftp://example.org',
  'https://[::1',
  '2021',
  '2021-13',
  '2023-02-29',
  '2024-02-29',
  '2021/03/15',
  '2021-03-15',
  '99999',
  '2021-ab-cd',
  'PT12M30S',
  'P',
  'PT',
  '12:30',
  '10.1016/j.x.2021.1',
  'https://doi.org/10.1/x',
  '0000-0002-1825-0097',
  '0000-0002-1825-0098',
  '978-3-16-148410-0',
  '978-3-16-148410-1',
  '0-306-40615-2',
  '10986/12345',
  'CC-BY-4.0',
  'a b',
  'mercury-guide',
  'Mercury Guide',
  '__proto__',
  'constructor',
  0,
  -1,
  1,
  2.5,
  48,
  1e21,
  Number.MAX_SAFE_INTEGER,
  true,
  false,
  null,
  [],
  [''],
  ['GH'],
  ['en', 'fr'],
  {},
  { en: '' },
  { en: 'Text' },
  { english: 'Text' },
  { __proto__: 'x' },
  { en: 'A', 'pt-BR': 'B' },
  { url: 'https://example.org/f.pdf', language: 'en' },
  { name: 'UNEP', role: 'publisher' },
  { name: 'A' },
  { type: 'book', title: 'T' },
  { doi: '10.1/x' },
];

const jsonValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.integer({ min: -2, max: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const FIELDS = [
  'id', 'url', 'title', 'summary', 'type', 'knowledgeAreas', 'keywords', 'commodities', 'audiences',
  'languages', 'files', 'published', 'authors', 'credit', 'organizations', 'countries', 'project', 'series',
  'container', 'identifiers', 'license', 'access', 'version', 'supersedes', 'related', 'thumbnail', 'duration',
  'citation', 'knowledgeArea', 'tags',
] as const; // prettier-ignore

type Mutation = (record: Record<string, unknown>) => void;

/** One change to a record: a field dropped, replaced, or one element or nested field of it replaced. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...FIELDS).map((field): Mutation => (record) => void delete record[field]),
  fc.tuple(fc.constantFrom(...FIELDS), jsonValue).map(([field, value]): Mutation => (record) => {
    // A copy: the values come from shared constants, and a later mutation must not edit (or loop) them.
    record[field] = structuredClone(value);
  }),
  // Any value inside the record (files[1].size, title.fr, identifiers.isbn[0], …) replaced or removed.
  fc.tuple(fc.nat(), fc.option(jsonValue)).map(([pick, value]): Mutation => (record) => {
    const places: [Record<string | number, unknown>, string | number][] = [];
    const visit = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      for (const [key, child] of Object.entries(node)) {
        places.push([node as Record<string, unknown>, Array.isArray(node) ? Number(key) : key]);
        visit(child);
      }
    };
    visit(record);
    const [parent, key] = places[pick % places.length]!;
    if (value === null && !Array.isArray(parent)) delete parent[key];
    else parent[key] = structuredClone(value);
  }),
); // prettier-ignore

const record = fc
  .tuple(fc.nat(SEEDS.length - 1), fc.array(mutation, { maxLength: 3 }))
  .map(([index, mutations]) => {
    const copy = structuredClone(SEEDS[index]) as Record<string, unknown>;
    for (const mutate of mutations) mutate(copy);
    return copy;
  });

const EXTRA: ExtraTerms = {
  resourceTypes: { podcast: { en: 'Podcast' } },
  knowledgeAreas: { water: { en: 'Water', fr: 'Eau' } },
};

/** Both validators for a catalogue's settings, built once (a zod schema costs far more to build than to run). */
const contexts = ['en', 'fr', 'pt-BR'].flatMap((defaultLanguage) =>
  [undefined, EXTRA].map((extraTerms) => ({
    zod: createResourceSchema({ defaultLanguage, extraTerms }),
    check: resourceCheck(defaultLanguage, extraTerms),
  })),
);
const context = fc.constantFrom(...contexts);

/** zod's issue paths, with a union failure replaced by the failures of the branch whose type matched. */
function zodPaths(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== 'invalid_union') return [JSON.stringify(path)];
    const matched = issue.errors.find(
      (branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
    );
    return matched ? zodPaths(matched, path) : [JSON.stringify(path)];
  });
}

const paths = (issues: readonly RawIssue[]) => [
  ...new Set(issues.map((issue) => JSON.stringify(issue.path))),
];

describe('the checker behind parseCatalogue', () => {
  it('accepts every resource of the demo catalogue with the output of ResourceSchema', () => {
    for (const resource of [...demo.resources, COMPLETE]) {
      const issues: RawIssue[] = [];
      const output = resourceCheck('en', undefined)(resource, [], issues);
      expect(issues).toEqual([]);
      expect(output).toStrictEqual(createResourceSchema({ defaultLanguage: 'en' }).parse(resource));
    }
  });

  it('accepts, rejects and returns what the zod resource schema does, failing at the same paths', () => {
    fc.assert(
      fc.property(record, context, (input, validators) => {
        const zod = validators.zod.safeParse(input);
        const issues: RawIssue[] = [];
        const output = validators.check(input, [], issues);
        expect(issues.length === 0).toBe(zod.success);
        if (zod.success) expect(output).toStrictEqual(zod.data);
        else expect(paths(issues).sort()).toEqual([...new Set(zodPaths(zod.error.issues))].sort());
      }),
      { numRuns: 6000 },
    );
  }, 60_000);

  it('reads a catalogue envelope as CatalogueSchema does', () => {
    const envelope = fc.record(
      {
        schemaVersion: fc.constant('1.0'),
        name: jsonValue,
        publisher: jsonValue,
        defaultLanguage: jsonValue,
        updated: fc.oneof(jsonValue, fc.constant('2024-06-30')),
        extraTerms: fc.oneof(
          jsonValue,
          fc.constantFrom(
            { knowledgeAreas: { water: { en: 'Water' } } },
            { knowledgeAreas: { water: {} } },
            { knowledgeAreas: { Water: { en: 'Water' } } },
            { knowledgeAreas: { water: { en: '' } } },
            { knowledgeAreas: { water: { english: 'Water' } } },
            { topics: { water: { en: 'Water' } } },
            { resourceTypes: {}, knowledgeAreas: 'water' },
          ),
        ),
        resources: fc.oneof(fc.constant(demo.resources.slice(0, 2)), jsonValue),
      },
      { requiredKeys: ['schemaVersion'] },
    );
    fc.assert(
      fc.property(envelope, (input) => {
        const zod = CatalogueSchema.safeParse(input);
        const { catalogue, issues } = parseCatalogue(input);
        expect(issues.length === 0).toBe(zod.success);
        if (zod.success) expect(catalogue).toStrictEqual(zod.data);
      }),
      { numRuns: 6000 },
    );
  }, 60_000);
});
