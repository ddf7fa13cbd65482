// The contract: the library answers every query exactly as @asm-kit/query's in-memory index does (the same
// SearchResult, hits in the same order with the same scores and highlights; the library's hits only add their
// sources), on the demo catalogue and on a generated 10k one with hostile and unicode text.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex, SearchResult } from '@asm-kit/query';
import { createIndex } from '@asm-kit/query';
import { parseCatalogue } from '@asm-kit/schema';
import { federate } from './federate.js';
import type { Library } from './library.js';
import { openLibrary } from './library.js';
import type { LibrarySearchResult } from './search.js';
import { describeEngines } from './testing/engines.js';
import { generateCatalogue } from './testing/generate.js';
import { contractCases } from './testing/queries.js';

const demo: unknown = JSON.parse(
  readFileSync(new URL('../../../fixtures/demo-catalogue.json', import.meta.url), 'utf8'),
);
const generated = {
  name: 'Generated library',
  defaultLanguage: 'en',
  resources: generateCatalogue(10_000, 7),
};

// A second publisher that lists a third of the demo's resources again (same URL or DOI: merged) under its own
// ids and French titles, and a few of its own.
const demoParsed = parseCatalogue(demo).catalogue;
const partner = {
  name: 'Partner library',
  publisher: 'Partner',
  defaultLanguage: 'fr',
  resources: [
    ...demoParsed.resources
      .filter((_, i) => i % 3 === 0)
      .map((r) => ({
        ...r,
        id: `partner-${r.id}`.slice(0, 80),
        title: { fr: `Copie : ${Object.values(r.title)[0]}` },
      })),
    ...generateCatalogue(30, 11).map((r) => ({ ...r, id: `partner-own-${r.id}` })),
  ],
};

interface ContractCatalogue {
  title: string;
  inputs: { source: string; data: unknown }[];
  /** The in-memory index the library must agree with. */
  reference(): SearchIndex;
  cases: number;
  seed: number;
}

const single = (
  title: string,
  source: string,
  data: unknown,
  cases: number,
  seed: number,
): ContractCatalogue => ({
  title,
  inputs: [{ source, data }],
  reference: () => createIndex(parseCatalogue(data).catalogue),
  cases,
  seed,
});

const CATALOGUES: ContractCatalogue[] = [
  single('the demo catalogue', 'demo-catalogue.json', demo, 120, 1),
  single('a generated 10k catalogue', 'generated.json', generated, 120, 2),
  {
    // Two publishers: the index of the merged resources (the first catalogue's default language).
    title: 'the demo catalogue merged with a partner catalogue',
    inputs: [
      { source: 'demo-catalogue.json', data: demo },
      { source: 'https://partner.example.org/catalogue.json', data: partner },
    ],
    reference() {
      const records = this.inputs.flatMap(({ source, data }) =>
        parseCatalogue(data).catalogue.resources.map((record) => ({ source, record })),
      );
      return createIndex({ ...demoParsed, resources: federate(records).map((m) => m.resource) });
    },
    cases: 40,
    seed: 3,
  },
];

/** The result without what only the library adds (each hit's sources). */
function withoutSources(result: LibrarySearchResult): SearchResult {
  return { ...result, hits: result.hits.map(({ sources: _, ...hit }) => hit) };
}

describeEngines('the contract with the in-memory index', (engine) => {
  for (const catalogue of CATALOGUES) {
    describe(catalogue.title, () => {
      let library: Library;
      let index: SearchIndex;
      beforeAll(async () => {
        library = await openLibrary(await engine.fresh());
        await library.load(catalogue.inputs);
        index = catalogue.reference();
      });
      afterAll(() => library?.close());

      it(`answers ${catalogue.cases} queries with the index's result`, async () => {
        const cases = contractCases(
          parseCatalogue(catalogue.inputs[0]!.data).catalogue,
          catalogue.cases,
          catalogue.seed,
        );
        let found = 0;
        for (const { query, options } of cases) {
          const expected = index.searchSync(query, options);
          const actual = withoutSources(await library.search(query, options));
          expect(actual, JSON.stringify({ query, options })).toEqual(expected);
          if (expected.total) found++;
        }
        expect((await library.info()).resources).toBe(index.size);
        // Most cases must find something, or the suite would compare empty answers.
        expect(found).toBeGreaterThan(catalogue.cases / 3);
      });
    });
  }
});
