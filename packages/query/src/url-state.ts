import type { FilterName, Query } from './query.js';
import { FILTER_NAMES, normalizeQuery } from './internal/normalize.js';

/** Settings of the URL mapping. */
export interface UrlStateOptions {
  /** Prepended to every parameter name so two lists can share one page: 'lib1-' gives 'lib1-q', 'lib1-type'. */
  prefix?: string;
}

// Parameter names are the facet names but for two shorter ones; FILTER_NAMES gives the order they are written in.
const param = (name: FilterName): string =>
  name === 'language' ? 'lang' : name === 'organization' ? 'org' : name;

// What a value must look like to survive parsing, by facet in FILTER_NAMES order; anything else is dropped,
// never thrown on. Names (organization, project) are any text without surrounding spaces.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAME = /^\S(?:[^]*\S)?$/;
const VALID: readonly RegExp[] = [
  SLUG, // type
  SLUG, // area
  /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i, // language
  /^[A-Z]{2}$/, // country
  /^\d{3}$/, // region
  NAME, // organization
  NAME, // project
  /^(?:open|registration|paywalled)$/, // access
];

const pad = (y?: number): string => (y === undefined ? '' : String(y).padStart(4, '0'));

/** Writes the user state of a list as URL parameters: defaults omitted, stable order, repeated multi-values. */
export function queryToParams(query: Query, options?: UrlStateOptions): URLSearchParams {
  const p = options?.prefix ?? '';
  const params = new URLSearchParams();
  if (query.text) params.append(p + 'q', query.text);
  for (const name of FILTER_NAMES)
    for (const v of query.filters[name] ?? []) params.append(p + param(name), v);
  const { from, to } = query.years;
  if (from !== undefined || to !== undefined) params.append(p + 'year', `${pad(from)}-${pad(to)}`);
  if (query.sort) params.append(p + 'sort', query.sort);
  if (query.page > 1) params.append(p + 'page', String(query.page));
  if (query.pageSize !== 20) params.append(p + 'size', String(query.pageSize));
  return params;
}

/** Reads a query from URL parameters (or a query string); unknown or invalid values are dropped, never thrown. */
export function queryFromParams(params: URLSearchParams | string, options?: UrlStateOptions): Query {
  const raw: Record<string, unknown> = {};
  try {
    const p = options?.prefix ?? '';
    const search = typeof params === 'string' ? new URLSearchParams(params.slice(0, 8192)) : params;
    const get = (name: string): string => search.get(p + name) ?? '';
    const filters: Record<string, string[]> = {};
    FILTER_NAMES.forEach((name, f) => {
      filters[name] = search
        .getAll(p + param(name))
        .map((v) => (name === 'country' ? v.toUpperCase() : v))
        .filter((v) => VALID[f]!.test(v));
    });
    const year = /^(\d{4})?(?:(-)(\d{4})?)?$/.exec(get('year'));
    const from = year?.[1] ? +year[1] : undefined;
    // a single year ('2020') is a one-year range
    const to = year?.[3] ? +year[3] : year?.[2] ? undefined : from;
    const number = (name: string) => (/^\d{1,7}$/.test(get(name)) ? +get(name) : undefined);
    Object.assign(raw, {
      text: get('q'),
      filters,
      years: from !== undefined && to !== undefined && from > to ? {} : { from, to },
      sort: get('sort'),
      page: number('page'),
      pageSize: number('size'),
    });
  } catch {
    // A broken params object (a foreign polyfill) must not break the page: keep what was read.
  }
  return normalizeQuery(raw);
}
