import type { ExtraTerms, Resource } from '@asm-kit/schema';

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
  /**
   * When no document has two values (type, access, year, project): the value of each document, or -1. Read instead
   * of the rows by the loops that filter and count: one look-up per document instead of three.
   */
  one?: Int32Array;
  /**
   * The documents of each value, ascending: those of value v are `docs[start[v]] .. docs[start[v + 1] - 1]`, so
   * `start[v + 1] - start[v]` is the number of documents with v. A query without text reads its candidates here.
   */
  start: Int32Array;
  docs: Int32Array;
  /** Index of this facet's first value in the index-wide numbering of `Scratch.valueCounts`. */
  base: number;
  /** Position of each value in label order, per UI language and labels version (built on first use). */
  ranks: Map<string, Int32Array>;
}

/** Everything a search reads; built once by createIndex. */
export interface IndexData {
  docs: readonly Resource[];
  defaultLanguage?: string;
  extra?: ExtraTerms;
  /** Folded terms, sorted, so a prefix is a contiguous range found by binary search. */
  terms: string[];
  /**
   * Postings of term t (by sorted index): `post[start[t]] .. post[start[t + 1] - 1]`, each a document (ascending)
   * times 16 plus the best field weight of the term in that document.
   */
  start: Int32Array;
  post: Int32Array;
  /**
   * Words of type and area labels: term t (by sorted index) is in the labels of the facet values
   * `labelValues[2i], labelValues[2i + 1]` (column, value) for i in `labelStart[t] .. labelStart[t + 1] - 1`, so it
   * is a word, of label weight, of every document with one of those values (read from the column's postings).
   */
  labelStart: Int32Array;
  labelValues: Int32Array;
  /** One column per facet, in the order of the FACETS table: `cols[f]` holds the values of `FACETS[f]`. */
  cols: Column[];
  /** Number of values of all facets together. */
  valueCount: number;
  /** Every facet value of each document in one row, numbered index-wide: built on first use (search.ts). */
  rows?: { off: Int32Array; val: Int32Array };
  /** Global order for a sort ('newest', 'oldest', 'title:<lang>'): rank per document and documents by rank. */
  orders: Map<string, { rank: Int32Array; order: Int32Array }>;
  /** Per-term length and letter mask, built on the first typo-tolerant query, to skip most distance checks. */
  typo?: { len: Uint8Array; mask: Uint32Array };
  /** Scratch space reused by every search so a query allocates little. */
  scratch?: Scratch;
}

/**
 * Per-index working arrays, sized once; `tick` stamps entries so they never need clearing between queries.
 * Arrays sized by document are indexed by document, except the candidate-indexed `failedFilters`.
 */
export interface Scratch {
  /** Stamp counter: each query word, highlight mark and hit set takes the next value. */
  tick: number;
  /** Text score of each document matching every query word so far. */
  score: Float64Array;
  /** Best weight (field weight times match quality) of the current query word in each document. */
  wordWeight: Float64Array;
  /** Tick at which each document was last seen: by the current query word, or as a hit when sorting many hits. */
  docSeen: Int32Array;
  /** Tick of the last query word each document matched, so only documents matching every word stay candidates. */
  docMatched: Int32Array;
  /** Per term (sorted index): the tick of the query that matched it, for highlighting. */
  termSeen: Int32Array;
  /** The documents a search considers: the text matches (written by matchText), or every document without text. */
  candidates: Int32Array;
  /** The documents passing every filter; before that, matchText's second buffer of candidates. */
  hits: Int32Array;
  /** The documents the current query word occurs in (matchText). */
  touched: Int32Array;
  /** Count of each facet value among hits (and disjunctive near-hits), in the index-wide value numbering. */
  valueCounts: Int32Array;
  /** Per candidate (position in `candidates`): bit f if it fails the user's filter of facet f, bit 30 a locked one. */
  failedFilters: Int32Array;
  /** Per document, without text: the filters it passes (bits as in `failedFilters`), valid where `docSeen` is the tick. */
  passedFilters: Int32Array;
}
