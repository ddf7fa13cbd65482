import type { ExtraTerms, Resource } from '@asm-kit/schema';
import type { FacetName } from '../query.js';

/** Facets in the order their columns are stored. */
export const FACETS: readonly FacetName[] = [
  'type',
  'area',
  'language',
  'country',
  'region',
  'organization',
  'project',
  'access',
  'year',
];

/**
 * Values of one facet for every document, as compressed rows: the values of document d are
 * `val[off[d]] .. val[off[d + 1] - 1]`, indices into `values`. One layout for single- and multi-valued facets keeps
 * the hot loops monomorphic.
 */
export interface Column {
  values: string[];
  ids: Map<string, number>;
  off: Int32Array;
  val: Int32Array;
  /** Index of this facet's first value in the index-wide numbering used by `IndexData.all`. */
  base: number;
  /** Position of each value in label order, per UI language (built on first use). */
  ranks: Map<string, Int32Array>;
}

/** Everything a search reads; built once by createIndex. */
export interface IndexData {
  docs: readonly Resource[];
  defaultLanguage?: string;
  extra?: ExtraTerms;
  /** Folded terms, sorted, so a prefix is a contiguous range found by binary search. */
  terms: string[];
  /** Hash table of surface ids + 1 (see index-build.ts), the surface forms and their term ids, and each term id's index in `terms`. */
  table: Int32Array;
  surfaces: string[];
  termOf: Int32Array;
  rank: Int32Array;
  /** Postings of term t (by sorted index): ascending documents `doc[start[t]] .. doc[start[t + 1] - 1]`. */
  start: Int32Array;
  doc: Int32Array;
  /** Best field weight of the term in each posting's document. */
  weight: Uint8Array;
  cols: Column[];
  /** Every facet value of each document in one row, numbered index-wide, for counting all facets of a hit at once. */
  allOff: Int32Array;
  allVal: Int32Array;
  valueCount: number;
  /** Global order for a sort ('newest', 'oldest', 'title:<lang>'): rank per document and documents by rank. */
  orders: Map<string, { rank: Int32Array; order: Int32Array }>;
  /** Per-term length and letter mask, built on the first typo-tolerant query, to skip most distance checks. */
  typo?: { len: Uint8Array; mask: Uint32Array };
  /** Scratch space reused by every search so a query allocates little. */
  scratch?: Scratch;
}

/** Per-index working arrays, sized once; `tick` stamps entries so they never need clearing between queries. */
export interface Scratch {
  tick: number;
  score: Float64Array;
  best: Float64Array;
  seen: Int32Array;
  matched: Int32Array;
  termSeen: Int32Array;
  a: Int32Array;
  b: Int32Array;
  c: Int32Array;
  counts: Int32Array;
  fail: Int32Array;
}
