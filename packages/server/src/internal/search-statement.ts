import type { FilterName, Query, SearchOptions, SortOrder } from '@asm-kit/query';
import { FACETS } from '@asm-kit/query';
import { FACET_CODE } from '../rows.js';
import type { ExpandedWord } from './expand.js';
import type { LibraryState } from './library-state.js';
import { SqlParams } from './sql-params.js';

/** Which facets of the table to count: those of `options.facets` when it is a list, else all (as the index does). */
export function countedFacets(options: SearchOptions): boolean[] {
  // Read loosely: SearchOptions.facets is recent, and a caller's list may hold anything.
  const asked: unknown = (options as { facets?: unknown }).facets;
  return FACETS.map((facet) => !Array.isArray(asked) || asked.includes(facet.name));
}

/** The locked filters as the index applies them: any facet of the table, string values; [] matches nothing. */
export function lockedFilters(locked: unknown): Map<number, string[]> {
  const out = new Map<number, string[]>();
  FACETS.forEach((facet, f) => {
    const values: unknown = (locked as Record<string, unknown> | null | undefined)?.[facet.name];
    if (Array.isArray(values) && values.length) {
      out.set(
        f,
        values.filter((v): v is string => typeof v === 'string'),
      );
    }
  });
  return out;
}

/** What one search statement is built from. */
export interface SearchPlan {
  query: Query;
  options: SearchOptions;
  state: LibraryState;
  /** The query words with their expansions (none without text). */
  words: readonly ExpandedWord[];
  /** UI language. */
  lang: string;
  sort: SortOrder;
  /** Facets counted, by position in FACETS. */
  counted: readonly boolean[];
  /** Title order for a language without one in asm_title_order (sort 'title' only). */
  titleRanks?: Int32Array;
}

/**
 * The one SQL statement of a search, and its parameters: the resources matching every word (from the postings)
 * with their score, the locked filters, a bit per failed user filter, then the total, the page in order (with
 * each resource's document) and the disjunctive count of every facet value, as one row.
 */
export function searchStatement(plan: SearchPlan): { text: string; values: unknown[] } {
  const { query, options, state, words, lang, sort, counted, titleRanks } = plan;
  // Filter values as codes of asm_search.facet_values; a value the library does not have has none (and matches
  // nothing, as in the index).
  const codesOf = (f: number, values: readonly string[]): number[] => {
    const codes = state.codes.get(FACETS[f]!.name);
    return values.flatMap((v) => (codes?.has(v) ? [codes.get(v)!] : []));
  };

  const sql = new SqlParams();
  // Text: per word, the resources with any of its terms and the word's best weight there (field weight times
  // match quality), from the terms' postings; a resource must have every word. The score adds up each word's
  // weight times its rarity, in the order of the words, as the index adds them up.
  const wordTables = words.map((w, i) => {
    const terms = w.classes.flatMap((c) => c.terms);
    const qualities = w.classes.flatMap((c) => c.terms.map(() => c.quality));
    return `w${i} as (
      select p >> 4 as ord, max((p & 15) * e.quality) as weight
      from unnest(${sql.add(terms, 'text[]')}, ${sql.add(qualities, 'float8[]')}) as e(term, quality)
      join asm_terms t on t.term = e.term collate "C", unnest(t.postings) as p
      group by 1
    )`;
  });
  let score = '0::float8';
  words.forEach((w, i) => {
    score = `(${score} + w${i}.weight * ${sql.add(w.idf, 'float8')})`;
  });
  const from = ['asm_search s', ...words.map((_, i) => `join w${i} on w${i}.ord = s.ord`)].join(' ');
  const where: string[] = [];
  for (const [f, values] of lockedFilters(options.locked)) {
    where.push(`s.facet_values && ${sql.add(codesOf(f, values), 'int[]')}`);
  }

  // User filters: bit f of `fails` is set when a resource fails the selection of facet f. A hit fails none; a
  // resource failing exactly one facet's selection counts in that facet only (disjunctive counts).
  const failures: string[] = [];
  FACETS.forEach((facet, f) => {
    let passes: string | undefined;
    if (facet.range) {
      const { from: start, to: end } = query.years;
      if (start === undefined && end === undefined) return;
      const bounds = ['s.year is not null'];
      if (start !== undefined) bounds.push(`s.year >= ${sql.add(start, 'int')}`);
      if (end !== undefined) bounds.push(`s.year <= ${sql.add(end, 'int')}`);
      passes = bounds.join(' and ');
    } else {
      const values = query.filters[facet.name as FilterName];
      if (!values?.length) return;
      passes = `s.facet_values && ${sql.add(codesOf(f, values), 'int[]')}`;
    }
    failures.push(`case when ${passes} then 0 else ${1 << f} end`);
  });
  const fails = failures.join(' | ') || '0';

  // The page's order as a key `k` (and `k2`), selected beside each hit so the page keeps its order in json_agg.
  let key: string;
  let key2 = '0';
  let join = '';
  if (sort === 'relevance') {
    key = '-h.score';
    key2 = 'h.rank_newest';
  } else if (sort === 'newest') key = 'h.rank_newest';
  else if (sort === 'oldest') key = 'h.rank_oldest';
  else if (state.titleLanguages.includes(lang)) {
    join = `join asm_title_order t on t.language = ${sql.add(lang, 'text')} and t.ord = h.ord`;
    key = 't.rank';
  } else {
    // A language whose title order was not computed at load (ranks sorted by the caller).
    key = `(${sql.add(Array.from(titleRanks ?? []), 'int[]')})[h.ord + 1]`;
  }

  const size = sql.add(query.pageSize, 'int');
  const countedCodes = counted.every((c) => c)
    ? ''
    : `and v / ${FACET_CODE} = any(${sql.add(
        FACETS.flatMap((_, f) => (counted[f] ? [f] : [])),
        'int[]',
      )})`;
  const text = `
    with ${wordTables.map((t) => t + ',').join('\n')}
    base as materialized (
      select s.ord, s.facet_values, s.rank_newest, s.rank_oldest, ${score} as score, ${fails} as fails
      from ${from}
      where ${where.join(' and ') || 'true'}
    ),
    hits as materialized (select ord, rank_newest, rank_oldest, score from base where fails = 0),
    total as (select count(*)::int as n from hits)
    select
      (select n from total) as total,
      (select coalesce(json_agg(json_build_object('ord', p.ord, 'score', p.score, 'resource', r.resource)
         order by p.k, p.k2), '[]'::json)
       from (
         select h.ord, h.score, ${key} as k, ${key2} as k2
         from hits h ${join}
         order by k, k2
         limit ${size}
         offset (least(${sql.add(query.page, 'int')}, greatest(1, ceil((select n from total) / ${size}::float8)::int)) - 1) * ${size}
       ) p join asm_resources r on r.ord = p.ord) as page,
      (select coalesce(json_agg(json_build_array(c.v, c.n)), '[]'::json)
       from (
         select v, count(*)::int as n
         from base b, unnest(b.facet_values) as v
         where b.fails & (b.fails - 1) = 0 and (b.fails = 0 or b.fails = 1 << (v / ${FACET_CODE})) ${countedCodes}
         group by v
       ) c) as counts`;
  return { text, values: sql.values };
}
