// The same work done with other libraries, for comparison. Each engine gets the same folded tokens (so counts can
// agree), the same facet values, and answers the same four kinds of query. Where a library has no facet counts,
// counts are taken over its hits, disjunctively, in plain JavaScript.
import type { Resource } from '@asm-kit/schema';
import { UI_LANGUAGES, regionsOfCountry, termLabel } from '@asm-kit/schema';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import itemsjs from 'itemsjs';
import MiniSearch from 'minisearch';
import { createIndex } from '../src/index.js';
import { tokenize } from '../src/internal/tokenize.js';

export const FACETS = [
  'type',
  'area',
  'language',
  'country',
  'region',
  'organization',
  'project',
  'access',
  'year',
] as const;
export type Facet = (typeof FACETS)[number];
export type BenchFilters = Partial<Record<Exclude<Facet, 'year'>, string[]>>;
export interface BenchQuery {
  text: string;
  filters: BenchFilters;
  /** Count facets, sort newest first (otherwise relevance), first page of 20. */
  facets: boolean;
  /** The facets to count when `facets` is set; every facet when absent. */
  counted?: readonly Facet[];
}
export interface Output {
  total: number;
  counts?: Partial<Record<Facet, Map<string, number>>>;
}
export interface Engine {
  name: string;
  build(docs: Resource[]): Promise<void> | void;
  run(q: BenchQuery): Promise<Output> | Output;
}

const PAGE = 20;
const typos = (t: string): number | false => (t.length < 5 ? false : t.length < 9 ? 1 : 2);

/** Facet values of a resource, as every engine sees them. */
export function facetValues(r: Resource): Record<Facet, string[]> {
  return {
    type: [r.type],
    area: r.knowledgeAreas,
    language: r.languages,
    country: r.countries,
    region: [...new Set(r.countries.flatMap((c) => regionsOfCountry(c)))],
    organization: [...new Set(r.organizations.map((o) => o.name))],
    project: r.project ? [r.project] : [],
    access: r.access ? [r.access] : [],
    year: r.published ? [r.published.slice(0, 4)] : [],
  };
}

/** Searchable text per field, folded and tokenized like the index does, joined by spaces. */
function fields(r: Resource) {
  const t = (texts: (string | undefined)[]) => texts.flatMap((x) => (x ? tokenize(x) : [])).join(' ');
  return {
    title: t(Object.values(r.title)),
    keywords: t(r.keywords),
    labels: t([
      ...UI_LANGUAGES.map((l) => termLabel('resourceTypes', r.type, l)),
      ...r.knowledgeAreas.flatMap((a) => UI_LANGUAGES.map((l) => termLabel('knowledgeAreas', a, l))),
    ]),
    people: t([...r.authors.map((a) => a.name), ...r.organizations.map((o) => o.name)]),
    summary: t(Object.values(r.summary ?? {})),
    credit: t([r.credit]),
  };
}

const dateKey = (r: Resource): number =>
  r.published ? Date.parse(r.published.padEnd(10, '-01-01').slice(0, 10)) : -1;

/** Disjunctive counting, sort and first page over a list of text hits, for engines without facet counts. */
function countOverHits(
  hits: Iterable<number>,
  values: Record<Facet, string[]>[],
  dates: number[],
  q: BenchQuery,
): Output {
  const filters = Object.entries(q.filters).map(
    ([f, vs]) => [FACETS.indexOf(f as Facet), new Set(vs)] as const,
  );
  const counts = FACETS.map(() => new Map<string, number>());
  const counted = FACETS.map((f) => !q.counted || q.counted.includes(f));
  const add = (f: number, d: number) => {
    if (!counted[f]) return;
    const m = counts[f]!;
    for (const v of values[d]![FACETS[f]!]) m.set(v, (m.get(v) ?? 0) + 1);
  };
  const kept: number[] = [];
  for (const d of hits) {
    let failed = -1;
    let fails = 0;
    for (const [f, set] of filters) {
      if (!values[d]![FACETS[f]!].some((v) => set.has(v))) {
        fails++;
        failed = f;
      }
    }
    if (fails === 0) {
      kept.push(d);
      if (q.facets) for (let f = 0; f < FACETS.length; f++) add(f, d);
    } else if (fails === 1 && q.facets) add(failed, d);
  }
  if (q.facets) kept.sort((a, b) => dates[b]! - dates[a]! || a - b);
  kept.slice(0, PAGE);
  return {
    total: kept.length,
    counts: q.facets
      ? Object.fromEntries(FACETS.flatMap((f, i) => (counted[i] ? [[f, counts[i]!]] : [])))
      : undefined,
  };
}

export const engines: (() => Engine)[] = [
  () => {
    let index: ReturnType<typeof createIndex>;
    return {
      name: '@asm-kit/query',
      build(docs) {
        index = createIndex(docs);
      },
      run(q) {
        const r = index.searchSync(
          {
            text: q.text,
            filters: q.filters,
            years: {},
            page: 1,
            pageSize: PAGE,
            sort: q.facets ? 'newest' : undefined,
          },
          { language: 'en', facets: q.counted },
        );
        const counts: Output['counts'] = {};
        for (const f of q.counted ?? FACETS)
          counts[f] = new Map(r.facets[f].values.filter((v) => v.count).map((v) => [v.value, v.count]));
        return { total: r.total, counts };
      },
    };
  },
  () => {
    let ms: MiniSearch;
    let values: Record<Facet, string[]>[];
    let dates: number[];
    return {
      name: 'minisearch 7.2.0',
      build(docs) {
        values = docs.map(facetValues);
        dates = docs.map(dateKey);
        ms = new MiniSearch({
          fields: ['title', 'keywords', 'labels', 'people', 'summary', 'credit'],
          idField: 'i',
          tokenize: (text) => text.split(' '),
          processTerm: (term) => term || null,
          searchOptions: {
            boost: { title: 4, keywords: 2, labels: 1.5, people: 1.5 },
            combineWith: 'AND',
            tokenize,
            prefix: (_term, i, terms) => i === terms.length - 1,
            fuzzy: (term) => typos(term),
          },
        });
        ms.addAll(docs.map((r, i) => ({ i, ...fields(r) })));
      },
      run(q) {
        const hits = q.text ? ms.search(q.text).map((h) => h.id as number) : values.keys();
        return countOverHits(hits, values, dates, q);
      },
    };
  },
  () => {
    type Db = ReturnType<typeof create>;
    let db: Db;
    return {
      name: '@orama/orama 3.1.18',
      async build(docs) {
        db = create({
          schema: {
            text: 'string',
            date: 'number',
            type: 'enum',
            area: 'enum[]',
            language: 'enum[]',
            country: 'enum[]',
            region: 'enum[]',
            organization: 'enum[]',
            project: 'enum',
            access: 'enum',
            year: 'enum',
          } as const,
        });
        const rows = docs.map((r) => {
          const v = facetValues(r);
          const f = fields(r);
          const row: Record<string, unknown> = {
            text: Object.values(f).join(' '),
            date: dateKey(r),
            type: r.type,
            area: v.area,
            language: v.language,
            country: v.country,
            region: v.region,
            organization: v.organization,
          };
          if (r.project) row.project = r.project;
          if (r.access) row.access = r.access;
          if (r.published) row.year = v.year[0];
          return row;
        });
        await insertMultiple(db, rows as never, 1000);
      },
      async run(q) {
        const where = (skip?: string) =>
          Object.fromEntries(
            Object.entries(q.filters)
              .filter(([f]) => f !== skip)
              .map(([f, vs]) => [
                f,
                f === 'type' || f === 'project' || f === 'access' ? { in: vs } : { containsAny: vs },
              ]),
          );
        const base = {
          term: q.text,
          properties: q.text ? ['text'] : undefined,
          threshold: 0,
          tolerance: 0,
          limit: PAGE,
        };
        if (!q.facets) {
          const r = await oramaSearch(db, base as never);
          return { total: r.count };
        }
        const counted = q.counted ?? FACETS;
        const all = Object.fromEntries(counted.map((f) => [f, { limit: 100000 }]));
        const r = await oramaSearch(db, {
          ...base,
          where: where(),
          facets: all,
          sortBy: { property: 'date', order: 'DESC' },
        } as never);
        const counts: Output['counts'] = {};
        const read = (facets: Record<string, { values: Record<string, number> }> | undefined, f: Facet) =>
          new Map(Object.entries(facets?.[f]?.values ?? {}).filter(([k, c]) => c > 0 && k !== ''));
        for (const f of counted) counts[f] = read(r.facets as never, f);
        // Orama's counts are conjunctive: each filtered facet needs one more search without its own filter.
        for (const f of (Object.keys(q.filters) as Facet[]).filter((f) => counted.includes(f))) {
          const own = await oramaSearch(db, {
            ...base,
            limit: 0,
            where: where(f),
            facets: { [f]: { limit: 100000 } },
          } as never);
          counts[f] = read(own.facets as never, f);
        }
        return { total: r.count, counts };
      },
    };
  },
  () => {
    type ItemsJs = ReturnType<typeof itemsjs>;
    let items: unknown[];
    // itemsjs counts every aggregation it is configured with, so a query counting fewer facets gets an instance
    // configured with only those (built on its first, untimed, query; the build column is the full instance).
    const instances = new Map<string, ItemsJs>();
    const instance = (counted: readonly Facet[]): ItemsJs => {
      const key = counted.join();
      let engine = instances.get(key);
      if (!engine) {
        engine = itemsjs(items, {
          searchableFields: ['title', 'keywords', 'labels', 'people', 'summary', 'credit'],
          aggregations: Object.fromEntries(counted.map((f) => [f, { conjunction: false, size: 100000 }])),
          sortings: { newest: { field: 'date', order: 'desc' } },
          isExactSearch: true,
          removeStopWordFilter: true,
        });
        instances.set(key, engine);
      }
      return engine;
    };
    return {
      name: 'itemsjs 2.4.4',
      build(docs) {
        items = docs.map((r, i) => ({ id: i, date: dateKey(r), ...fields(r), ...facetValues(r) }));
        instance(FACETS);
      },
      run(q) {
        const counted = q.counted ?? FACETS;
        const r = instance(counted).search({
          query: q.text ? tokenize(q.text).join(' ') : undefined,
          filters: q.filters,
          per_page: PAGE,
          page: 1,
          sort: q.facets ? 'newest' : undefined,
        });
        const counts: Output['counts'] = {};
        if (q.facets) {
          const aggregations = r.data.aggregations as Record<
            string,
            { buckets: { key: string; doc_count: number }[] }
          >;
          for (const f of counted) {
            counts[f] = new Map(
              aggregations[f]!.buckets.filter((b) => b.doc_count > 0).map((b) => [
                String(b.key),
                b.doc_count,
              ]),
            );
          }
        }
        return { total: r.pagination.total, counts: q.facets ? counts : undefined };
      },
    };
  },
];
