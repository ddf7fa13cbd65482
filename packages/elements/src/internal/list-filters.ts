import {
  DEFAULT_FACETS,
  facetDefinition,
  isFacetName,
  type FacetName,
  type Filters,
  type Query,
} from '@asm-kit/query';

/** Facets a page can lock with a list attribute of the same name (`country="GH BF"`). */
export const LOCKABLE = ['type', 'area', 'country', 'language', 'organization'] as const;

/**
 * The filters a page locked with attributes, in the form the facets define ('gh' -> 'GH'). Values are not
 * dropped when malformed: a mistyped lock shows nothing rather than the whole library.
 */
export function lockedFilters(attributes: Partial<Record<(typeof LOCKABLE)[number], string>>): Filters {
  const locked: Filters = {};
  for (const name of LOCKABLE) {
    const facet = facetDefinition(name)!;
    const values = splitList(attributes[name], facet.names).map((v) => facet.canonical(v));
    if (values.length) locked[name] = values;
  }
  return locked;
}

/** The facets a filter bar shows: those asked for (unknown names ignored) or the default ones, less the locked. */
export function visibleFacets(requested: string | undefined, locked: Filters): FacetName[] | undefined {
  const lockedNames = Object.keys(locked);
  const asked = requested === undefined ? undefined : splitList(requested).filter(isFacetName);
  if (!asked && !lockedNames.length) return undefined;
  return (asked ?? DEFAULT_FACETS).filter((f) => !lockedNames.includes(f));
}

/** Whether a list shows its catalogue's default first page: no text, filter, range, later page or other sort. */
export function isDefaultPage(query: Query, locked: Filters): boolean {
  return (
    !query.text &&
    !Object.keys(query.filters).length &&
    query.years.from === undefined &&
    query.years.to === undefined &&
    query.page === 1 &&
    (query.sort ?? 'newest') === 'newest' &&
    !Object.keys(locked).length
  );
}

/** Splits a list attribute: spaces or commas, or commas only for values that contain spaces. */
export function splitList(value: string | null | undefined, commasOnly = false): string[] {
  if (!value) return [];
  return value
    .split(commasOnly ? ',' : /[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}
