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

/** A filter on one facet: its bit in `failedFilters`, the selected values the index has, and a mask over values. */
interface Filter {
  f: number;
  bit: number;
  ids: number[];
  mask: Uint8Array;
  /** Documents with a selected value, counted with repeats: the cost of reading the filter's postings. */
  size: number;
}

function filterOf(ix: IndexData, f: number, bit: number, ids: number[]): Filter {
  const { values, start } = ix.cols[f]!;
  const mask = new Uint8Array(values.length);
  let size = 0;
  for (const id of ids) {
    if (mask[id]) continue;
    mask[id] = 1;
    size += start[id + 1]! - start[id]!;
  }
  return { f, bit, ids, mask, size };
}

/** The filters of a list of selections (user or locked), one per facet with a non-empty list. */
function filtersOf(ix: IndexData, filters: Filters | undefined, locked: boolean): Filter[] {
  const out: Filter[] = [];
  ix.cols.forEach((col, f) => {
    const values = filters?.[FACETS[f]!.name as FilterName];
    if (!Array.isArray(values) || !values.length) return;
    const ids: number[] = [];
    for (const v of values) {
      const id = col.ids.get(v);
      if (id !== undefined) ids.push(id);
    }
    out.push(filterOf(ix, f, locked ? LOCKED : 1 << f, ids));
  });
  return out;
}

const bySize = (a: Filter, b: Filter): number => a.size - b.size;

/**
 * Every facet value of each document in one row, numbered index-wide (`Column.base`): counting all facets of a
 * hit reads one row instead of one per facet. Built on the first query that counts every facet (like the sort
 * orders), so an index that only ever counts a few facets, and the build, do without it.
 */
function rowsOf(ix: IndexData): { off: Int32Array; val: Int32Array } {
  if (!ix.rows) {
    const n = ix.docs.length;
    const off = new Int32Array(n + 1);
    const val = new Int32Array(ix.cols.reduce((sum, c) => sum + c.val.length, 0));
    let k = 0;
    for (let d = 0; d < n; d++) {
      off[d] = k;
      for (const c of ix.cols) for (let j = c.off[d]!; j < c.off[d + 1]!; j++) val[k++] = c.base + c.val[j]!;
    }
    off[n] = k;
    ix.rows = { off, val };
  }
  return ix.rows;
}

/**
 * Runs a query against an index: text match, filters, disjunctive facet counts, sort, page and highlights.
 * Each candidate records which filters it fails: one failing none is a hit and counts in every facet; one failing
 * exactly one facet's filter counts only in that facet (disjunctive counts); others are skipped. The candidates are
 * the text matches; without text, only the documents that can count (see below). Only the facets asked for in
 * `options.facets` are counted.
 */
export function run(ix: IndexData, input: unknown, options: SearchOptions = {}): SearchResult {
  const query = normalizeQuery(input);
  const lang = (typeof options.language === 'string' && options.language) || ix.defaultLanguage || 'en';
  const n = ix.docs.length;
  const s = scratchOf(ix);
  const { cols } = ix;
  const F = cols.length;
  // Facets to count: those asked for, or all.
  const asked = options.facets;
  const counted = FACETS.map((d) => !Array.isArray(asked) || asked.includes(d.name));

  const { terms, prefix } = queryTerms(query.text);
  const candidates = s.candidates;
  let count = 0;
  let mark = 0;
  if (terms.length) [count, mark] = matchText(ix, s, terms, prefix);

  const user = filtersOf(ix, query.filters, false);
  const { from, to } = query.years;
  if (RANGE >= 0 && (from !== undefined || to !== undefined)) {
    const ids: number[] = [];
    cols[RANGE]!.values.forEach((y, id) => {
      if (+y >= (from ?? -Infinity) && +y <= (to ?? Infinity)) ids.push(id);
    });
    user.push(filterOf(ix, RANGE, 1 << RANGE, ids));
  }
  const locked = filtersOf(ix, options.locked, true);
  // Per facet: whether its counts are the index's own (the documents of each value), with no pass to make.
  const global: boolean[] = Array<boolean>(F).fill(false);

  // Which filters each candidate fails: bit f for the user's selection in facet f, LOCKED for any locked filter.
  const failedFilters = s.failedFilters;
  let toCheck = [...locked, ...user];
  if (!terms.length) {
    // Without text, only documents passing every locked filter and all but at most one user filter count. All of
    // them pass the smallest locked filter, and (with two user filters or more) one of the two smallest user
    // filters, so the candidates are read from the postings of those values instead of taken from every document;
    // the filters they come from are passed by construction, the others are checked below. With one user filter
    // and nothing locked, every document counts in that facet: its counts are the index's own, and the candidates
    // (its documents) are all hits. With no filter at all, every document is a hit and every count the index's.
    user.sort(bySize);
    const smallestLocked = [...locked].sort(bySize)[0];
    let seeds: Filter[];
    if (user.length >= 2 && (!smallestLocked || user[0]!.size + user[1]!.size < smallestLocked.size))
      seeds = user.slice(0, 2);
    else if (smallestLocked) seeds = [smallestLocked];
    else if (user.length === 1) {
      seeds = user;
      global[user[0]!.f] = true;
    } else {
      seeds = [];
      global.fill(true);
    }
    if (seeds.length) {
      const { docSeen, passedFilters } = s;
      const tick = ++s.tick;
      let seeded = 0;
      for (const { f, bit, ids } of seeds) {
        seeded |= bit;
        const { start, docs } = cols[f]!;
        for (const id of ids) {
          for (let p = start[id]!, e = start[id + 1]!; p < e; p++) {
            const d = docs[p]!;
            if (docSeen[d] !== tick) {
              docSeen[d] = tick;
              passedFilters[d] = bit;
              candidates[count++] = d;
            } else passedFilters[d]! |= bit;
          }
        }
      }
      for (let i = 0; i < count; i++) failedFilters[i] = seeded & ~passedFilters[candidates[i]!]!;
      toCheck = toCheck.filter((x) => !seeds.includes(x));
    } else {
      for (let i = 0; i < n; i++) candidates[i] = i;
      count = n;
      failedFilters.fill(0, 0, count);
    }
  } else failedFilters.fill(0, 0, count);

  // One tight loop per remaining filter over the candidates: with the postings of its values, or the rows of its
  // facet.
  for (const { f, mask, bit, ids, size } of toCheck) {
    const { off, val, one, start, docs } = cols[f]!;
    if (size < count) {
      // Fewer documents have a selected value than there are candidates: mark those, then one look-up each.
      const { docSeen } = s;
      const tick = ++s.tick;
      for (const id of ids) for (let p = start[id]!, e = start[id + 1]!; p < e; p++) docSeen[docs[p]!] = tick;
      for (let i = 0; i < count; i++) if (docSeen[candidates[i]!] !== tick) failedFilters[i]! |= bit;
      continue;
    }
    if (one) {
      // mask[-1] is undefined: a document without a value fails
      for (let i = 0; i < count; i++) if (!mask[one[candidates[i]!]!]) failedFilters[i]! |= bit;
      continue;
    }
    for (let i = 0; i < count; i++) {
      const d = candidates[i]!;
      let j = off[d]!;
      const e = off[d + 1]!;
      while (j < e && !mask[val[j]!]) j++;
      if (j === e) failedFilters[i]! |= bit;
    }
  }

  const hits = s.hits;
  let total = 0;
  for (let i = 0; i < count; i++) if (failedFilters[i] === 0) hits[total++] = candidates[i]!;

  // Counts over the hits, and over the candidates failing only one facet's user filter, one facet at a time; when
  // every facet counts the hits, one row of all their values per hit.
  const valueCounts = s.valueCounts.fill(0);
  const userBit = user.map((x) => x.bit).reduce((a, b) => a | b, 0);
  const rows = counted.every(Boolean) && !global.includes(true) ? rowsOf(ix) : undefined;
  if (rows) {
    const { off, val } = rows;
    for (let i = 0; i < total; i++) {
      const d = hits[i]!;
      for (let j = off[d]!, e = off[d + 1]!; j < e; j++) valueCounts[val[j]!]!++;
    }
  }
  for (let f = 0; f < F; f++) {
    if (!counted[f]) continue;
    const { off, val, base, start, one } = cols[f]!;
    if (global[f]) {
      for (let v = 0; v + 1 < start.length; v++) valueCounts[base + v] = start[v + 1]! - start[v]!;
      continue;
    }
    const bit = 1 << f;
    const near = (userBit & bit) !== 0;
    if (one) {
      // -1: no value
      for (let i = 0; i < total && !rows; i++) {
        const v = one[hits[i]!]!;
        if (v >= 0) valueCounts[base + v]!++;
      }
      if (near) {
        for (let i = 0; i < count; i++) {
          if (failedFilters[i] !== bit) continue;
          const v = one[candidates[i]!]!;
          if (v >= 0) valueCounts[base + v]!++;
        }
      }
      continue;
    }
    for (let i = 0; i < total && !rows; i++) {
      const d = hits[i]!;
      for (let j = off[d]!, e = off[d + 1]!; j < e; j++) valueCounts[base + val[j]!]!++;
    }
    if (!near) continue;
    for (let i = 0; i < count; i++) {
      if (failedFilters[i] !== bit) continue;
      const d = candidates[i]!;
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
    if (total === n) top = Array.from(order.subarray(0, k));
    else if (total * 16 > n) {
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
    if (!counted[f]) {
      facets[name] = { name, values: [], distinct: 0 };
      return;
    }
    const c = valueCounts.subarray(col.base, col.base + col.values.length);
    const selected = user.find((x) => x.f === f)?.mask;
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
