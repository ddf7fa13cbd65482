// Folding and tokenizing are shared by indexing, querying and highlighting, so a word folds the same way
// wherever it is seen: lower case first (so 'İ' decomposes), then canonical decomposition, then marks dropped.
// A word is a run of letters, digits and combining marks; canonical decomposition of a letter or digit yields
// letters, digits and marks only, so folding word by word gives the same words as folding the whole text first,
// and only words with a non-ASCII character need the (slow) decomposition.

const NON_ASCII = /[^\0-\x7f]/;
const MARKS = /\p{M}+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
// Whether each UTF-16 unit is part of a word: 1 yes, 2 no, 0 not yet known (non-ASCII units are filled on first
// sight). One load per character instead of comparisons.
const CLASS = /* @__PURE__ */ (() => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) table[c] = /[a-z0-9]/i.test(String.fromCharCode(c)) ? 1 : 2;
  return table;
})();

/** Lower-cases `text` and removes diacritics ('Côte' -> 'cote'). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/**
 * Calls `word` with the bounds and hash of every word in `s` (the lower-cased text), and whether the word is
 * plain (ASCII letters and digits, already folded); other words still need `fold`. A hand-written scanner:
 * several times faster than splitting on a Unicode property class, and indexing is mostly tokenizing; the hash
 * lets the index find a word it has seen without cutting it out of the text. Lower-casing first also gives a flat
 * string, which reads faster than a concatenated one.
 */
export function scan(
  text: string,
  word: (s: string, start: number, end: number, hash: number, plain: boolean) => void,
): void {
  const s = text.toLowerCase();
  let start = -1;
  let h = 0;
  let plain = true;
  for (let i = 0; i <= s.length; i++) {
    const c = s.charCodeAt(i);
    let k = CLASS[c];
    if (!k) {
      // NaN past the end lands here too and ends the last word
      k =
        c >= 0xd800 && c < 0xe000
          ? // a surrogate is classified by the code point it forms, every time
            WORD_CHAR.test(String.fromCodePoint(s.codePointAt(c >= 0xdc00 && i > 0 ? i - 1 : i)!))
            ? 1
            : 2
          : c === c
            ? (CLASS[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2)
            : 2;
    }
    if (k === 1) {
      if (start < 0) {
        start = i;
        h = 0;
        plain = true;
      }
      h = (Math.imul(h, 31) + c) | 0;
      if (c > 127) plain = false;
    } else if (start >= 0) {
      word(s, start, i, h, plain);
      start = -1;
    }
  }
}

/** Folded words of `text` in order, duplicates kept. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  scan(text, (s, start, end, _, plain) => {
    const w = plain ? s.slice(start, end) : fold(s.slice(start, end));
    if (w) out.push(w);
  });
  return out;
}

/** Hash of a folded word, as `scan` computes it. */
export function hash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/**
 * Words of `text` with their UTF-16 offsets in the original string, for highlighting; with `firsts`, only words
 * whose folded form starts with one of those characters.
 */
export function words(text: string, firsts?: string): { word: string; start: number; end: number }[] {
  const out = [];
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]);
    if (word && (firsts === undefined || firsts.includes(word[0]!))) {
      out.push({ word, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}
