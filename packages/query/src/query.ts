import type { Resource } from '@asm-kit/schema';
import type { FacetName, FilterName } from './facets.js';

export type { FacetName, FilterName } from './facets.js';
/** Selected values per facet: OR inside a facet, AND across facets. */
export type Filters = Partial<Record<FilterName, readonly string[]>>;

/** Result orders, in the order a UI offers them. */
export const SORT_ORDERS = ['relevance', 'newest', 'oldest', 'title'] as const;
/** Result order; `undefined` in a query means relevance with text and newest without. */
export type SortOrder = (typeof SORT_ORDERS)[number];
/** Whether `value` is one of the {@link SORT_ORDERS}. */
export function isSortOrder(value: unknown): value is SortOrder {
  return (SORT_ORDERS as readonly unknown[]).includes(value);
}

/** Results per page when a query does not say (or says something out of range). */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page size a query may ask for; a larger one falls back to {@link DEFAULT_PAGE_SIZE}. */
export const MAX_PAGE_SIZE = 100;

/** What a visitor asked for: the whole user state of a list, serialisable to the URL. */
export interface Query {
  /** Free text; '' when none. */
  text: string;
  filters: Filters;
  /** Inclusive year range; resources without a year are excluded when either end is set. */
  years: { from?: number; to?: number };
  sort?: SortOrder;
  /** 1-based; clamped into range in results. */
  page: number;
  pageSize: number;
}

/**
 * The query of a list nobody has touched. Frozen so no caller can change the default for everyone; built
 * behind a pure annotation so that a bundle that never uses it drops it.
 */
export const EMPTY_QUERY: Query = /* @__PURE__ */ Object.freeze({
  text: '',
  filters: {},
  years: {},
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
});

/** Per-call settings the visitor does not control. */
export interface SearchOptions {
  /** Aborts a pending search of an asynchronous source. */
  signal?: AbortSignal;
  /** The embedding page's fixed filters: always applied, never part of user state. */
  locked?: Filters;
  /** UI language: chooses displayed text, highlights, title collation and label order. */
  language?: string;
  /**
   * Count only these facets; others come back with no values and distinct 0 (default: all). A UI passes the
   * facets it shows: counting is most of the work of a query without text.
   */
  facets?: readonly FacetName[];
}

/** UTF-16 offsets into a displayed text, end exclusive. */
export type Range = readonly [start: number, end: number];
/** Text shown for a hit in the language picked for the UI, with the ranges the query matched. */
export interface DisplayedText {
  language: string;
  text: string;
  highlights: Range[];
}
/** One result. */
export interface Hit {
  resource: Resource;
  score: number;
  title: DisplayedText;
  summary?: DisplayedText;
}
/** One value of a facet with the number of results it would give. */
export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}
/** Counts of one facet, sorted by count (descending) then label in the UI language. */
export interface Facet {
  name: FacetName;
  values: FacetValue[];
  /** Number of values listed. */
  distinct: number;
}
/** Everything a UI needs to render one state of a list. */
export interface SearchResult {
  /** The query as applied: page clamped, sort resolved. */
  query: Query;
  hits: Hit[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: SortOrder;
  /** Disjunctive counts: each facet applies every other facet's selection but not its own. */
  facets: Record<FacetName, Facet>;
  /** Span of years available, for a range control. */
  years: { min?: number; max?: number };
}
/** Anything that answers queries: the in-memory index, or later a remote engine. */
export interface SearchSource {
  search(query: Query, options?: SearchOptions): Promise<SearchResult>;
}
/** The in-memory index, which can also answer synchronously. */
export interface SearchIndex extends SearchSource {
  readonly size: number;
  searchSync(query: Query, options?: SearchOptions): SearchResult;
}
