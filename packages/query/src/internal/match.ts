import type { IndexData, Scratch } from './data.js';
import { LABEL } from '../index-build.js';
import { tokenize } from './tokenize.js';

// A prefix completion ranks a little below the word itself; a typo well below any exact word: the best typo
// (title, 8 * 0.2 = 1.6) stays under the weakest exact field (summary or credit, 2).
export const PREFIX = 0.75;
export const TYPO = 0.2;
const MAX_TERMS = 16;
// A one-letter prefix can expand to thousands of words; beyond this many the rest are ignored.
export const MAX_EXPANSIONS = 10000;

/** The index's scratch arrays, created on first use (and again if the stamp counter would overflow). */
export function scratchOf(ix: IndexData): Scratch {
  const n = ix.docs.length;
  let s = ix.scratch;
  if (!s || s.tick > 2e9) {
    s = ix.scratch = {
      tick: 0,
      score: new Float64Array(n),
      wordWeight: new Float64Array(n),
      docSeen: new Int32Array(n),
      docMatched: new Int32Array(n),
      termSeen: new Int32Array(ix.terms.length),
      candidates: new Int32Array(n),
      hits: new Int32Array(n),
      touched: new Int32Array(n),
      valueCounts: new Int32Array(ix.valueCount),
      failedFilters: new Int32Array(n),
      passedFilters: new Int32Array(n),
    };
  }
  return s;
}

/** First index in the sorted `terms` not below `t`. */
function lowerBound(terms: string[], t: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the optimal-string-alignment distance of a and b is at most max (adjacent swaps count once). */
export function within(a: string, b: string, max: number): boolean {
  let prev2: number[] = [];
  let prev = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, prev2[j - 2]! + 1);
    }
    if (Math.min(...row) > max) return false;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length]! <= max;
}

/** Typos allowed in a query word: none below 5 letters, one from 5, two from 9. */
export const typos = (t: string): number => (t.length < 5 ? 0 : t.length < 9 ? 1 : 2);

/** A 32-bit set of the letters of a word: two words within k edits differ in at most 2k of these bits. */
export function letters(t: string): number {
  let m = 0;
  for (let i = 0; i < t.length; i++) m |= 1 << (t.charCodeAt(i) % 32);
  return m;
}

/** Number of set bits of a 32-bit integer, by adding bits in pairs, nibbles, then bytes (no loop). */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Index terms a query word matches, written to `out` as term index and quality pairs; returns their count.
 * Typos are looked for among words with the same first letter (a contiguous range, and first letters are rarely
 * wrong), and most are ruled out by length and letter set before any distance is computed.
 */
export function expand(ix: IndexData, t: string, prefix: boolean, out: number[]): number {
  const { terms } = ix;
  let n = 0;
  const lo = lowerBound(terms, t);
  let k = lo;
  if (terms[k] === t) {
    out[n++] = k++;
    out[n++] = 1;
  }
  if (prefix) {
    for (; k < terms.length && n < 2 * MAX_EXPANSIONS && terms[k]!.startsWith(t); k++) {
      out[n++] = k;
      out[n++] = PREFIX;
    }
  }
  const max = typos(t);
  if (max) {
    if (!ix.typo) {
      const len = new Uint8Array(terms.length);
      const mask = new Uint32Array(terms.length);
      terms.forEach((w, i) => {
        len[i] = Math.min(w.length, 255);
        mask[i] = letters(w);
      });
      ix.typo = { len, mask };
    }
    const { len, mask } = ix.typo;
    const m = letters(t);
    const end = lowerBound(terms, t[0] + '\uffff');
    for (let j = lowerBound(terms, t[0]!); j < end; j++) {
      if (
        (j < lo || j >= k) &&
        Math.abs(len[j]! - t.length) <= max &&
        popcount(mask[j]! ^ m) <= 2 * max &&
        within(t, terms[j]!, max)
      ) {
        out[n++] = j;
        out[n++] = TYPO;
      }
    }
  }
  return n;
}

/** Words of a query text; the last is matched as a prefix unless the text ends with a space. */
export function queryTerms(text: string): { terms: string[]; prefix: boolean } {
  return { terms: [...new Set(tokenize(text))].slice(0, MAX_TERMS), prefix: !/\s$/.test(text) };
}

const expansions: number[] = [];

/**
 * Documents containing every query word (the last one as a prefix), scored by field weight and match quality.
 * Returns the count of candidates written to `s.candidates`; scores are in `s.score`; matched terms are marked in
 * `s.termSeen` with the returned tick, for highlighting. `s.hits` and `s.touched` are used as working space.
 */
export function matchText(
  ix: IndexData,
  s: Scratch,
  words: string[],
  prefix: boolean,
): [count: number, tick: number] {
  const n = ix.docs.length;
  const { wordWeight, docSeen, docMatched, score, termSeen } = s;
  const { start, post, labelStart, labelValues } = ix;
  const mark = ++s.tick;
  // Candidates after the previous word, and those kept after this one: two buffers swapped after each word.
  let candidates = s.candidates;
  let kept = s.hits;
  const touched = s.touched;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const tick = ++s.tick;
    let touchedCount = 0;
    const e = expand(ix, words[i]!, prefix && i === words.length - 1, expansions);
    for (let x = 0; x < e; x += 2) {
      const term = expansions[x]!;
      const quality = expansions[x + 1]!;
      termSeen[term] = mark;
      for (let p = start[term]!, end = start[term + 1]!; p < end; p++) {
        const d = post[p]! >> 4;
        const v = (post[p]! & 15) * quality;
        if (docSeen[d] !== tick) {
          docSeen[d] = tick;
          wordWeight[d] = v;
          touched[touchedCount++] = d;
        } else if (v > wordWeight[d]!) wordWeight[d] = v;
      }
      // A word of type or area labels: every document of those values has it, at label weight.
      const v = LABEL * quality;
      for (let l = 2 * labelStart[term]!, end = 2 * labelStart[term + 1]!; l < end; l += 2) {
        const col = ix.cols[labelValues[l]!]!;
        const id = labelValues[l + 1]!;
        for (let p = col.start[id]!, e = col.start[id + 1]!; p < e; p++) {
          const d = col.docs[p]!;
          if (docSeen[d] !== tick) {
            docSeen[d] = tick;
            wordWeight[d] = v;
            touched[touchedCount++] = d;
          } else if (v > wordWeight[d]!) wordWeight[d] = v;
        }
      }
    }
    // Rarer words weigh more when several words match the same document.
    const idf = Math.log(1 + n / (touchedCount || 1));
    let keptCount = 0;
    for (let j = 0; j < touchedCount; j++) {
      const d = touched[j]!;
      if (i === 0) score[d] = 0;
      else if (docMatched[d] !== tick - 1) continue;
      docMatched[d] = tick;
      score[d]! += wordWeight[d]! * idf;
      kept[keptCount++] = d;
    }
    [candidates, kept] = [kept, candidates];
    count = keptCount;
    if (!count) break;
  }
  if (candidates !== s.candidates) s.candidates.set(candidates.subarray(0, count));
  return [count, mark];
}
