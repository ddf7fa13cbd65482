import type { Catalogue, ExtraTerms, Resource } from '@asm-kit/schema';
import { UI_LANGUAGES, termLabel } from '@asm-kit/schema';
import { FACETS } from './facets.js';
import type { Column, IndexData } from './internal/data.js';
import { fold, hash, scan, tokenize } from './internal/tokenize.js';

// Field weights (doubled to fit a byte). A posting keeps the best weight of its term in the document, so a word
// repeated across fields does not outrank a word in the title. match.ts relies on the smallest being 2.
export const TITLE = 8;
export const KEYWORD = 4;
export const LABEL = 3;
export const PEOPLE = 3;
export const SUMMARY = 2;
export const CREDIT = 2;

/** Facets whose values' labels are searchable text: the type and knowledge areas, with their vocabularies. */
const LABELLED = [
  ['type', 'resourceTypes'],
  ['area', 'knowledgeAreas'],
] as const;

/** UTF-16 units copied per call when a word is copied out of the text. */
const COPY_PIECE = 8192;

/** Documents read between two pauses of {@link buildIndexInSteps}: a few milliseconds of work. */
const DOCS_PER_STEP = 512;

/** Builds the in-memory structures of an index: term dictionary, postings and facet columns. */
export function buildIndex(
  input: Catalogue | readonly Resource[],
  options?: { extraTerms?: ExtraTerms },
): IndexData {
  const steps = buildIndexInSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link buildIndex} in steps: pauses (yields) every {@link DOCS_PER_STEP} documents and between the passes that
 * follow, so that a page indexing on its main thread can paint and answer input in between.
 */
export function* buildIndexInSteps(
  input: Catalogue | readonly Resource[],
  options?: { extraTerms?: ExtraTerms },
): Generator<void, IndexData> {
  const catalogue = Array.isArray(input) ? undefined : (input as Catalogue);
  const docs: readonly Resource[] = catalogue ? catalogue.resources : (input as readonly Resource[]);
  const extra = options?.extraTerms ?? catalogue?.extraTerms;
  const n = docs.length;

  // Words are interned in an open-addressing table keyed by the scanner's hash: a word seen before is found
  // without cutting it out of the text or hashing it again. The table holds surface forms ('côte', 'cote'), each
  // with the id of its folded term, so a word with diacritics is folded only the first time it is seen. A slot is
  // four integers (hash, start of the surface's characters in `pool`, length, term id) and the characters are
  // copied into one array: a look-up reads one slot and one run of characters, no string objects, and a probe
  // past another word mostly stops at its hash.
  const words: string[] = [];
  // Per term, side by side (one cache line to read per word): the last document it was added for and where, so
  // a word repeated in a document is one posting, and its number of postings, so grouping them needs no counting.
  let stats = new Int32Array(3 << 12);
  let slots = 1 << 12;
  let table = new Int32Array(slots * 4);
  let used = 0;
  let pool = new Uint16Array(1 << 16);
  let poolEnd = 0;
  const place = (h: number, at: number, length: number, id: number): void => {
    let i = (h & (slots - 1)) * 4;
    while (table[i + 2]) i = (i + 4) & (slots * 4 - 1);
    table[i] = h;
    table[i + 1] = at;
    table[i + 2] = length;
    table[i + 3] = id;
  };
  const intern = (s: string, from: number, to: number, h: number, plain: boolean): number => {
    const length = to - from;
    for (let i = (h & (slots - 1)) * 4; table[i + 2]; i = (i + 4) & (slots * 4 - 1)) {
      if (table[i] !== h || table[i + 2] !== length) continue;
      const at = table[i + 1]! - from;
      let j = from;
      while (j < to && pool[at + j] === s.charCodeAt(j)) j++;
      if (j === to) return table[i + 3]!;
    }
    if (poolEnd + length > pool.length) {
      const grown = new Uint16Array(Math.max(pool.length * 2, poolEnd + length));
      grown.set(pool);
      pool = grown;
    }
    for (let j = 0; j < length; j++) pool[poolEnd + j] = s.charCodeAt(from + j);
    // A copy, not `s.slice`: V8 makes a long slice a view that would keep the whole text alive in the dictionary.
    // Built from pieces, as a call takes only so many arguments (a 1 MB word in a title is data, not an error).
    let surface = '';
    for (let k = poolEnd; k < poolEnd + length; k += COPY_PIECE) {
      const piece = pool.subarray(k, Math.min(k + COPY_PIECE, poolEnd + length));
      surface += String.fromCharCode.apply(null, piece as unknown as number[]);
    }
    const at = poolEnd;
    poolEnd += length;
    const folded = plain ? surface : fold(surface);
    let id = -1;
    if (folded !== surface) {
      if (folded) id = intern(folded, 0, folded.length, hash(folded), true);
    } else {
      id = words.push(surface) - 1;
      if (3 * id + 3 > stats.length) {
        const grown = new Int32Array(stats.length * 2);
        grown.set(stats);
        stats = grown;
      }
      stats[3 * id] = -1;
    }
    if (++used * 2 > slots) {
      const old = table;
      slots *= 4;
      table = new Int32Array(slots * 4);
      for (let i = 0; i < old.length; i += 4)
        if (old[i + 2]) place(old[i]!, old[i + 1]!, old[i + 2]!, old[i + 3]!);
    }
    place(h, at, length, id);
    return id;
  };
  const idOf = (t: string): number => intern(t, 0, t.length, hash(t), true);

  // Postings in document order: term id * 16 + weight, one row per document (rows from `rowStart`), in a typed
  // array grown by hand: millions of entries the garbage collector never has to scan.
  let pTerm = new Int32Array(1 << 16);
  let P = 0;
  const rowStart = new Int32Array(n + 1);
  let doc = 0;
  let weight = 0;
  const addId = (id: number, w: number): void => {
    const at = 3 * id;
    if (stats[at] !== doc) {
      stats[at] = doc;
      stats[at + 1] = P;
      stats[at + 2]!++;
      if (P === pTerm.length) {
        const grown = new Int32Array(P * 2);
        grown.set(pTerm);
        pTerm = grown;
      }
      pTerm[P++] = id * 16 + w;
    } else if (w > (pTerm[stats[at + 1]!]! & 15)) pTerm[stats[at + 1]!] = id * 16 + w;
  };
  // One callback for every text (the weight travels beside it), so the scanner's call site stays monomorphic.
  const onWord = (s: string, from: number, to: number, h: number, plain: boolean): void => {
    const id = intern(s, from, to, h, plain);
    if (id >= 0) addId(id, weight);
  };
  const add = (text: string | undefined, w: number): void => {
    weight = w;
    if (text) scan(text, onWord);
  };

  // Facet columns, one per entry of the FACETS table in its order, filled one facet at a time (regions of a
  // country are computed once per country, in facets.ts). A value repeated in a resource is kept once.
  const cols = FACETS.map((definition) => {
    const values: string[] = [];
    const ids = new Map<string, number>();
    const off = new Int32Array(n + 1);
    const val: number[] = [];
    for (let d = 0; d < n; d++) {
      off[d] = val.length;
      for (const v of definition.values(docs[d]!)) {
        if (!v) continue;
        let id = ids.get(v);
        if (id === undefined) ids.set(v, (id = values.push(v) - 1));
        let j = off[d]!;
        while (j < val.length && val[j] !== id) j++;
        if (j === val.length) val.push(id);
      }
    }
    off[n] = val.length;
    return { values, ids, off, val };
  });

  for (; doc < n; doc++) {
    if (doc % DOCS_PER_STEP === DOCS_PER_STEP - 1) yield;
    const r = docs[doc]!;
    rowStart[doc] = P;
    for (const l in r.title) add(r.title[l], TITLE);
    for (const k of r.keywords ?? []) add(k, KEYWORD);
    for (const a of r.authors ?? []) add(a.name, PEOPLE);
    for (const o of r.organizations ?? []) add(o.name, PEOPLE);
    for (const l in r.summary) add(r.summary[l], SUMMARY);
    add(r.credit, CREDIT);
  }

  yield;
  // The labels of a type or area (in every UI language, and a catalogue's own) are words of every resource of that
  // type or area. Rather than one posting per resource (40 % of all postings), each label word points to the
  // facet values whose labels contain it, and a search reads their documents from the facet columns (match.ts).
  const labelled: number[] = []; // term id, facet, value
  for (const [name, vocabulary] of LABELLED) {
    const f = FACETS.findIndex((d) => d.name === name);
    cols[f]!.values.forEach((slug, v) => {
      const texts: (string | undefined)[] = UI_LANGUAGES.map((l) => termLabel(vocabulary, slug, l, extra));
      texts.push(...Object.values(extra?.[vocabulary]?.[slug] ?? {}));
      for (const t of new Set(texts.flatMap((x) => (x ? tokenize(x) : [])))) labelled.push(idOf(t), f, v);
    });
  }

  // Sort the dictionary so prefixes are ranges, then group postings by sorted term.
  const terms = [...words].sort();
  const T = terms.length;
  const rank = new Int32Array(T);
  terms.forEach((t, i) => (rank[idOf(t)] = i));
  rowStart[n] = P;
  const start = new Int32Array(T + 1);
  for (let id = 0; id < T; id++) start[rank[id]! + 1] = stats[3 * id + 2]!;
  for (let t = 0; t < T; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, T);
  // Document and weight in one integer: one array to write and read.
  const post = new Int32Array(P);
  const row = pTerm;
  for (let d = 0; d < n; d++) {
    for (let i = rowStart[d]!; i < rowStart[d + 1]!; i++)
      post[fill[rank[row[i]! >> 4]!]!++] = d * 16 + (row[i]! & 15);
  }

  const labelStart = new Int32Array(T + 1);
  for (let i = 0; i < labelled.length; i += 3) labelStart[rank[labelled[i]!]! + 1]!++;
  for (let t = 0; t < T; t++) labelStart[t + 1]! += labelStart[t]!;
  const labelAt = labelStart.slice(0, T);
  const labelValues = new Int32Array(labelStart[T]! * 2);
  for (let i = 0; i < labelled.length; i += 3) {
    const at = 2 * labelAt[rank[labelled[i]!]!]!++;
    labelValues[at] = labelled[i + 1]!;
    labelValues[at + 1] = labelled[i + 2]!;
  }

  let base = 0;
  const columns: Column[] = cols.map((c) => {
    const val = Int32Array.from(c.val);
    // Invert the rows: documents by value, ascending, counted first then placed.
    const V = c.values.length;
    const start = new Int32Array(V + 1);
    for (let j = 0; j < val.length; j++) start[val[j]! + 1]!++;
    for (let v = 0; v < V; v++) start[v + 1]! += start[v]!;
    const at = start.slice(0, V);
    const byValue = new Int32Array(val.length);
    for (let d = 0; d < n; d++) for (let j = c.off[d]!; j < c.off[d + 1]!; j++) byValue[at[val[j]!]!++] = d;
    const col: Column = {
      values: c.values,
      ids: c.ids,
      off: c.off,
      val,
      start,
      docs: byValue,
      base,
      ranks: new Map(),
    };
    let single = true;
    for (let d = 0; d < n && single; d++) single = c.off[d + 1]! - c.off[d]! <= 1;
    if (single) {
      const one = (col.one = new Int32Array(n).fill(-1));
      for (let d = 0; d < n; d++) if (c.off[d + 1]! > c.off[d]!) one[d] = val[c.off[d]!]!;
    }
    base += V;
    return col;
  });

  return {
    docs,
    defaultLanguage: catalogue?.defaultLanguage,
    extra,
    terms,
    start,
    post,
    cols: columns,
    labelStart,
    labelValues,
    valueCount: base,
    orders: new Map(),
  };
}
