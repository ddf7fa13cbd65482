import type { FacetName, Filters, FilterName, Query } from '@asm-kit/query';
import { FACETS, MAX_PAGE_SIZE, SORT_ORDERS, queryFromParams, urlParamNames } from '@asm-kit/query';
import type { LibrarySearchOptions } from '../search.js';

/** Parameters of GET /v1/search besides url-state's own: the UI language, locked filters, facets to count. */
export const UI_LANGUAGE_PARAM = 'ui';
/** A locked filter is its url-state parameter with this prefix: `lock-country=GH`. */
export const LOCK_PREFIX = 'lock-';
export const FACETS_PARAM = 'facets';

// Bounds: a request beyond them is refused (400) rather than trimmed, so a client learns its mistake.
export const MAX_QUERY_STRING = 8192;
const MAX_TEXT = 256;
const MAX_VALUES = 50;
const MAX_VALUE_LENGTH = 200;
const MAX_PAGE = 1_000_000;

/** A search request: what to ask the library, or why the request is refused. */
export type SearchRequest = { query: Query; options: LibrarySearchOptions } | { error: string };

/**
 * Reads GET /v1/search parameters: exactly url-state's (q, one per facet, sort, page, size) read by
 * queryFromParams, plus `ui` (the UI language), `lock-<facet param>` (the embedding page's fixed filters) and
 * `facets` (a comma list of facets to count). Unknown parameters and parameters out of bounds are refused.
 */
export function readSearchParams(search: string): SearchRequest {
  if (search.length > MAX_QUERY_STRING)
    return { error: `the query string is longer than ${MAX_QUERY_STRING}` };
  const params = new URLSearchParams(search);
  const known = new Set([
    ...urlParamNames(),
    UI_LANGUAGE_PARAM,
    FACETS_PARAM,
    ...FACETS.filter((f) => !f.range).map((f) => LOCK_PREFIX + f.param),
  ]);
  const names = new Set(params.keys());
  for (const name of names) {
    if (!known.has(name)) return { error: `unknown parameter '${name.slice(0, 40)}'` };
    const values = params.getAll(name);
    if (values.length > MAX_VALUES) return { error: `more than ${MAX_VALUES} values of '${name}'` };
    const limit = name === 'q' ? MAX_TEXT : MAX_VALUE_LENGTH;
    if (values.some((v) => v.length > limit))
      return { error: `a value of '${name}' is longer than ${limit}` };
  }
  for (const name of ['q', 'sort', 'page', 'size', UI_LANGUAGE_PARAM, FACETS_PARAM]) {
    if (params.getAll(name).length > 1) return { error: `'${name}' is given more than once` };
  }
  const sort = params.get('sort');
  if (sort !== null && !(SORT_ORDERS as readonly string[]).includes(sort)) {
    return { error: `sort must be one of ${SORT_ORDERS.join(', ')}` };
  }
  const page = params.get('page');
  if (page !== null && !(/^\d{1,7}$/.test(page) && +page >= 1 && +page <= MAX_PAGE)) {
    return { error: `page must be a whole number from 1 to ${MAX_PAGE}` };
  }
  const size = params.get('size');
  if (size !== null && !(/^\d{1,3}$/.test(size) && +size >= 1 && +size <= MAX_PAGE_SIZE)) {
    return { error: `size must be a whole number from 1 to ${MAX_PAGE_SIZE}` };
  }

  const query = queryFromParams(params);
  const options: LibrarySearchOptions = {};
  const language = params.get(UI_LANGUAGE_PARAM);
  if (language) {
    if (!/^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i.test(language)) return { error: `'ui' must be a language tag` };
    options.language = language;
  }
  const locked: Filters = {};
  for (const facet of FACETS) {
    const values = params.getAll(LOCK_PREFIX + facet.param).map((v) => facet.canonical(v));
    if (values.length) (locked as Record<FilterName, string[]>)[facet.name as FilterName] = values;
  }
  if (Object.keys(locked).length) options.locked = locked;
  const facets = params.get(FACETS_PARAM);
  if (facets !== null) {
    const names = facets.split(',').filter((n) => n);
    const unknown = names.find((n) => !FACETS.some((f) => f.name === n));
    if (unknown) return { error: `'facets' names an unknown facet '${unknown.slice(0, 40)}'` };
    Object.assign(options, { facets: names as FacetName[] });
  }
  return { query, options };
}
