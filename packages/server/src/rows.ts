import type { ExtraTerms, Resource } from '@asm-kit/schema';
import { UI_LANGUAGES } from '@asm-kit/schema';
import { FACETS } from '@asm-kit/query';
import { FIELD_WEIGHTS, documentOrder, indexedTerms, letters } from '@asm-kit/query/engine';
import type { MergedResource } from './federate.js';
import { toSqlText } from './internal/sql-text.js';

// Postings keep a weight in 4 bits (ord * 16 + weight), as the in-memory index does.
if (FIELD_WEIGHTS.some((w) => w < 1 || w > 15)) {
  throw new Error(`@asm-kit/server keeps field weights in 4 bits, not ${FIELD_WEIGHTS.join()}`);
}

/** Values of one facet are numbered from its position in FACETS times this (so one int codes facet and value). */
export const FACET_CODE = 1 << 24;

/** A row of asm_resources and of asm_search, as inserted. */
export interface ResourceRow {
  ord: number;
  id: string;
  resource: Resource;
  facet_values: number[];
  year: number | null;
  rank_newest: number;
  rank_oldest: number;
}

/** Everything a load writes besides the records: the rows of the derived tables. */
export interface LibraryRows {
  resources: ResourceRow[];
  provenance: { ord: number; source: string; record_id: string; url: string | null }[];
  terms: { term: string; rank: number; first: number; length: number; letters: number; postings: number[] }[];
  facetValues: { facet: string; value: string; position: number; code: number }[];
  titleOrder: { language: string; rank: number; ord: number }[];
  titleLanguages: string[];
}

/** Positions of the documents of an order: rank[d] is where document d comes. */
function ranksOf(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  order.forEach((d, i) => (rank[d] = i));
  return rank;
}

/**
 * Derives the searchable rows of a library from its merged resources, with @asm-kit/query's own rules: terms
 * and their field weights, facet values from the FACETS table, date and title orders.
 */
export function libraryRows(
  merged: readonly MergedResource[],
  defaultLanguage: string | undefined,
  extra: ExtraTerms | undefined,
): LibraryRows {
  const docs = merged.map((m) => m.resource);
  const newest = ranksOf(documentOrder(docs, defaultLanguage, 'newest'));
  const oldest = ranksOf(documentOrder(docs, defaultLanguage, 'oldest'));
  // Postings per term, in ord order: ord * 16 + weight.
  const dictionary = new Map<string, number[]>();
  const facetValues: LibraryRows['facetValues'] = [];
  // Per facet: each value's number, in order of first appearance.
  const seenValues = FACETS.map(() => new Map<string, number>());

  const resources = docs.map((r: Resource, ord): ResourceRow => {
    for (const [term, weight] of indexedTerms(r, extra)) {
      const postings = dictionary.get(term);
      if (postings) postings.push(ord * 16 + weight);
      else dictionary.set(term, [ord * 16 + weight]);
    }
    const row: ResourceRow = {
      ord,
      id: r.id,
      resource: r,
      facet_values: [],
      year: null,
      rank_newest: newest[ord]!,
      rank_oldest: oldest[ord]!,
    };
    FACETS.forEach((facet, f) => {
      const values = [...new Set(facet.values(r))].filter((v) => v);
      for (const value of values) {
        const seen = seenValues[f]!;
        let position = seen.get(value);
        if (position === undefined) {
          seen.set(value, (position = seen.size));
          const code = f * FACET_CODE + position;
          facetValues.push({ facet: facet.name, value: toSqlText(value), position, code });
        }
        row.facet_values.push(f * FACET_CODE + position);
      }
      if (facet.range && values.length) row.year = +values[0]!;
    });
    return row;
  });

  // JavaScript's order of strings (UTF-16 units), the order that caps prefix completions in the index.
  const terms = [...dictionary.keys()].sort().map((term, rank) => ({
    term,
    rank,
    first: term.charCodeAt(0),
    length: term.length,
    letters: letters(term),
    postings: dictionary.get(term)!,
  }));

  // Title orders of the UI languages and the default one; other languages are sorted when asked (search.ts).
  const titleLanguages = [...new Set([...UI_LANGUAGES, ...(defaultLanguage ? [defaultLanguage] : [])])];
  const titleOrder = titleLanguages.flatMap((language) =>
    Array.from(documentOrder(docs, defaultLanguage, 'title:' + language), (ord, rank) => ({
      language,
      rank,
      ord,
    })),
  );

  const provenance = merged.flatMap((m, ord) =>
    m.sources.map((s) => ({ ord, source: s.source, record_id: s.id, url: s.url ? toSqlText(s.url) : null })),
  );
  return { resources, provenance, terms, facetValues, titleOrder, titleLanguages };
}
