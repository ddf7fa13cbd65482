import { EMPTY_QUERY, MAX_PAGE_SIZE } from './query.js';
import type { FacetName, Filters, Hit, Query, SearchOptions, SearchResult, SearchSource } from './query.js';
import { normalizeQuery } from './internal/normalize.js';

/** Where the store is: nothing to search, waiting for a source, showing a result, or failed. */
export type StoreStatus = 'idle' | 'loading' | 'ready' | 'error';
/** A snapshot of the store; a new object on every change. */
export interface StoreState {
  query: Query;
  /** The last result; kept while a newer search is loading so a UI does not flash empty. */
  result?: SearchResult;
  status: StoreStatus;
  error?: unknown;
}
/** A small subscribable holder of one list's query and result, for any UI layer. */
export interface Store {
  getState(): StoreState;
  /** Merges a patch into the query; a change of text, filters, years or page size goes back to page 1 unless the patch sets a page. */
  setQuery(patch: Partial<Query>): void;
  setSource(source: SearchSource): void;
  /** Changes the locked filters, the language or the facets to count (see `SearchOptions`); searches again. */
  setOptions(options: { locked?: Filters; language?: string; facets?: readonly FacetName[] }): void;
  /** Calls `listener` on every change; returns the function that unsubscribes. */
  subscribe(listener: (state: StoreState) => void): () => void;
  /**
   * Every hit of the current query, in its order, not only the page shown (for exporting the results, or finding
   * the page a resource is on); `query` is merged over the current query first (`{ text: '', filters: {} }`: what
   * clearing the search would show). Read page by page from the source, yielding to the page between pages, so a
   * remote source answers it too and a large set does not block input. Empty without a source; rejects if `signal`
   * aborts or the source fails.
   */
  allHits(options?: { signal?: AbortSignal; query?: Partial<Query> }): Promise<Hit[]>;
}

const RESETS_PAGE: (keyof Query)[] = ['text', 'filters', 'years', 'pageSize'];

/**
 * Creates a store over a search source. Every change starts a search; the previous one is aborted and, should it
 * answer anyway, its answer is ignored: a request counter decides which response is the latest.
 */
export function createStore(options: {
  source?: SearchSource;
  query?: Partial<Query>;
  locked?: Filters;
  language?: string;
  /** Facets to count (default: all): a UI passes the ones it shows. */
  facets?: readonly FacetName[];
}): Store {
  let source = options.source;
  let settings: SearchOptions = {
    locked: options.locked,
    language: options.language,
    facets: options.facets,
  };
  let state: StoreState = { query: normalizeQuery({ ...EMPTY_QUERY, ...options.query }), status: 'idle' };
  const listeners = new Set<(state: StoreState) => void>();
  let request = 0;
  let controller: AbortController | undefined;

  const set = (patch: Partial<StoreState>): void => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener(state);
  };

  const refresh = (): void => {
    const id = ++request;
    controller?.abort();
    controller = undefined;
    if (!source) return set({ status: 'idle' });
    const ctrl = (controller = new AbortController());
    set({ status: 'loading', error: undefined });
    let pending: Promise<SearchResult>;
    try {
      pending = source.search(state.query, { ...settings, signal: ctrl.signal });
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (result) => {
        if (id !== request) return;
        // keep the clamped page, so a URL written from the state shows what is displayed
        set({ result, status: 'ready', query: { ...state.query, page: result.page } });
      },
      (error: unknown) => {
        if (id === request) set({ status: 'error', error });
      },
    );
  };

  const store: Store = {
    getState: () => state,
    setQuery(patch) {
      const query = normalizeQuery({ ...state.query, ...patch });
      if (patch.page === undefined && RESETS_PAGE.some((key) => key in patch)) query.page = 1;
      state = { ...state, query };
      refresh();
    },
    setSource(next) {
      source = next;
      refresh();
    },
    setOptions(next) {
      settings = { ...settings, ...next };
      refresh();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async allHits({ signal, query: patch } = {}) {
      const from = source;
      if (!from) return [];
      // The query and options of this moment: a visitor typing meanwhile does not mix two result sets.
      const query = normalizeQuery({ ...state.query, ...patch, pageSize: MAX_PAGE_SIZE });
      // Only the hits are wanted: no facet counts, on every page (most of a query's work without them).
      const options: SearchOptions = { ...settings, facets: [], signal };
      const hits: Hit[] = [];
      for (let page = 1; ; page++) {
        signal?.throwIfAborted();
        const result = await from.search({ ...query, page }, options);
        hits.push(...result.hits);
        if (page >= result.pageCount || !result.hits.length) return hits;
        await new Promise((resolve) => setTimeout(resolve));
      }
    },
  };
  if (source) refresh();
  return store;
}
