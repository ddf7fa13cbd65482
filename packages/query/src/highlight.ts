import type { LocalizedText } from '@asm-kit/schema';
import { pickLocalized } from '@asm-kit/schema';
import type { IndexData } from './internal/data.js';
import { words } from './internal/tokenize.js';
import type { DisplayedText, Range } from './query.js';

/** Index of a folded word in the index's sorted terms, or -1. */
function find(ix: IndexData, word: string): number {
  const { terms } = ix;
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return terms[lo] === word ? lo : -1;
}

/**
 * The text to show in the UI language with the ranges of words the query matched. Words are folded the way the
 * index folds them, so 'cote' marks 'Côte'; offsets refer to the original text.
 */
export function displayed(
  ix: IndexData,
  text: LocalizedText,
  languages: readonly string[],
  termSeen: Int32Array,
  mark: number,
  firsts: string,
): DisplayedText {
  const matched = (word: string): boolean => {
    const id = find(ix, word);
    return id >= 0 && termSeen[id] === mark;
  };
  return markWords(text, languages, firsts, mark ? matched : undefined);
}

/**
 * The text of `text` in the first of `languages` it has, with the ranges of the words (folded, starting with one
 * of `firsts`) that `matched` accepts; no ranges without `matched`.
 */
export function markWords(
  text: LocalizedText,
  languages: readonly string[],
  firsts: string,
  matched: ((word: string) => boolean) | undefined,
): DisplayedText {
  const { language, value } = pickLocalized(text, languages);
  const highlights: Range[] = [];
  if (matched) {
    for (const w of words(value, firsts)) if (matched(w.word)) highlights.push([w.start, w.end]);
  }
  return { language, text: value, highlights };
}
