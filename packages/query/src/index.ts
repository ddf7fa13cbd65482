/**
 * @asm-kit/query: headless faceted search for ASM knowledge libraries. Build an index once with createIndex,
 * then ask it (or any SearchSource) for hits, live facet counts, sorted pages and highlights; keep the user
 * state in the URL with queryToParams / queryFromParams, and in a UI with createStore. Every facet is one entry
 * of the FACETS table.
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
export { DEFAULT_PAGE_SIZE, EMPTY_QUERY, MAX_PAGE_SIZE, SORT_ORDERS, isSortOrder } from './query.js';
export type { FacetDefinition } from './facets.js';
export {
  DEFAULT_FACETS,
  FACETS,
  FACET_NAMES,
  FILTER_NAMES,
  facetDefinition,
  facetLabel,
  isFacetName,
} from './facets.js';
export { createIndex, createIndexInSteps } from './create-index.js';
export { firstNewest } from './sort.js';
export { createStore } from './store.js';
export type { Store, StoreState, StoreStatus } from './store.js';
export { queryFromParams, queryToParams, urlParamNames } from './url-state.js';
export type { UrlStateOptions } from './url-state.js';
