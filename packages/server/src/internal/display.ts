import type { DisplayedText } from '@asm-kit/query';
import type { LocalizedText } from '@asm-kit/schema';
import { markWords } from '@asm-kit/query/engine';

/**
 * The text of a hit in the UI language, with the words the query matched marked by @asm-kit/query's own
 * highlighter: a word is marked when its folded form is one of the terms the query words expanded to.
 */
export function displayedText(
  text: LocalizedText,
  languages: readonly string[],
  firsts: string,
  matched: ReadonlySet<string> | undefined,
): DisplayedText {
  return markWords(text, languages, firsts, matched && ((word) => matched.has(word)));
}
