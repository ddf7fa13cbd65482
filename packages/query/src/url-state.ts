import type { FacetDefinition } from './facets.js';
import { FACETS } from './facets.js';
import type { FilterName, Query } from './query.js';
import { DEFAULT_PAGE_SIZE } from './query.js';
import { normalizeQuery } from './internal/normalize.js';

/** Settings of the URL mapping. */
export interface UrlStateOptions {
  /** Prepended to every parameter name so two lists can share one page: 'lib1-' gives 'lib1-q', 'lib1-type'. */
  prefix?: string;
}

/**
 * The URL parameter names the URL state owns for a prefix: q, every facet's param, sort, page, size (each
 * prefixed), in the order queryToParams writes them. A page that keeps other parameters can tell them apart.
 */
export function urlParamNames(prefix = ''): string[] {
  return ['q', ...FACETS.map((f) => f.param), 'sort', 'page', 'size'].map((name) => prefix + name);
}

const pad = (y?: number): string => (y === undefined ? '' : String(y).padStart(4, '0'));

/** Writes the user state of a list as URL parameters: defaults omitted, table order, repeated multi-values. */
export function queryToParams(query: Query, options?: UrlStateOptions): URLSearchParams {
  const p = options?.prefix ?? '';
  const params = new URLSearchParams();
  if (query.text) params.append(p + 'q', query.text);
  for (const facet of FACETS) {
    if (facet.range) {
      const { from, to } = query.years;
      if (from !== undefined || to !== undefined) params.append(p + facet.param, `${pad(from)}-${pad(to)}`);
    } else for (const v of query.filters[facet.name as FilterName] ?? []) params.append(p + facet.param, v);
  }
  if (query.sort) params.append(p + 'sort', query.sort);
  if (query.page > 1) params.append(p + 'page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.append(p + 'size', String(query.pageSize));
  return params;
}

/** A range parameter: 'from-to', 'from-', '-to', or one value for a one-value range; {} when malformed. */
function range(facet: FacetDefinition, value: string): Query['years'] {
  const dash = value.indexOf('-');
  const first = dash < 0 ? value : value.slice(0, dash);
  // a single year ('2020') is a one-year range
  const last = dash < 0 ? value : value.slice(dash + 1);
  if ((first && !facet.valid(first)) || (last && !facet.valid(last))) return {};
  const from = first ? +first : undefined;
  const to = last ? +last : undefined;
  return from !== undefined && to !== undefined && from > to ? {} : { from, to };
}

/**
 * Reads a query from URL parameters (or a query string). Unknown names ('__proto__' and 'constructor' included)
 * and values a facet does not accept are dropped, repeated values kept once; it never throws.
 */
export function queryFromParams(params: URLSearchParams | string, options?: UrlStateOptions): Query {
  const raw: Record<string, unknown> = {};
  try {
    const p = options?.prefix ?? '';
    const search = typeof params === 'string' ? new URLSearchParams(params.slice(0, 8192)) : params;
    const get = (name: string): string => search.get(p + name) ?? '';
    const filters: Partial<Record<FilterName, string[]>> = {};
    for (const facet of FACETS) {
      if (facet.range) raw.years = range(facet, get(facet.param));
      else {
        filters[facet.name as FilterName] = search
          .getAll(p + facet.param)
          .map((v) => facet.canonical(v))
          .filter((v) => facet.valid(v));
      }
    }
    const number = (name: string) => (/^\d{1,7}$/.test(get(name)) ? +get(name) : undefined);
    Object.assign(raw, {
      text: get('q'),
      filters,
      sort: get('sort'),
      page: number('page'),
      pageSize: number('size'),
    });
  } catch {
    // A broken params object (a foreign polyfill) must not break the page: keep what was read.
  }
  return normalizeQuery(raw);
}
