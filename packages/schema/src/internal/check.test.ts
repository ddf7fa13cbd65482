import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { CatalogueSchema } from '../catalogue.js';
import { checkCatalogue, type CatalogueProblem } from '../check.js';
import { parseCatalogue } from '../parse.js';
import { createResourceSchema } from '../resource.js';
import type { ExtraTerms } from '../vocabularies/index.js';
import { resourceCheck, type RawIssue } from './check.js';
import { createCatalogueJsonSchema } from './json-schema.js';

// parseCatalogue runs the hand-written checker, not zod, so that a browser bundle carries no zod. These
// properties hold the two together: for valid records and for thousands of broken ones, the zod schemas
// and the checker accept the same records, return the same value and fail at the same paths. The last ones
// add the third validator, the published JSON Schema (run by ajv), on whole catalogues.

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
  { __proto__: 'x' }, // an object literal: no key at all (the string is not a prototype)
  JSON.parse('{"__proto__": "x"}') as Json, // JSON: an own key named __proto__
  JSON.parse('{"__proto__": {"polluted": true}, "en": "Text"}') as Json,
  { constructor: 'x', en: 'Text' },
  { toString: 'x' },
  { prototype: 'x' },
  'Gh',
  'ZZ',
  'AA',
  'EU',
  'mercury-reducton',
  'podcast',
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

/** Keys that name a prototype, its methods, or come close to a language tag. */
const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'en',
  'EN',
  'english',
  'water',
];
/** Valid codes in any case, and codes that look like one: not assigned, three letters, a name. */
const NEAR_COUNTRIES = [
  'GH',
  'gh',
  'Gh',
  'bf',
  'XX',
  'ZZ',
  'AA',
  'UK',
  'EU',
  'GHA',
  'G',
  'Ghana',
  'g1',
  'ǴH',
];
/** Built-in terms, extra terms of EXTRA, near misses and slugs that are not terms. */
const NEAR_TERMS = [
  'report',
  'toolkit',
  'gender',
  'formalization',
  'podcast',
  'water',
  'Report',
  'reprot',
  'mercury-reducton',
  'case_study',
  'constructor',
  '__proto__',
  'toString',
  'other',
];

type Mutation = (record: Record<string, unknown>) => void;

/** Changes that make a record almost valid: an added key, a country code or term next to valid ones. */
const nearMisses: fc.Arbitrary<Mutation>[] = [
  // A key added to any object of the record (title, identifiers, files[0], …), as JSON.parse would add it:
  // an own key, even when it is named __proto__.
  fc.tuple(fc.nat(), fc.constantFrom(...KEYS), jsonValue).map(([pick, key, value]): Mutation => (record) => {
    const objects: Record<string, unknown>[] = [];
    const visit = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      if (!Array.isArray(node)) objects.push(node as Record<string, unknown>);
      for (const child of Object.values(node)) visit(child);
    };
    visit(record);
    Object.defineProperty(objects[pick % objects.length], key, {
      value: structuredClone(value), enumerable: true, writable: true, configurable: true,
    });
  }),
  // Country codes and terms next to valid ones.
  fc.constantFrom(...NEAR_COUNTRIES).map((code): Mutation => (record) => void (record.countries = ['GH', code])),
  fc.constantFrom(...NEAR_TERMS).map((term): Mutation => (record) => void (record.type = term)),
  fc.constantFrom(...NEAR_TERMS).map((term): Mutation => (record) => void (record.knowledgeAreas = [term])),
]; // prettier-ignore

/** One change to a record: a field dropped, replaced, or one element or nested field of it replaced; a near miss. */
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
  ...nearMisses,
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

// The JSON Schema, compiled as a partner would (strict: an unknown keyword fails here rather than being ignored).
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateJson = ajv.compile(createCatalogueJsonSchema());

/** Localized text and extra terms with hostile or near-miss keys, as JSON.parse makes them. */
const HOSTILE_TEXT: readonly Json[] = [
  'Library',
  'Library',
  { en: 'Library', fr: 'Bibliothèque' },
  { en: 'Library', fr: 'Bibliothèque' },
  {},
  JSON.parse('{"__proto__": "Library"}') as Json,
  JSON.parse('{"en": "Library", "__proto__": {"polluted": true}}') as Json,
  { en: 'Library', constructor: 'x' },
  { toString: 'Library' },
  { en: 'Library', prototype: 'x' },
];
const EXTRA_TERMS: readonly Json[] = [
  {},
  { resourceTypes: { podcast: { en: 'Podcast' } }, knowledgeAreas: { water: { en: 'Water', fr: 'Eau' } } },
  { knowledgeAreas: { water: { en: 'Water' } } },
  { resourceTypes: { podcast: { en: 'Podcast' } } },
  { resourceTypes: {}, knowledgeAreas: {} },
  { knowledgeAreas: { water: {} } },
  { knowledgeAreas: { constructor: { en: 'Builders' } } },
  { knowledgeAreas: { prototype: { en: 'Prototypes' } } },
  JSON.parse('{"knowledgeAreas": {"__proto__": {"en": "Water"}}}') as Json,
  JSON.parse('{"knowledgeAreas": {"water": {"__proto__": "Water", "en": "Water"}}}') as Json,
  JSON.parse('{"__proto__": {"water": {"en": "Water"}}}') as Json,
  { constructor: { water: { en: 'Water' } } },
  { topics: { water: { en: 'Water' } } },
];

/** A record of SEEDS with at most one change: most whole catalogues of broken records would fail anyway. */
const nearlyValidRecord = fc
  .tuple(fc.nat(SEEDS.length - 1), fc.option(fc.oneof(mutation, ...nearMisses, ...nearMisses), { freq: 3 }))
  .map(([index, mutate]) => {
    const copy = structuredClone(SEEDS[index]) as Record<string, unknown>;
    mutate?.(copy);
    return copy;
  });

/** Whole catalogues: a few records, valid or broken, under a name and extra terms that may be broken too. */
const catalogue = fc
  .record(
    {
      $schema: fc.constant('./node_modules/@asm-kit/schema/dist/catalogue.schema.json'),
      schemaVersion: fc.oneof({ weight: 9, arbitrary: fc.constant('1.0') }, fc.constant('2.0')),
      name: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...HOSTILE_TEXT) }, jsonValue),
      defaultLanguage: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom('en', 'fr', 'pt-br') },
        fc.constant('english'),
      ),
      extraTerms: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...EXTRA_TERMS) }, jsonValue),
      resources: fc.array(fc.oneof({ weight: 3, arbitrary: nearlyValidRecord }, record), {
        minLength: 1,
        maxLength: 3,
      }),
    },
    { requiredKeys: ['name', 'resources'] },
  )
  .map((input) => structuredClone(input));

/** Whether the catalogue declares terms of `vocabulary` (then the JSON Schema only asks for slugs there). */
function extendsVocabulary(
  input: Record<string, unknown>,
  vocabulary: 'resourceTypes' | 'knowledgeAreas',
): boolean {
  const terms = (input.extraTerms as Record<string, unknown> | undefined)?.[vocabulary];
  return typeof terms === 'object' && terms !== null && Object.keys(terms).length > 0;
}

/**
 * What the JSON Schema leaves to parseCatalogue, as its description and the README say: real calendar dates,
 * check digits and well-formed links (rules run on a value of the right shape), unique ids, and the terms of
 * a vocabulary the catalogue extends.
 */
function beyondJsonSchema(problem: CatalogueProblem, input: Record<string, unknown>): boolean {
  if (problem.code === 'duplicate-id') return true;
  if (problem.code === 'unknown-term' && /^resources\[\d+\]\.type$/.test(problem.path))
    return extendsVocabulary(input, 'resourceTypes');
  if (problem.code === 'unknown-term' && /^resources\[\d+\]\.knowledgeAreas\[\d+\]$/.test(problem.path))
    return extendsVocabulary(input, 'knowledgeAreas');
  return (
    problem.detail.kind === 'check' &&
    problem.detail.failure.code === 'custom' &&
    ['invalid-date', 'invalid-isbn', 'invalid-orcid', 'invalid-url'].includes(problem.code)
  );
}

describe('the three validators: checker, zod schemas and JSON Schema', () => {
  it('give the same verdict on whole catalogues, hostile keys, country codes and terms included', () => {
    // How often each interesting case is the only problem of a catalogue: then a validator that let it
    // through would accept the catalogue, and the verdicts would differ.
    const seen = {
      accepted: 0,
      refused: 0,
      beyond: 0,
      'reserved-key': 0,
      'invalid-country': 0,
      'unknown-term': 0,
    };
    fc.assert(
      fc.property(catalogue, (input) => {
        const { problems } = checkCatalogue(input);
        const zod = CatalogueSchema.safeParse(input);
        const json = validateJson(input);
        // zod drops unknown fields of records without a word; the checker reports them but keeps the record.
        expect(zod.success, JSON.stringify(problems)).toBe(
          problems.every((p) => p.detail.kind === 'unknown-field'),
        );
        // The JSON Schema refuses unknown fields too (additionalProperties: false), as strict mode does.
        if (json) {
          const missed = problems.filter((problem) => !beyondJsonSchema(problem, input));
          expect(missed, 'accepted by the JSON Schema').toEqual([]);
          if (problems.length > 0) seen.beyond += 1;
        } else {
          expect(problems.length, ajv.errorsText(validateJson.errors)).toBeGreaterThan(0);
        }
        if (problems.length === 0) seen.accepted += 1;
        else seen.refused += 1;
        const codes = new Set(problems.map((problem) => problem.code));
        const [only] = codes;
        if (codes.size === 1 && only !== undefined && only in seen) seen[only as keyof typeof seen] += 1;
      }),
      { numRuns: 6000 },
    );
    for (const count of Object.values(seen)) expect(count).toBeGreaterThanOrEqual(20);
  }, 120_000);

  it('leave Object.prototype untouched and build no object a key could pollute', () => {
    const prototypeKeys = Reflect.ownKeys(Object.prototype);
    const hostile = JSON.parse(`{
      "__proto__": {"polluted": 1},
      "constructor": {"prototype": {"polluted": 2}},
      "name": {"__proto__": {"polluted": 3}, "en": "Library"},
      "extraTerms": {"__proto__": {"polluted": 4}, "knowledgeAreas": {"__proto__": {"en": "x"}, "constructor": {"en": "x"}}},
      "resources": [
        {"__proto__": {"polluted": 5}, "id": "a", "type": "guide",
         "title": {"__proto__": {"polluted": 6}, "constructor": {"prototype": {"polluted": 7}}, "en": "A"},
         "identifiers": {"__proto__": {"polluted": 8}}},
        {"id": "b", "type": "guide", "title": "B", "identifiers": {"__proto__": {"doi": "10.1/x"}}}
      ]
    }`) as unknown;
    const { catalogue, problems } = checkCatalogue(hostile);
    const zod = CatalogueSchema.safeParse(hostile);
    const json = validateJson(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Reflect.ownKeys(Object.prototype)).toEqual(prototypeKeys);
    expect([zod.success, json]).toEqual([false, false]);
    expect(
      problems.filter((problem) => problem.code === 'reserved-key').map((problem) => problem.path),
    ).toEqual([
      'name.__proto__',
      'extraTerms.__proto__',
      'resources[0].title.__proto__',
      'resources[0].title.constructor',
    ]);
    // The second resource is kept; what the checker built has the usual prototype and no reserved key.
    expect(catalogue.resources.map((resource) => resource.id)).toEqual(['b']);
    for (const built of [
      catalogue,
      catalogue.name,
      catalogue.resources[0],
      catalogue.resources[0]?.identifiers,
    ]) {
      expect(Object.getPrototypeOf(built)).toBe(Object.prototype);
      expect(Object.keys(built ?? {})).not.toContain('__proto__');
    }
  });
});
