import type { Resource } from '@asm-kit/schema';
import type {
  Facet,
  FacetName,
  FilterName,
  Hit,
  Query,
  SearchOptions,
  SearchResult,
  SortOrder,
} from '@asm-kit/query';
import { FACETS } from '@asm-kit/query';
import { normalizeQuery, queryTerms } from '@asm-kit/query/engine';
import type { Database, Queryable } from './db.js';
import type { Provenance } from './federate.js';
import { displayedText } from './internal/display.js';
import { expandWords } from './internal/expand.js';
import type { LibraryCache, LibraryState } from './internal/library-state.js';
import { exoticTitleRanks, libraryState, valueOrder } from './internal/library-state.js';
import { countedFacets, lockedFilters, searchStatement } from './internal/search-statement.js';
import { fromSqlText } from './internal/sql-text.js';

/** A hit of the library: a {@link Hit} with the catalogue records it stands for. */
export interface LibraryHit extends Hit {
  sources: Provenance[];
}

/** A {@link SearchResult} whose hits list their sources. */
export interface LibrarySearchResult extends SearchResult {
  hits: LibraryHit[];
}

/** Settings of a search besides the query: the same as the in-memory index's, and a time limit. */
export interface LibrarySearchOptions extends SearchOptions {
  /** Longest a search may run in the database, in milliseconds (statement_timeout); default 10 s. */
  timeoutMs?: number;
}

const RANGE = FACETS.findIndex((f) => f.range);
// Results kept per library version (a browse page of 100 hits is about 200 KB).
const MAX_CACHED_RESULTS = 200;

interface PageRow {
  ord: number;
  score: number;
  resource: Resource;
}
interface SearchRow {
  total: number;
  page: PageRow[];
  /** Count of each facet value (by code) among hits and disjunctive near-hits. */
  counts: [code: number, count: number][];
}

/** Everything a result depends on besides the library: the normalised query and the options that matter. */
function requestKey(state: LibraryState, query: Query, options: SearchOptions): string {
  const lang = (typeof options.language === 'string' && options.language) || state.defaultLanguage || 'en';
  return JSON.stringify([query, lang, [...lockedFilters(options.locked)], countedFacets(options)]);
}

/**
 * Runs a query on the library with the contract of @asm-kit/query's in-memory index: the same normalised query,
 * text rules, filters, disjunctive counts, orders, paging and highlights, in one read-only snapshot.
 */
export async function searchLibrary(
  db: Database,
  cache: LibraryCache,
  input: unknown,
  options: LibrarySearchOptions = {},
): Promise<LibrarySearchResult> {
  options.signal?.throwIfAborted();
  const query = normalizeQuery(input);
  const result = await db.transaction('read', async (tx) => {
    await tx.query("select set_config('statement_timeout', $1, true)", [`${options.timeoutMs ?? 10_000}`]);
    // Counting a browse of 100k resources groups about a million values: in memory, not in temporary files.
    await tx.query("select set_config('work_mem', '32MB', true)");
    const state = await libraryState(tx, cache);
    // The response cache lives with the library version: a load starts a new, empty one.
    const key = requestKey(state, query, options);
    const cached = state.results.get(key) as LibrarySearchResult | undefined;
    if (cached) {
      state.results.delete(key);
      state.results.set(key, cached);
      return structuredClone(cached);
    }
    const fresh = await run(tx, state, query, options);
    state.results.set(key, structuredClone(fresh));
    if (state.results.size > MAX_CACHED_RESULTS) state.results.delete(state.results.keys().next().value!);
    return fresh;
  });
  options.signal?.throwIfAborted();
  return result;
}

async function run(
  tx: Queryable,
  state: LibraryState,
  query: Query,
  options: SearchOptions,
): Promise<LibrarySearchResult> {
  const lang = (typeof options.language === 'string' && options.language) || state.defaultLanguage || 'en';
  const { terms, prefix } = queryTerms(query.text);
  const words = await expandWords(tx, terms, prefix, state.resourceCount);
  const sort: SortOrder = query.sort ?? (terms.length ? 'relevance' : 'newest');
  const counted = countedFacets(options);
  // A language whose title order was not computed at load is sorted now, once per library version.
  const titleRanks =
    sort === 'title' && !state.titleLanguages.includes(lang)
      ? await exoticTitleRanks(tx, state, lang)
      : undefined;
  const statement = searchStatement({
    query,
    options,
    state,
    words,
    lang,
    sort,
    counted,
    ...(titleRanks ? { titleRanks } : {}),
  });
  const [row] = await tx.query<SearchRow>(statement.text, statement.values);
  const { total, page: pageRows, counts: countRows } = row!;

  const pageSize = query.pageSize;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);

  const sources = await provenanceOf(
    tx,
    pageRows.map((p) => p.ord),
  );
  const matched = words.length ? new Set(words.flatMap((w) => w.all)) : undefined;
  const firsts = terms.map((t) => t[0]).join('');
  const languages = [lang, ...(state.defaultLanguage ? [state.defaultLanguage] : [])];
  const hits: LibraryHit[] = pageRows.map((p) => {
    const hit: LibraryHit = {
      resource: p.resource,
      score: terms.length ? p.score : 0,
      title: displayedText(p.resource.title, languages, firsts, matched),
      sources: sources.get(p.ord) ?? [],
    };
    if (p.resource.summary) hit.summary = displayedText(p.resource.summary, languages, firsts, matched);
    return hit;
  });

  const facets = facetLists(state, query, countRows, lang, counted);
  const span = RANGE >= 0 ? facets[FACETS[RANGE]!.name].values.map((v) => +v.value) : [];
  const years = span.length ? { min: Math.min(...span), max: Math.max(...span) } : {};
  return { query: { ...query, page, sort }, hits, total, page, pageSize, pageCount, sort, facets, years };
}

/** The sources of each resource of a page, in catalogue load order. */
async function provenanceOf(tx: Queryable, ords: number[]): Promise<Map<number, Provenance[]>> {
  const out = new Map<number, Provenance[]>();
  if (!ords.length) return out;
  const rows = await tx.query<{ ord: number; source: string; record_id: string; url: string | null }>(
    `select p.ord, p.source, p.record_id, p.url from asm_provenance p join asm_sources s using (source)
     where p.ord = any($1::int[]) order by p.ord, s.position`,
    [ords],
  );
  for (const r of rows) {
    const list = out.get(r.ord) ?? [];
    list.push({ source: r.source, id: r.record_id, ...(r.url ? { url: fromSqlText(r.url) } : {}) });
    out.set(r.ord, list);
  }
  return out;
}

/** Facet values as the index lists them: counted or selected, by count then label, unknown selections last. */
function facetLists(
  state: LibraryState,
  query: Query,
  rows: SearchRow['counts'],
  lang: string,
  counted: boolean[],
): Record<FacetName, Facet> {
  const countsOf = new Map<string, Map<string, number>>();
  for (const [code, n] of rows) {
    const { facet, value } = state.valueOfCode.get(code)!;
    let m = countsOf.get(facet);
    if (!m) countsOf.set(facet, (m = new Map()));
    m.set(value, n);
  }
  const { from, to } = query.years;
  const ranged = from !== undefined || to !== undefined;
  const facets = {} as Record<FacetName, Facet>;
  FACETS.forEach((facet, f) => {
    const name = facet.name;
    if (!counted[f]) {
      facets[name] = { name, values: [], distinct: 0 };
      return;
    }
    const counts = countsOf.get(name) ?? new Map<string, number>();
    const known = state.facetValues.get(name) ?? new Map<string, number>();
    const chosen = facet.range ? [] : (query.filters[name as FilterName] ?? []);
    const selected = (v: string): boolean =>
      facet.range
        ? ranged && +v >= (from ?? -Infinity) && +v <= (to ?? Infinity)
        : chosen.includes(v) && known.has(v);
    const list = new Set(counts.keys());
    for (const v of chosen) if (known.has(v)) list.add(v);
    const ranks = valueOrder(state, f, lang);
    const values = [...list]
      .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || ranks.get(a)! - ranks.get(b)!)
      .map((value) => ({ value, count: counts.get(value) ?? 0, selected: selected(value) }));
    for (const v of chosen) if (!known.has(v)) values.push({ value: v, count: 0, selected: true });
    facets[name] = { name, values, distinct: values.length };
  });
  return facets;
}
