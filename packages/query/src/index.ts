/**
 * @asm-kit/query: headless faceted search for ASM knowledge libraries. Build an index once with createIndex,
 * then ask it (or any SearchSource) for hits, live facet counts, sorted pages and highlights; keep the user
 * state in the URL with queryToParams / queryFromParams, and in a UI with createStore.
 */
export type {
  DisplayedText,
  Facet,
  FacetName,
  FacetValue,
  FilterName,
  Filters,
  Hit,
  Query,
  Range,
  SearchIndex,
  SearchOptions,
  SearchResult,
  SearchSource,
  SortOrder,
} from './query.js';
export { EMPTY_QUERY } from './query.js';
export { createIndex } from './create-index.js';
export { createStore } from './store.js';
export type { Store, StoreState, StoreStatus } from './store.js';
export { queryFromParams, queryToParams } from './url-state.js';
export type { UrlStateOptions } from './url-state.js';
