import type { ExtraTerms, Resource } from '@asm-kit/schema';
import {
  ACCESS_LEVELS,
  countryName,
  languageName,
  regionLabel,
  regionsOfCountry,
  termLabel,
} from '@asm-kit/schema';

/** Everything the package knows about one facet. Every entry of {@link FACETS} is one of these. */
export interface FacetDefinition {
  readonly name: FacetName;
  /** URL parameter name ('lang' for language, 'org' for organization, else the name). */
  readonly param: string;
  /** Filtered by a year range instead of a list of values (only 'year'). */
  readonly range?: boolean;
  /** Values are free names that may contain spaces (organization, project): split attribute lists on commas only. */
  readonly names?: boolean;
  /** Shown by a filter bar by default. */
  readonly shownByDefault?: boolean;
  /** Canonical form of a value typed by a person or read from a URL ('gh' -> 'GH' for country); identity otherwise. */
  canonical(value: string): string;
  /** Whether a (canonical) value is well-formed for this facet (used for URL parsing and for locked filters). */
  valid(value: string): boolean;
  /**
   * The values one resource has in this facet (the indexer calls it; region derives from countries, year from
   * published). A value may repeat; the indexer keeps it once. Empty strings are skipped.
   */
  values(resource: Resource): Iterable<string>;
  /** Display label of a value in a UI language (vocabulary labels, Intl names via @asm-kit/schema, or the value itself). */
  label(value: string, language: string, extraTerms?: ExtraTerms): string;
}

/** An entry of the table as written: its name (and whether it is the range) kept as literal types. */
type Entry<N extends string, R extends boolean> = Omit<FacetDefinition, 'name' | 'range'> & {
  readonly name: N;
  readonly range?: R;
};
// Types an entry (its functions too) and keeps its name, so that FacetName and FilterName derive from the table.
const facet = <const N extends string, const R extends boolean = false>(entry: Entry<N, R>): Entry<N, R> =>
  entry;

const NONE: readonly string[] = [];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Names (organization, project) are any text without surrounding spaces.
const NAME = /^\S(?:[^]*\S)?$/;
const LANGUAGE_TAG = /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i;
const COUNTRY_CODE = /^[A-Z]{2}$/;
const REGION_CODE = /^\d{3}$/;
const YEAR = /^\d{4}$/;
const YEAR_PREFIX = /^\d{4}/;

const same = (value: string): string => value;
const slug = (value: string): boolean => SLUG.test(value);
const name = (value: string): boolean => NAME.test(value);
const one = (value: string | undefined): readonly string[] => (value ? [value] : NONE);

// Regions of a country, computed once per code: most resources share a few countries. Bounded, since codes come
// from data; past the bound a code is simply computed again.
const regionCache = new Map<string, readonly string[]>();
function regionsOf(country: string): readonly string[] {
  let regions = regionCache.get(country);
  if (!regions) {
    regions = regionsOfCountry(country);
    if (regionCache.size < 1024) regionCache.set(country, regions);
  }
  return regions;
}

function organizationNames(r: Resource): readonly string[] {
  const list = r.organizations;
  if (!list?.length) return NONE;
  const names: string[] = [];
  for (const o of list) names.push(o.name);
  return names;
}

function regionsOfResource(r: Resource): readonly string[] {
  const countries = r.countries;
  if (!countries?.length) return NONE;
  if (countries.length === 1) return regionsOf(countries[0]!);
  const regions: string[] = [];
  for (const c of countries) for (const g of regionsOf(c)) regions.push(g);
  return regions;
}

// The table: one entry per facet, in display order (documented at FACETS below).
const TABLE = [
  /* @__PURE__ */ facet({
    name: 'type',
    param: 'type',
    shownByDefault: true,
    canonical: same,
    valid: slug,
    values: (r) => one(r.type),
    label: (v, l, extra) => termLabel('resourceTypes', v, l, extra),
  }),
  /* @__PURE__ */ facet({
    name: 'area',
    param: 'area',
    shownByDefault: true,
    canonical: same,
    valid: slug,
    values: (r) => r.knowledgeAreas ?? NONE,
    label: (v, l, extra) => termLabel('knowledgeAreas', v, l, extra),
  }),
  /* @__PURE__ */ facet({
    name: 'country',
    param: 'country',
    shownByDefault: true,
    canonical: (v) => v.toUpperCase(),
    valid: (v) => COUNTRY_CODE.test(v),
    values: (r) => r.countries ?? NONE,
    label: countryName,
  }),
  /* @__PURE__ */ facet({
    name: 'language',
    param: 'lang',
    shownByDefault: true,
    canonical: same,
    valid: (v) => LANGUAGE_TAG.test(v),
    values: (r) => r.languages ?? NONE,
    label: languageName,
  }),
  /* @__PURE__ */ facet({
    name: 'organization',
    param: 'org',
    names: true,
    shownByDefault: true,
    canonical: same,
    valid: name,
    values: organizationNames,
    label: same,
  }),
  /* @__PURE__ */ facet({
    name: 'access',
    param: 'access',
    shownByDefault: true,
    canonical: same,
    valid: (v) => (ACCESS_LEVELS as readonly string[]).includes(v),
    values: (r) => one(r.access),
    label: (v, l) => termLabel('accessLevels', v, l),
  }),
  /* @__PURE__ */ facet({
    name: 'year',
    param: 'year',
    range: true,
    shownByDefault: true,
    canonical: same,
    valid: (v) => YEAR.test(v),
    values: (r) => one(YEAR_PREFIX.exec(r.published ?? '')?.[0]),
    label: same,
  }),
  /* @__PURE__ */ facet({
    name: 'region',
    param: 'region',
    canonical: same,
    valid: (v) => REGION_CODE.test(v),
    values: regionsOfResource,
    label: regionLabel,
  }),
  /* @__PURE__ */ facet({
    name: 'project',
    param: 'project',
    names: true,
    canonical: same,
    valid: name,
    values: (r) => one(r.project),
    label: same,
  }),
] as const;

type TableEntry = (typeof TABLE)[number];
/** Facets a result counts: the names of the {@link FACETS} table. */
export type FacetName = TableEntry['name'];
/** Facets filtered by a list of values; the range facet (year) is filtered by `Query.years` instead. */
export type FilterName = Exclude<TableEntry, Entry<string, true>>['name'];

/**
 * Every facet, in display order: one entry per facet, and everything else derives from it — the index's columns,
 * the counts in `SearchResult.facets`, the `Filters` a query accepts, the URL parameters and their validation, the
 * order of equal counts (by `label`), and the facets a filter bar shows by default.
 *
 * Adding a facet means adding one entry to this table (`TABLE` in src/facets.ts), for example commodities:
 *
 * ```ts
 * facet({
 *   name: 'commodity',
 *   param: 'commodity',
 *   canonical: same,
 *   valid: slug,
 *   values: (r) => r.commodities ?? NONE,
 *   label: (v, l) => termLabel('commodities', v, l),
 * }),
 * ```
 *
 * and `FacetName`, `FilterName` and `Filters` include 'commodity' with no other change.
 *
 * At most one facet is a `range`: it is filtered by `Query.years`, and written to the URL as `from-to`.
 */
export const FACETS: readonly FacetDefinition[] = TABLE;

// One call per derived list, so that the pure annotations below let a bundler drop the lists nobody uses.
const namesOf = <N extends FacetName>(keep: (facet: FacetDefinition) => boolean): N[] =>
  FACETS.filter(keep).map((f) => f.name as N);

/** Names of {@link FACETS}, in the same order. */
export const FACET_NAMES: readonly FacetName[] = /* @__PURE__ */ namesOf(() => true);
/** Facets filtered by a list of values (every one but the range), in table order. */
export const FILTER_NAMES: readonly FilterName[] = /* @__PURE__ */ namesOf<FilterName>((f) => !f.range);
/** Facets a filter bar shows when not told otherwise, in table order. */
export const DEFAULT_FACETS: readonly FacetName[] = /* @__PURE__ */ namesOf((f) => !!f.shownByDefault);

/** The definition of a facet by name; undefined for anything else, including inherited keys ('constructor'). */
export function facetDefinition(name: string): FacetDefinition | undefined {
  for (const facet of FACETS) if (facet.name === name) return facet;
  return undefined;
}

/** Whether `value` names a facet. */
export function isFacetName(value: string): value is FacetName {
  return facetDefinition(value) !== undefined;
}

/**
 * Display label of a facet value in a UI language: type, area and access labels (with a catalogue's extra terms),
 * country, language and region names, or the value itself for names and years.
 * @example facetLabel('country', 'CI', 'fr') // 'Côte d’Ivoire'
 */
export function facetLabel(
  name: FacetName,
  value: string,
  language: string,
  extraTerms?: ExtraTerms,
): string {
  return facetDefinition(name)?.label(value, language, extraTerms) ?? value;
}
