/**
 * @asm-kit/query/engine: the text and ordering rules of the in-memory index, for engines that run the same search
 * somewhere else (@asm-kit/server on PostgreSQL). Using these instead of copies keeps folding, tokens, field
 * weights, typo distance, prefix and typo qualities, sort orders, label order and highlights exactly equal.
 * Not for UIs: use the main entry.
 */
import type { ExtraTerms, Resource } from '@asm-kit/schema';
import { UI_LANGUAGES, termLabel } from '@asm-kit/schema';
import { CREDIT, KEYWORD, LABEL, PEOPLE, SUMMARY, TITLE } from './index-build.js';
import { tokenize } from './internal/tokenize.js';

export { fold, tokenize, words } from './internal/tokenize.js';
export {
  MAX_EXPANSIONS,
  PREFIX as PREFIX_QUALITY,
  TYPO as TYPO_QUALITY,
  letters,
  queryTerms,
  typos,
  within,
} from './internal/match.js';
export { normalizeQuery } from './internal/normalize.js';
export { collator, labelOrder } from './internal/labels.js';
export { documentOrder } from './sort.js';
export { markWords } from './highlight.js';

/** The distinct field weights of the index, highest first: a term's weight in a resource is that of its best field. */
export const FIELD_WEIGHTS: readonly number[] = [
  ...new Set([TITLE, KEYWORD, LABEL, PEOPLE, SUMMARY, CREDIT]),
].sort((a, b) => b - a);

/**
 * The folded terms of a resource as the index reads them, each with the weight of the best field it occurs in:
 * title, keywords, the labels of its type and knowledge areas in every UI language (and the catalogue's extra
 * terms), authors and organizations, summary, credit. Mirrors the fields of buildIndex (index-build.ts).
 */
export function indexedTerms(resource: Resource, extra?: ExtraTerms): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (text: string | undefined, weight: number): void => {
    if (!text) return;
    for (const term of tokenize(text)) if (!(terms.get(term)! >= weight)) terms.set(term, weight);
  };
  const labels = (vocabulary: 'resourceTypes' | 'knowledgeAreas', slug: string): void => {
    for (const l of UI_LANGUAGES) add(termLabel(vocabulary, slug, l, extra), LABEL);
    for (const text of Object.values(extra?.[vocabulary]?.[slug] ?? {})) add(text, LABEL);
  };
  for (const l in resource.title) add(resource.title[l], TITLE);
  for (const k of resource.keywords ?? []) add(k, KEYWORD);
  labels('resourceTypes', resource.type);
  for (const a of resource.knowledgeAreas ?? []) labels('knowledgeAreas', a);
  for (const a of resource.authors ?? []) add(a.name, PEOPLE);
  for (const o of resource.organizations ?? []) add(o.name, PEOPLE);
  for (const l in resource.summary) add(resource.summary[l], SUMMARY);
  add(resource.credit, CREDIT);
  return terms;
}
