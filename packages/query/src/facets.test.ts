import { minimalResource } from '@asm-kit/schema/testing';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createIndex } from './create-index.js';
import type { FacetName, FilterName, Query } from './query.js';
import { EMPTY_QUERY } from './query.js';
import {
  DEFAULT_FACETS,
  FACETS,
  FACET_NAMES,
  FILTER_NAMES,
  facetDefinition,
  facetLabel,
  isFacetName,
} from './facets.js';
import { collator } from './internal/labels.js';
import { firstNewest } from './sort.js';
import { queryFromParams, queryToParams, urlParamNames } from './url-state.js';

// A resource with a value in every facet. A new facet reads a field of Resource: give it a value here too, and
// the tests below check the new facet end to end (index, counts, filters, URL) with no other change.
const full = minimalResource({
  id: 'full',
  title: { en: 'Gold in Ghana' },
  type: 'guide',
  knowledgeAreas: ['gender'],
  countries: ['GH'],
  languages: ['fr'],
  organizations: [{ name: 'Alliance for Responsible Mining', role: 'author' }],
  access: 'open',
  published: '2021-06',
  project: 'planetGOLD Ghana',
});
const other = minimalResource({ id: 'other', title: { en: 'Other' }, type: 'report', published: '2019' });
const index = createIndex([full, other]);

/** A query selecting `value` in `facet` (a one-value range for the range facet). */
function selecting(facet: (typeof FACETS)[number], value: string): Query {
  return facet.range
    ? { ...EMPTY_QUERY, years: { from: +value, to: +value } }
    : { ...EMPTY_QUERY, filters: { [facet.name as FilterName]: [value] } };
}

describe('the facet table', () => {
  it('derives the names, the filters and the default facets from the table', () => {
    expect(FACET_NAMES).toEqual(FACETS.map((f) => f.name));
    expect(FILTER_NAMES).toEqual(FACETS.filter((f) => !f.range).map((f) => f.name));
    expect(DEFAULT_FACETS).toEqual(['type', 'area', 'country', 'language', 'organization', 'access', 'year']);
    expect(FACET_NAMES).toEqual([...DEFAULT_FACETS, 'region', 'project']);
  });

  it('derives the name types from the table', () => {
    type Names =
      'type' | 'area' | 'country' | 'language' | 'organization' | 'access' | 'year' | 'region' | 'project';
    expectTypeOf<FacetName>().toEqualTypeOf<Names>();
    expectTypeOf<FilterName>().toEqualTypeOf<Exclude<Names, 'year'>>();
    expectTypeOf(FACETS[0]!.name).toEqualTypeOf<FacetName>();
  });

  it('has unique names and parameters, apart from the parameters of the rest of the state', () => {
    expect(new Set(FACET_NAMES).size).toBe(FACETS.length);
    const params = urlParamNames();
    expect(new Set(params).size).toBe(params.length);
    expect(FACETS.find((f) => f.name === 'language')?.param).toBe('lang');
    expect(FACETS.find((f) => f.name === 'organization')?.param).toBe('org');
  });

  it('has exactly one range facet, the one Query.years filters', () => {
    expect(FACETS.filter((f) => f.range).map((f) => f.name)).toEqual(['year']);
  });

  it('finds definitions by own name only', () => {
    expect(facetDefinition('country')?.param).toBe('country');
    expect(isFacetName('region')).toBe(true);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'lang', 'Type', '']) {
      expect(facetDefinition(name), name).toBeUndefined();
      expect(isFacetName(name), name).toBe(false);
    }
  });

  it('puts values in canonical form and checks them', () => {
    const country = facetDefinition('country')!;
    expect(country.canonical('gh')).toBe('GH');
    expect(country.valid('GH')).toBe(true);
    expect(country.valid('gh')).toBe(false);
    expect(facetDefinition('type')!.canonical('Guide')).toBe('Guide');
    expect(facetDefinition('organization')!.names).toBe(true);
    expect(facetDefinition('organization')!.valid('UN Environment Programme')).toBe(true);
    expect(facetDefinition('access')!.valid('free')).toBe(false);
    expect(facetDefinition('year')!.valid('2021')).toBe(true);
  });

  it('labels values in a UI language', () => {
    expect(facetLabel('type', 'guide', 'es')).toBe('Guía');
    expect(
      facetLabel('area', 'biodiversity', 'fr', { knowledgeAreas: { biodiversity: { fr: 'Biodiversité' } } }),
    ).toBe('Biodiversité');
    expect(facetLabel('country', 'CI', 'fr')).toMatch(/Côte d.Ivoire/);
    expect(facetLabel('region', '011', 'en')).toBe('Western Africa');
    expect(facetLabel('organization', 'UNEP', 'fr')).toBe('UNEP');
    expect(facetLabel('year', '2020', 'fr')).toBe('2020');
  });

  it('labels and orders values without throwing for malformed language tags', () => {
    for (const language of ['en_US', 'xx-!!', ' fr ', '', '-', 'x'.repeat(300)]) {
      for (const facet of FACETS) {
        for (const value of facet.values(full))
          expect(typeof facetLabel(facet.name, value, language)).toBe('string');
      }
      expect(collator(language).compare('a', 'b')).toBeLessThan(0);
      const result = index.searchSync({ ...EMPTY_QUERY, sort: 'title' }, { language });
      expect(result.total).toBe(2);
    }
    // A POSIX-style tag keeps its language: Swedish sorts 'ä' after 'z', English does not.
    expect(collator('sv_SE').compare('ä', 'z')).toBeGreaterThan(0);
    expect(collator(' sv ').compare('ä', 'z')).toBeGreaterThan(0);
    expect(collator('en').compare('ä', 'z')).toBeLessThan(0);
  });
});

describe('every facet in the table, end to end', () => {
  // These loop over the table, so a new entry is tested by them as soon as it is added.
  it.each(FACETS.map((f) => [f.name, f] as const))(
    '%s: indexed, counted, filtered and kept in the URL',
    (_, facet) => {
      const values = [...facet.values(full)];
      expect(values.length, 'give the resource above a value in this facet').toBeGreaterThan(0);
      const result = index.searchSync(EMPTY_QUERY);
      for (const value of values) {
        expect(facet.valid(facet.canonical(value))).toBe(true);
        expect(result.facets[facet.name].values).toContainEqual({ value, count: 1, selected: false });

        const query = selecting(facet, value);
        const filtered = index.searchSync(query);
        expect(filtered.hits.map((h) => h.resource.id)).toEqual(['full']);
        expect(filtered.facets[facet.name].values.find((v) => v.value === value)?.selected).toBe(true);

        const params = queryToParams(query, { prefix: 'l-' });
        expect([...params.keys()]).toEqual([`l-${facet.param}`]);
        expect(queryFromParams(params.toString(), { prefix: 'l-' })).toEqual(query);
      }
    },
  );

  it('reports every facet in every result', () => {
    const names = Object.keys(index.searchSync(EMPTY_QUERY).facets).sort();
    expect(names).toEqual([...FACET_NAMES].sort());
    const empty = createIndex([]).searchSync({ ...EMPTY_QUERY, text: 'x' });
    expect(Object.keys(empty.facets).sort()).toEqual([...FACET_NAMES].sort());
    for (const name of FACET_NAMES)
      expect(empty.facets[name as FacetName]).toEqual({ name, values: [], distinct: 0 });
  });
});

describe('firstNewest', () => {
  const published = fc.array(
    fc.option(fc.constantFrom('2015', '2018-05', '2020-01-31', '2020', '2023-11', '', '2020-01'), {
      nil: undefined,
    }),
    { maxLength: 60 },
  );

  it("gives the first records of the index's newest order", () => {
    fc.assert(
      fc.property(published, fc.integer({ min: 0, max: 70 }), (dates, count) => {
        const docs = dates.map((date, i) => minimalResource({ id: `r${i}`, published: date || undefined }));
        const order = createIndex(docs)
          .searchSync({ ...EMPTY_QUERY, sort: 'newest', pageSize: 100 })
          .hits.map((h) => +h.resource.id.slice(1));
        expect(firstNewest(dates, count)).toEqual(order.slice(0, count));
      }),
      { numRuns: 200 },
    );
  });

  it('takes undated and non-string values last, and any count', () => {
    const dates = ['2019', undefined, '2021', 42 as unknown as string, '2021', ''];
    expect(firstNewest(dates, 10)).toEqual([2, 4, 0, 1, 3, 5]);
    expect(firstNewest(dates, 2)).toEqual([2, 4]);
    expect(firstNewest(dates, 0)).toEqual([]);
    expect(firstNewest(dates, -1)).toEqual([]);
    expect(firstNewest(dates, Number.NaN)).toEqual([]);
    expect(firstNewest(dates, 2.7)).toEqual([2, 4]);
    expect(firstNewest([], 5)).toEqual([]);
  });
});
