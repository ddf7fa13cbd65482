import type { ExtraTerms, Resource } from '@asm-kit/schema';
import { FACETS } from '@asm-kit/query';
import { documentOrder, labelOrder } from '@asm-kit/query/engine';
import type { Queryable } from '../db.js';
import { fromSqlText } from './sql-text.js';

/** What a search needs to know about the library besides its rows; read once per library version. */
export interface LibraryState {
  version: number;
  defaultLanguage?: string;
  extra?: ExtraTerms;
  resourceCount: number;
  /** Languages whose title order was computed at load (asm_title_order). */
  titleLanguages: string[];
  /** Per facet: each value's position of first appearance. */
  facetValues: Map<string, Map<string, number>>;
  /** Per facet: each value's code in asm_search.facet_values. */
  codes: Map<string, Map<string, number>>;
  /** The facet and value of each code. */
  valueOfCode: Map<number, { facet: string; value: string }>;
  /** Per facet and UI language: each value's position in label order (built on first use). */
  labelRanks: Map<string, Map<string, number>>;
  /** Title orders of other languages, sorted when first asked for (a few, most recent last). */
  titleRanks: Map<string, Int32Array>;
  /** Results of recent searches of this version, by normalised request (most recent last). */
  results: Map<string, unknown>;
}

/** The state of the last library version a search saw, per library. */
export interface LibraryCache {
  state?: LibraryState;
}

const MAX_EXOTIC_TITLE_ORDERS = 8;

interface LibraryRow {
  version: number;
  default_language: string | null;
  extra_terms: ExtraTerms | null;
  resource_count: number;
  title_languages: string[];
}

/** The library's state in the transaction's snapshot, from the cache when the version has not changed. */
export async function libraryState(tx: Queryable, cache: LibraryCache): Promise<LibraryState> {
  const [row] = await tx.query<LibraryRow>(
    'select version, default_language, extra_terms, resource_count, title_languages from asm_library',
  );
  const version = row?.version ?? 0;
  if (cache.state?.version === version) return cache.state;
  const facetValues = new Map<string, Map<string, number>>(FACETS.map((f) => [f.name, new Map()]));
  const codes = new Map<string, Map<string, number>>(FACETS.map((f) => [f.name, new Map()]));
  const valueOfCode = new Map<number, { facet: string; value: string }>();
  const rows = await tx.query<{ facet: string; value: string; position: number; code: number }>(
    'select facet, value, position, code from asm_facet_values',
  );
  for (const r of rows) {
    const value = fromSqlText(r.value);
    facetValues.get(r.facet)?.set(value, r.position);
    codes.get(r.facet)?.set(value, r.code);
    valueOfCode.set(r.code, { facet: r.facet, value });
  }
  const state: LibraryState = {
    version,
    resourceCount: row?.resource_count ?? 0,
    titleLanguages: row?.title_languages ?? [],
    facetValues,
    codes,
    valueOfCode,
    labelRanks: new Map(),
    titleRanks: new Map(),
    results: new Map(),
  };
  if (row?.default_language) state.defaultLanguage = row.default_language;
  if (row?.extra_terms) state.extra = row.extra_terms;
  cache.state = state;
  return state;
}

/** Each value of facet `f` (index in FACETS) with its position in label order in `language`. */
export function valueOrder(state: LibraryState, f: number, language: string): Map<string, number> {
  const facet = FACETS[f]!;
  const key = `${facet.name} ${language}`;
  let ranks = state.labelRanks.get(key);
  if (!ranks) {
    const positions = state.facetValues.get(facet.name) ?? new Map<string, number>();
    const values: string[] = [];
    for (const [value, position] of positions) values[position] = value;
    const order = labelOrder(f, values, language, state.extra);
    ranks = new Map(values.map((v, i) => [v, order[i]!]));
    state.labelRanks.set(key, ranks);
  }
  return ranks;
}

/** Position of each resource (by ord) in title order for a language not computed at load. */
export async function exoticTitleRanks(
  tx: Queryable,
  state: LibraryState,
  language: string,
): Promise<Int32Array> {
  let ranks = state.titleRanks.get(language);
  if (!ranks) {
    // Whole resources: json's -> decodes the text, which fails on a \u0000 (PostgreSQL text cannot hold it).
    const rows = await tx.query<{ resource: Resource }>('select resource from asm_resources order by ord');
    const order = documentOrder(
      rows.map((r) => r.resource),
      state.defaultLanguage,
      'title:' + language,
    );
    ranks = new Int32Array(order.length);
    order.forEach((d, i) => (ranks![d] = i));
    if (state.titleRanks.size >= MAX_EXOTIC_TITLE_ORDERS) {
      state.titleRanks.delete(state.titleRanks.keys().next().value!);
    }
    state.titleRanks.set(language, ranks);
  }
  return ranks;
}
