import type { ExtraTerms } from '@asm-kit/schema';
import { vocabularyLabelsVersion } from '@asm-kit/schema';
import { FACETS } from '../facets.js';
import type { Column, IndexData } from './data.js';

/**
 * A collator for `language`. A tag Intl rejects ('en_US', ' fr ', 'xx-!!') is tidied once (trimmed, '_' read as
 * '-') and otherwise falls back to English: never a RangeError.
 */
export function collator(language: string): Intl.Collator {
  for (const tag of [language, language.trim().replace(/_/g, '-')]) {
    try {
      return new Intl.Collator(tag, { numeric: true });
    } catch {
      // RangeError for a malformed tag: try the next one
    }
  }
  return new Intl.Collator('en', { numeric: true });
}

/**
 * Position of every value of a facet (by column) in the order of its labels (`FacetDefinition.label`) in a
 * language, used to order values of equal count; computed once per language and set of vocabulary labels (a
 * browser build registers a language's labels when its chunk arrives: the order in English is not kept then).
 */
export function labelRanks(ix: IndexData, facet: number, language: string): Int32Array {
  const col: Column = ix.cols[facet]!;
  const key = vocabularyLabelsVersion() + ' ' + language;
  let ranks = col.ranks.get(key);
  if (!ranks) col.ranks.set(key, (ranks = labelOrder(facet, col.values, language, ix.extra)));
  return ranks;
}

/**
 * Position of each of `values` (a facet's values in order of first appearance) in the order of their labels in
 * a language; equal labels keep the order of `values`.
 */
export function labelOrder(
  facet: number,
  values: readonly string[],
  language: string,
  extra: ExtraTerms | undefined,
): Int32Array {
  const definition = FACETS[facet]!;
  const labels = values.map((v) => definition.label(v, language, extra));
  const cmp = collator(language).compare;
  const order = labels.map((_, i) => i).sort((a, b) => cmp(labels[a]!, labels[b]!) || a - b);
  const ranks = new Int32Array(order.length);
  order.forEach((v, i) => (ranks[v] = i));
  return ranks;
}
