import type { Resource } from '@asm-kit/schema';
import { UI_LANGUAGES, regionsOfCountry, termLabel } from '@asm-kit/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIndex } from './create-index.js';
import { minimalResource } from '@asm-kit/schema/testing';
import { tokenize } from './internal/tokenize.js';
import type { FacetName, Filters, Query } from './query.js';

// A deliberately slow, obviously correct model of the search, to compare the index against.

/** Plain optimal-string-alignment distance, full matrix. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

function words(r: Resource): Set<string> {
  const texts = [
    ...Object.values(r.title),
    ...r.keywords,
    ...UI_LANGUAGES.map((l) => termLabel('resourceTypes', r.type, l)),
    ...r.knowledgeAreas.flatMap((a) => UI_LANGUAGES.map((l) => termLabel('knowledgeAreas', a, l))),
    ...r.authors.map((a) => a.name),
    ...r.organizations.map((o) => o.name),
    ...Object.values(r.summary ?? {}),
    r.credit ?? '',
  ];
  return new Set(texts.flatMap(tokenize));
}

function textMatches(r: Resource, text: string): boolean {
  const terms = [...new Set(tokenize(text))];
  const prefix = !/\s$/.test(text);
  const vocabulary = [...words(r)];
  return terms.every((t, i) =>
    vocabulary.some((w) => {
      if (w === t || (prefix && i === terms.length - 1 && w.startsWith(t))) return true;
      const max = t.length < 5 ? 0 : t.length < 9 ? 1 : 2;
      return max > 0 && w[0] === t[0] && distance(t, w) <= max;
    }),
  );
}

function values(r: Resource, facet: FacetName): string[] {
  switch (facet) {
    case 'type':
      return [r.type];
    case 'area':
      return r.knowledgeAreas;
    case 'language':
      return r.languages;
    case 'country':
      return r.countries;
    case 'region':
      return [...new Set(r.countries.flatMap((c) => regionsOfCountry(c)))];
    case 'organization':
      return [...new Set(r.organizations.map((o) => o.name))];
    case 'project':
      return r.project ? [r.project] : [];
    case 'access':
      return r.access ? [r.access] : [];
    case 'year':
      return r.published ? [r.published.slice(0, 4)] : [];
  }
}

const FACETS: FacetName[] = [
  'type',
  'area',
  'language',
  'country',
  'region',
  'organization',
  'project',
  'access',
  'year',
];

function passes(r: Resource, facet: FacetName, query: Query, locked: Filters): boolean {
  const vs = values(r, facet);
  if (facet === 'year') {
    const { from, to } = query.years;
    if (from === undefined && to === undefined) return true;
    return vs.some((y) => +y >= (from ?? -Infinity) && +y <= (to ?? Infinity));
  }
  const lockedValues = locked[facet];
  if (lockedValues?.length && !vs.some((v) => lockedValues.includes(v))) return false;
  const selected = query.filters[facet];
  return !selected?.length || vs.some((v) => selected.includes(v));
}

function reference(docs: Resource[], query: Query, locked: Filters) {
  const base = docs.filter((r) => query.text.trim() === '' || textMatches(r, query.text));
  const lockedOnly = (r: Resource) =>
    FACETS.every(
      (f) =>
        f === 'year' ||
        !locked[f as keyof Filters]?.length ||
        passes(r, f, { ...query, filters: {}, years: {} }, locked),
    );
  const hits = base.filter((r) => lockedOnly(r) && FACETS.every((f) => passes(r, f, query, locked)));
  const counts = Object.fromEntries(
    FACETS.map((facet) => {
      const map = new Map<string, number>();
      for (const r of base) {
        if (!lockedOnly(r) || !FACETS.every((f) => f === facet || passes(r, f, query, locked))) continue;
        for (const v of values(r, facet)) map.set(v, (map.get(v) ?? 0) + 1);
      }
      return [facet, map];
    }),
  ) as Record<FacetName, Map<string, number>>;
  return { hits, counts };
}

const VOCABULARY = [
  'minería',
  'mineria',
  'mining',
  'miner',
  'côte',
  'Cote',
  'gold',
  'golden',
  'mercury',
  'mercure',
  'mercurio',
  'formalisation',
  'formalization',
  'ghana',
  'perú',
  'water',
  'women',
];
const TYPES = ['report', 'guide', 'video', 'case-study'];
const AREAS = ['gender', 'health', 'formalization', 'mercury-reduction'];
const LANGS = ['en', 'fr', 'es-419'];
const COUNTRIES = ['GH', 'PE', 'CO', 'CI', 'BF', 'MN'];
const ORGS = ['UNEP', 'UNDP', 'Alliance for Responsible Mining'];
const PROJECTS = ['planetGOLD Ghana', 'planetGOLD Peru'];
const ACCESS = ['open', 'registration', 'paywalled'] as const;

const sentence = fc
  .array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 5 })
  .map((w) => w.join(' '));
const docArb = fc.record({
  title: fc.dictionary(fc.constantFrom('en', 'fr', 'es'), sentence, { minKeys: 1 }),
  summary: fc.option(fc.dictionary(fc.constantFrom('en', 'fr'), sentence, { minKeys: 1 }), {
    nil: undefined,
  }),
  type: fc.constantFrom(...TYPES),
  knowledgeAreas: fc.uniqueArray(fc.constantFrom(...AREAS), { maxLength: 2 }),
  keywords: fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 2 }),
  languages: fc.uniqueArray(fc.constantFrom(...LANGS), { maxLength: 2 }),
  countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 3 }),
  organizations: fc
    .uniqueArray(fc.constantFrom(...ORGS), { maxLength: 2 })
    .map((ns) => ns.map((name) => ({ name, role: 'author' as const }))),
  project: fc.option(fc.constantFrom(...PROJECTS), { nil: undefined }),
  access: fc.option(fc.constantFrom(...ACCESS), { nil: undefined }),
  published: fc.option(fc.constantFrom('2015', '2018-05', '2020-01-31', '2020', '2023-11'), {
    nil: undefined,
  }),
  credit: fc.option(sentence, { nil: undefined }),
});
const catalogueArb = fc.array(docArb, { maxLength: 40 }).map((docs) =>
  docs.map((d, i) => {
    const r: Partial<Resource> & { id: string } = { id: `r${i}`, ...d } as Partial<Resource> & { id: string };
    for (const key of Object.keys(r) as (keyof Resource)[]) if (r[key] === undefined) delete r[key];
    return minimalResource(r);
  }),
);

const mutate = (w: string) =>
  fc.oneof(
    fc.constant(w),
    fc.integer({ min: 1, max: Math.max(1, w.length - 1) }).map((n) => w.slice(0, n)),
    fc.integer({ min: 1, max: Math.max(1, w.length - 1) }).map((i) => w.slice(0, i) + 'x' + w.slice(i + 1)),
    fc
      .integer({ min: 1, max: Math.max(1, w.length - 2) })
      .map((i) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)),
  );
const textArb = fc.oneof(
  { arbitrary: fc.constant(''), weight: 1 },
  {
    arbitrary: fc
      .tuple(
        fc.array(fc.constantFrom(...VOCABULARY).chain(mutate), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
      )
      .map(([ws, space]) => ws.join(' ') + (space ? ' ' : '')),
    weight: 4,
  },
);
// Most facets unfiltered, so queries keep hits and each facet's disjunctive counts differ from the hits' counts.
const pick = <T>(xs: readonly T[]) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 5 },
    { arbitrary: fc.uniqueArray(fc.constantFrom(...xs), { minLength: 1, maxLength: 2 }), weight: 1 },
  );
const filtersArb = fc.record({
  type: pick([...TYPES, 'unknown-type']),
  area: pick(AREAS),
  language: pick(LANGS),
  country: pick(COUNTRIES),
  region: pick(['002', '011', '419', '142']),
  organization: pick(ORGS),
  project: pick(PROJECTS),
  access: pick(ACCESS),
});
const clean = (f: Record<string, readonly string[] | undefined>): Filters =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as Filters;
const queryArb = fc.record({
  text: textArb,
  filters: filtersArb.map(clean),
  years: fc.constantFrom({}, { from: 2018 }, { to: 2020 }, { from: 2016, to: 2020 }),
  sort: fc.constantFrom(undefined, 'relevance', 'newest', 'oldest', 'title'),
  page: fc.constant(1),
  pageSize: fc.constant(100),
}) as fc.Arbitrary<Query>;
// The facets to count: all (undefined), or some.
const askedArb = fc.option(fc.subarray(FACETS), { nil: undefined });
const lockedArb = fc.oneof(
  fc.constant({}),
  fc.record({ country: pick(COUNTRIES), type: pick(TYPES) }).map(clean),
);

describe('search against a naive reference', () => {
  it('returns the same hits and every facet count asked for', () => {
    fc.assert(
      fc.property(catalogueArb, queryArb, lockedArb, askedArb, (docs, query, locked, asked) => {
        const result = createIndex(docs).searchSync(query, { locked, language: 'en', facets: asked });
        const expected = reference(docs, query, locked);
        expect(result.hits.map((h) => h.resource.id).sort()).toEqual(expected.hits.map((r) => r.id).sort());
        expect(result.total).toBe(expected.hits.length);
        for (const facet of FACETS) {
          const got = result.facets[facet];
          if (asked && !asked.includes(facet)) {
            expect(got).toEqual({ name: facet, values: [], distinct: 0 });
            continue;
          }
          const counted = new Map(got.values.filter((v) => v.count > 0).map((v) => [v.value, v.count]));
          expect(counted, facet).toEqual(expected.counts[facet]);
          const selected = facet === 'year' ? [] : (query.filters[facet as keyof Filters] ?? []);
          for (const v of selected)
            expect(got.values.find((x) => x.value === v)?.selected, `${facet} ${v}`).toBe(true);
          for (let i = 1; i < got.values.length; i++) {
            expect(got.values[i - 1]!.count).toBeGreaterThanOrEqual(got.values[i]!.count);
          }
          expect(got.distinct).toBe(got.values.length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('orders by date like a plain sort, undated last', () => {
    fc.assert(
      fc.property(
        catalogueArb,
        fc.constantFrom('newest', 'oldest') as fc.Arbitrary<'newest' | 'oldest'>,
        (docs, sort) => {
          const result = createIndex(docs).searchSync({
            text: '',
            filters: {},
            years: {},
            sort,
            page: 1,
            pageSize: 100,
          });
          const sign = sort === 'newest' ? -1 : 1;
          const expected = [...docs]
            .map((r, i) => ({ r, i }))
            .sort((a, b) => {
              const x = a.r.published ?? '';
              const y = b.r.published ?? '';
              if (x === y) return a.i - b.i;
              if (!x || !y) return x ? -1 : 1;
              return (x < y ? -1 : 1) * sign;
            })
            .map(({ r }) => r.id);
          expect(result.hits.map((h) => h.resource.id)).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
