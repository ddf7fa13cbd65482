import { FILTER_NAMES } from '../facets.js';
import type { Filters, Query } from '../query.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, isSortOrder } from '../query.js';

// Bounds keep hostile or accidental input (a pasted URL, a bad caller) from costing memory or time.
const MAX_TEXT = 256;
const MAX_VALUES = 50;
const MAX_VALUE_LENGTH = 200;
const MAX_PAGE = 1e6;

// Out-of-range numbers fall back to the default rather than to the bound: page 0 or size 1000 are mistakes.
const int = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && value >= min && value <= max ? Math.floor(value) : fallback;

const year = (value: unknown): number | undefined =>
  typeof value === 'number' && value >= 0 && value <= 9999 ? Math.floor(value) : undefined;

/** Keeps the valid, distinct, bounded string values of each known facet; drops empty lists. */
export function normalizeFilters(filters: unknown): Filters {
  const out: Filters = {};
  if (!filters || typeof filters !== 'object') return out;
  for (const name of FILTER_NAMES) {
    const list: unknown = (filters as Record<string, unknown>)[name];
    if (!Array.isArray(list)) continue;
    const values = new Set<string>();
    for (const v of list) {
      if (typeof v === 'string' && v && v.length <= MAX_VALUE_LENGTH && values.size < MAX_VALUES)
        values.add(v);
    }
    if (values.size) out[name] = [...values];
  }
  return out;
}

/** Turns anything into a well-formed query (never throws), so callers may pass partial or foreign objects. */
export function normalizeQuery(input: unknown): Query {
  const q = (input && typeof input === 'object' ? input : {}) as Partial<Record<keyof Query, unknown>>;
  const y = (q.years && typeof q.years === 'object' ? q.years : {}) as Record<string, unknown>;
  const years: Query['years'] = {};
  const from = year(y.from);
  const to = year(y.to);
  if (from !== undefined) years.from = from;
  if (to !== undefined) years.to = to;
  const out: Query = {
    text: typeof q.text === 'string' ? q.text.slice(0, MAX_TEXT) : '',
    filters: normalizeFilters(q.filters),
    years,
    page: int(q.page, 1, MAX_PAGE, 1),
    pageSize: int(q.pageSize, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
  };
  if (isSortOrder(q.sort)) out.sort = q.sort;
  return out;
}
