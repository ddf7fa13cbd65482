import type { LocalizedText } from '@asm-kit/schema';
import { pickLocalized } from '@asm-kit/schema';
import type { IndexData } from './internal/data.js';
import { hash, words } from './internal/tokenize.js';
import type { DisplayedText, Range } from './query.js';

/** Id of a folded word in the index's term table, or -1. */
function find(ix: IndexData, word: string): number {
  const { table, surfaces } = ix;
  let i = hash(word) & (table.length - 1);
  for (let v; (v = table[i]!); i = (i + 1) & (table.length - 1))
    if (surfaces[v - 1] === word) return ix.termOf[v - 1]!;
  return -1;
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
  const { language, value } = pickLocalized(text, languages);
  const highlights: Range[] = [];
  if (mark) {
    for (const w of words(value, firsts)) {
      const id = find(ix, w.word);
      if (id >= 0 && termSeen[ix.rank[id]!] === mark) highlights.push([w.start, w.end]);
    }
  }
  return { language, text: value, highlights };
}
