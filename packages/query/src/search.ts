import { FACETS } from './facets.js';
import type { IndexData } from './internal/data.js';
import { labelRanks } from './internal/labels.js';
import { matchText, queryTerms, scratchOf } from './internal/match.js';
import { normalizeQuery } from './internal/normalize.js';
import { displayed } from './highlight.js';
import type {
  Facet,
  FacetName,
  FilterName,
  Filters,
  Hit,
  SearchOptions,
  SearchResult,
  SortOrder,
} from './query.js';
import { globalOrder, topK } from './sort.js';

/** Column of the facet filtered by `Query.years` (the table's range facet), or -1. */
const RANGE = /* @__PURE__ */ FACETS.findIndex((f) => f.range);
// Bit of a failed locked filter; bit f is facet f's user filter (the table has far fewer than 30 facets).
const LOCKED = 1 << 30;

/** One mask per facet over its values, or undefined where the facet is not filtered. */
function masks(ix: IndexData, filters: Filters | undefined): (Uint8Array | undefined)[] {
  return ix.cols.map((col, f) => {
    const values = filters?.[FACETS[f]!.name as FilterName];
    if (!Array.isArray(values) || !values.length) return undefined;
    const m = new Uint8Array(col.values.length);
    for (const v of values) {
      const id = col.ids.get(v);
      if (id !== undefined) m[id] = 1;
    }
    return m;
  });
}

/**
 * Runs a query against an index: text match, filters, disjunctive facet counts, sort, page and highlights.
 * Counting is one pass over the text candidates: a document failing no filter is a hit and counts in every facet;
 * a document failing exactly one facet's filter counts only in that facet (disjunctive counts); others are skipped.
 */
export function run(ix: IndexData, input: unknown, options: SearchOptions = {}): SearchResult {
  const query = normalizeQuery(input);
  const lang = (typeof options.language === 'string' && options.language) || ix.defaultLanguage || 'en';
  const n = ix.docs.length;
  const s = scratchOf(ix);
  const { cols } = ix;

  const { terms, prefix } = queryTerms(query.text);
  // The text matches, or every document when there is no text.
  const candidates = s.candidates;
  let count = n;
  let mark = 0;
  if (terms.length) [count, mark] = matchText(ix, s, terms, prefix);

  const user = masks(ix, query.filters);
  const { from, to } = query.years;
  if (RANGE >= 0 && (from !== undefined || to !== undefined)) {
    user[RANGE] = Uint8Array.from(cols[RANGE]!.values, (y) =>
      +y >= (from ?? -Infinity) && +y <= (to ?? Infinity) ? 1 : 0,
    );
  }
  const locked = masks(ix, options.locked);

  // Which filters each candidate fails, one tight loop per filtered facet: bit f for the user's selection in
  // facet f, LOCKED for any locked filter.
  if (!terms.length) for (let i = 0; i < n; i++) candidates[i] = i;
  const failedFilters = s.failedFilters.fill(0, 0, count);
  const check = (f: number, m: Uint8Array, bit: number): void => {
    const { off, val } = cols[f]!;
    for (let i = 0; i < count; i++) {
      const d = candidates[i]!;
      let j = off[d]!;
      const e = off[d + 1]!;
      while (j < e && !m[val[j]!]) j++;
      if (j === e) failedFilters[i]! |= bit;
    }
  };
  locked.forEach((m, f) => m && check(f, m, LOCKED));
  user.forEach((m, f) => m && check(f, m, 1 << f));

  const { allOff, allVal } = ix;
  const valueCounts = s.valueCounts.fill(0);
  const hits = s.hits;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const d = candidates[i]!;
    const x = failedFilters[i]!;
    if (x === 0) {
      // A hit counts in every facet: one row holds all its values.
      hits[total++] = d;
      for (let j = allOff[d]!, e = allOff[d + 1]!; j < e; j++) valueCounts[allVal[j]!]!++;
    } else if ((x & (x - 1)) === 0 && x !== LOCKED) {
      // Fails only one facet's selection: counts for that facet alone (disjunctive counts).
      const { off, val, base } = cols[31 - Math.clz32(x)]!;
      for (let j = off[d]!, e = off[d + 1]!; j < e; j++) valueCounts[base + val[j]!]!++;
    }
  }

  // Sort and page.
  const sort: SortOrder = query.sort ?? (terms.length ? 'relevance' : 'newest');
  const pageSize = query.pageSize;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);
  const k = page * pageSize;
  let top: number[];
  if (sort === 'relevance') {
    const score = s.score;
    const rank = globalOrder(ix, 'newest').rank;
    top = topK(hits, total, k, (a, b) => (terms.length ? score[b]! - score[a]! : 0) || rank[a]! - rank[b]!);
  } else {
    const { rank, order } = globalOrder(ix, sort === 'title' ? 'title:' + lang : sort);
    if (total * 16 > n) {
      // Many hits: walk the global order and keep the hits, instead of sorting them.
      const docSeen = s.docSeen;
      const tick = ++s.tick;
      for (let i = 0; i < total; i++) docSeen[hits[i]!] = tick;
      top = [];
      for (let i = 0; i < n && top.length < k; i++) if (docSeen[order[i]!] === tick) top.push(order[i]!);
    } else top = topK(hits, total, k, (a, b) => rank[a]! - rank[b]!);
  }

  // Every matched term starts with the first letter of a query word (typos keep the first letter too), which
  // rules out most displayed words before a dictionary look-up.
  const firsts = terms.map((t) => t[0]).join('');
  const languages = [lang, ...(ix.defaultLanguage ? [ix.defaultLanguage] : [])];
  const hitList: Hit[] = top.slice(k - pageSize).map((d) => {
    const resource = ix.docs[d]!;
    const hit: Hit = {
      resource,
      score: terms.length ? s.score[d]! : 0,
      title: displayed(ix, resource.title, languages, s.termSeen, mark, firsts),
    };
    if (resource.summary) hit.summary = displayed(ix, resource.summary, languages, s.termSeen, mark, firsts);
    return hit;
  });

  // Facet values: counted or selected, by count then label.
  const facets = {} as Record<FacetName, Facet>;
  cols.forEach((col, f) => {
    const name = FACETS[f]!.name;
    const c = valueCounts.subarray(col.base, col.base + col.values.length);
    const selected = user[f];
    const ranks = labelRanks(ix, f, lang);
    const list: number[] = [];
    // Years inside the range are marked selected, but listed only when counted.
    for (let v = 0; v < c.length; v++) if (c[v] || (f !== RANGE && selected?.[v])) list.push(v);
    list.sort((a, b) => c[b]! - c[a]! || ranks[a]! - ranks[b]!);
    const values = list.map((v) => ({ value: col.values[v]!, count: c[v]!, selected: !!selected?.[v] }));
    // Selected values the catalogue does not have stay listed, at 0, so a UI can show and clear them.
    for (const v of query.filters[name as FilterName] ?? []) {
      if (!col.ids.has(v)) values.push({ value: v, count: 0, selected: true });
    }
    facets[name] = { name, values, distinct: values.length };
  });

  const span = RANGE >= 0 ? facets[FACETS[RANGE]!.name].values.map((v) => +v.value) : [];
  const years = span.length ? { min: Math.min(...span), max: Math.max(...span) } : {};

  return {
    query: { ...query, page, sort },
    hits: hitList,
    total,
    page,
    pageSize,
    pageCount,
    sort,
    facets,
    years,
  };
}
