import type { Catalogue, ExtraTerms, Resource } from '@asm-kit/schema';
import { UI_LANGUAGES, termLabel } from '@asm-kit/schema';
import { FACETS } from './facets.js';
import type { Column, IndexData } from './internal/data.js';
import { fold, hash, scan, tokenize } from './internal/tokenize.js';

// Field weights (doubled to fit a byte). A posting keeps the best weight of its term in the document, so a word
// repeated across fields does not outrank a word in the title. match.ts relies on the smallest being 2.
const TITLE = 8;
const KEYWORD = 4;
const LABEL = 3;
const PEOPLE = 3;
const SUMMARY = 2;
const CREDIT = 2;

/** Builds the in-memory structures of an index: term dictionary, postings and facet columns. */
export function buildIndex(
  input: Catalogue | readonly Resource[],
  options?: { extraTerms?: ExtraTerms },
): IndexData {
  const catalogue = Array.isArray(input) ? undefined : (input as Catalogue);
  const docs: readonly Resource[] = catalogue ? catalogue.resources : (input as readonly Resource[]);
  const extra = options?.extraTerms ?? catalogue?.extraTerms;
  const n = docs.length;

  // Words are interned in an open-addressing table keyed by the scanner's hash: a word seen before is found
  // without cutting it out of the text or hashing it again. The table holds surface forms ('côte', 'cote'), each
  // with the id of its folded term, so a word with diacritics is folded only the first time it is seen.
  const words: string[] = [];
  const surfaces: string[] = [];
  const termOf: number[] = [];
  // Per term: the last document it was added for and where, so a word repeated in a document is one posting.
  const lastDoc: number[] = [];
  const lastPos: number[] = [];
  let table = new Int32Array(1 << 12);
  const intern = (s: string, from: number, to: number, h: number, plain: boolean): number => {
    let i = h & (table.length - 1);
    for (let v; (v = table[i]!); i = (i + 1) & (table.length - 1)) {
      const t = surfaces[v - 1]!;
      if (t.length === to - from && s.startsWith(t, from)) return termOf[v - 1]!;
    }
    const surface = s.slice(from, to);
    const folded = plain ? surface : fold(surface);
    let id = -1;
    if (folded !== surface) {
      if (folded) id = intern(folded, 0, folded.length, hash(folded), true);
    } else {
      id = words.push(surface) - 1;
      lastDoc.push(-1);
      lastPos.push(0);
    }
    surfaces.push(surface);
    termOf.push(id);
    // Insert the new surface; when the table grows, every surface (a nested call above only inserts its own).
    const grow = surfaces.length * 2 > table.length;
    if (grow) table = new Int32Array(table.length * 4);
    for (let t = grow ? 0 : surfaces.length - 1; t < surfaces.length; t++) {
      let j = hash(surfaces[t]!) & (table.length - 1);
      while (table[j]) j = (j + 1) & (table.length - 1);
      table[j] = t + 1;
    }
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
    if (lastDoc[id] !== doc) {
      lastDoc[id] = doc;
      lastPos[id] = P;
      if (P === pTerm.length) {
        const grown = new Int32Array(P * 2);
        grown.set(pTerm);
        pTerm = grown;
      }
      pTerm[P++] = id * 16 + w;
    } else if (w > (pTerm[lastPos[id]!]! & 15)) pTerm[lastPos[id]!] = id * 16 + w;
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

  // Vocabulary labels are the same for every resource of a term: tokenize them once per term.
  const labelIds = new Map<string, number[]>();
  const labels = (vocabulary: 'resourceTypes' | 'knowledgeAreas', slug: string): void => {
    const key = vocabulary + ' ' + slug;
    let list = labelIds.get(key);
    if (!list) {
      const texts: (string | undefined)[] = UI_LANGUAGES.map((l) => termLabel(vocabulary, slug, l, extra));
      texts.push(...Object.values(extra?.[vocabulary]?.[slug] ?? {}));
      labelIds.set(key, (list = [...new Set(texts.flatMap((t) => (t ? tokenize(t) : [])))].map(idOf)));
    }
    for (const id of list) addId(id, LABEL);
  };

  // Facet columns, one per entry of the FACETS table in its order, filled row by row alongside the text.
  const F = FACETS.length;
  const cols = Array.from({ length: F }, () => ({
    values: [] as string[],
    ids: new Map<string, number>(),
    off: new Int32Array(n + 1),
    val: [] as number[],
  }));
  const put = (f: number, v: string): void => {
    if (!v) return;
    const c = cols[f]!;
    let id = c.ids.get(v);
    if (id === undefined) c.ids.set(v, (id = c.values.push(v) - 1));
    for (let j = c.off[doc]!; j < c.val.length; j++) if (c.val[j] === id) return;
    c.val.push(id);
  };

  for (; doc < n; doc++) {
    const r = docs[doc]!;
    for (const c of cols) c.off[doc] = c.val.length;
    rowStart[doc] = P;
    for (const l in r.title) add(r.title[l], TITLE);
    for (const k of r.keywords ?? []) add(k, KEYWORD);
    labels('resourceTypes', r.type);
    for (const a of r.knowledgeAreas ?? []) labels('knowledgeAreas', a);
    for (const a of r.authors ?? []) add(a.name, PEOPLE);
    for (const o of r.organizations ?? []) add(o.name, PEOPLE);
    for (const l in r.summary) add(r.summary[l], SUMMARY);
    add(r.credit, CREDIT);
    // Facet values come from the table (regions of a country are computed once per country, in facets.ts).
    for (let f = 0; f < F; f++) for (const v of FACETS[f]!.values(r)) put(f, v);
  }

  // Sort the dictionary so prefixes are ranges, then group postings by sorted term.
  const terms = [...words].sort();
  const T = terms.length;
  const rank = new Int32Array(T);
  terms.forEach((t, i) => (rank[idOf(t)] = i));
  rowStart[n] = P;
  const start = new Int32Array(T + 1);
  const row = pTerm;
  for (let i = 0; i < P; i++) start[rank[row[i]! >> 4]! + 1]!++;
  for (let t = 0; t < T; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, T);
  const postDoc = new Int32Array(P);
  const postWeight = new Uint8Array(P);
  for (let d = 0; d < n; d++) {
    for (let i = rowStart[d]!; i < rowStart[d + 1]!; i++) {
      const at = fill[rank[row[i]! >> 4]!]!++;
      postDoc[at] = d;
      postWeight[at] = row[i]! & 15;
    }
  }

  let base = 0;
  const columns: Column[] = cols.map((c) => {
    c.off[n] = c.val.length;
    const col = {
      values: c.values,
      ids: c.ids,
      off: c.off,
      val: Int32Array.from(c.val),
      base,
      ranks: new Map(),
    };
    base += c.values.length;
    return col;
  });
  const allOff = new Int32Array(n + 1);
  const allVal = new Int32Array(columns.reduce((s, c) => s + c.val.length, 0));
  let k = 0;
  for (let d = 0; d < n; d++) {
    allOff[d] = k;
    for (const c of columns) for (let j = c.off[d]!; j < c.off[d + 1]!; j++) allVal[k++] = c.base + c.val[j]!;
  }
  allOff[n] = k;

  return {
    docs,
    defaultLanguage: catalogue?.defaultLanguage,
    extra,
    terms,
    table,
    surfaces,
    termOf: Int32Array.from(termOf),
    rank,
    start,
    doc: postDoc,
    weight: postWeight,
    cols: columns,
    allOff,
    allVal,
    valueCount: base,
    orders: new Map(),
  };
}
