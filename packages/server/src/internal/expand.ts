import { MAX_EXPANSIONS, PREFIX_QUALITY, TYPO_QUALITY, letters, typos, within } from '@asm-kit/query/engine';
import type { Queryable } from '../db.js';

/** Dictionary terms of one query word, by match quality. */
export interface ExpandedWord {
  classes: { quality: number; terms: string[] }[];
  /** Every term of every class. */
  all: string[];
  /** Rarity of the word, ln(1 + documents / documents with any of its terms), as the index weighs it. */
  idf: number;
}

/**
 * Expands query words into dictionary terms the way @asm-kit/query's index does: the word itself, the words it
 * begins (last word only, unless the text ends with a space; at most MAX_EXPANSIONS in JavaScript string order),
 * and words within its typo distance that share its first letter. The dictionary narrows the typo candidates
 * in SQL (first UTF-16 unit, length, letter set); query's own `within` decides.
 */
export async function expandWords(
  tx: Queryable,
  words: readonly string[],
  prefix: boolean,
  documents: number,
): Promise<ExpandedWord[]> {
  const out: ExpandedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    const exact = (await tx.query('select 1 from asm_terms where term = $1', [t])).length > 0;
    let completions: string[] = [];
    if (prefix && i === words.length - 1) {
      const rows = await tx.query<{ term: string }>(
        'select term from asm_terms where term ^@ $1 and term <> $1 order by rank limit $2',
        [t, MAX_EXPANSIONS - (exact ? 1 : 0)],
      );
      completions = rows.map((r) => r.term);
    }
    const max = typos(t);
    let near: string[] = [];
    if (max) {
      const taken = new Set([t, ...completions]);
      const rows = await tx.query<{ term: string }>(
        `select term from asm_terms where first = $1 and length between $2 and $3
         and bit_count((letters # $4::int)::bit(32)) <= $5`,
        [t.charCodeAt(0), t.length - max, t.length + max, letters(t), 2 * max],
      );
      near = rows.map((r) => r.term).filter((term) => !taken.has(term) && within(t, term, max));
    }
    const all = [...(exact ? [t] : []), ...completions, ...near];
    // Resources with any of the terms, for the word's rarity.
    const [count] = all.length
      ? await tx.query<{ n: number }>(
          `select count(distinct p >> 4)::int as n from asm_terms t, unnest(t.postings) p
           where t.term = any($1::text[])`,
          [all],
        )
      : [{ n: 0 }];
    out.push({
      classes: [
        { quality: 1, terms: exact ? [t] : [] },
        { quality: PREFIX_QUALITY, terms: completions },
        { quality: TYPO_QUALITY, terms: near },
      ],
      all,
      idf: Math.log(1 + documents / (count!.n || 1)),
    });
  }
  return out;
}
