import { countryName, languageName, regionLabel, termLabel } from '@asm-kit/schema';
import type { Column, IndexData } from './data.js';

/** A collator for `language`, falling back to English for a tag Intl does not accept. */
export function collator(language: string): Intl.Collator {
  try {
    return new Intl.Collator(language, { numeric: true });
  } catch {
    return new Intl.Collator('en', { numeric: true });
  }
}

/** Display label of a facet value by facet, used only to order values of equal count; names label themselves. */
const LABELS: ((ix: IndexData, value: string, language: string) => string)[] = [
  (ix, v, l) => termLabel('resourceTypes', v, l, ix.extra),
  (ix, v, l) => termLabel('knowledgeAreas', v, l, ix.extra),
  (_, v, l) => languageName(v, l),
  (_, v, l) => countryName(v, l),
  (_, v, l) => regionLabel(v, l),
  (_, v) => v,
  (_, v) => v,
  (_, v, l) => termLabel('accessLevels', v, l),
  (_, v) => v,
];

/** Position of every value of a facet in label order for a language; computed once per language. */
export function labelRanks(ix: IndexData, facet: number, language: string): Int32Array {
  const col: Column = ix.cols[facet]!;
  let ranks = col.ranks.get(language);
  if (!ranks) {
    const labels = col.values.map((v) => LABELS[facet]!(ix, v, language));
    const cmp = collator(language).compare;
    const order = labels.map((_, i) => i).sort((a, b) => cmp(labels[a]!, labels[b]!) || a - b);
    ranks = new Int32Array(order.length);
    order.forEach((v, i) => (ranks![v] = i));
    col.ranks.set(language, ranks);
  }
  return ranks;
}
