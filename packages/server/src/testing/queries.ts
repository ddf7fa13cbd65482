// Seeded queries for the contract suite, drawn from a catalogue's own words and facet values so that most of them
// find something: words, prefixes, typos, several words, diacritics and case, hostile text; filters, unknown
// values, year ranges, every sort, paging past the end, locked filters and UI languages.
import type { Catalogue } from '@asm-kit/schema';
import type { Filters, FilterName, Query, SearchOptions, SortOrder } from '@asm-kit/query';
import { EMPTY_QUERY, FACETS } from '@asm-kit/query';
import { tokenize } from '@asm-kit/query/engine';
import { HOSTILE_TEXT, rng } from './generate.js';

/** A query and the options it is asked with. */
export interface ContractCase {
  query: Query;
  options: SearchOptions;
}

const SORTS: (SortOrder | undefined)[] = ['relevance', 'newest', 'oldest', 'title', undefined];
const LANGUAGES = ['en', 'fr', 'es', 'pt', 'id', 'de', 'pt-BR', 'zz-!!', undefined];
const HOSTILE_QUERIES = [
  ...HOSTILE_TEXT,
  "' or 1=1 --",
  '%',
  '_',
  '\\',
  '$1',
  "'); select pg_sleep(10); --",
  '   ',
  'mercury ',
  'MERCURY Minería',
  'mineria',
  'côte d’ivoire',
];

/** `count` cases for a catalogue, always the same for the same seed. */
export function contractCases(catalogue: Catalogue, count: number, seed: number): ContractCase[] {
  const random = rng(seed);
  const below = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[below(list.length)]!;

  const words = [
    ...new Set(
      catalogue.resources.flatMap((r) => [
        ...Object.values(r.title).flatMap(tokenize),
        ...(r.keywords ?? []).flatMap(tokenize),
      ]),
    ),
  ].sort();
  const values = new Map<FilterName, string[]>();
  for (const facet of FACETS) {
    if (facet.range) continue;
    const seen = new Set<string>();
    for (const r of catalogue.resources) for (const v of facet.values(r)) if (v) seen.add(v);
    values.set(facet.name as FilterName, [...seen].sort());
  }

  const typo = (w: string): string => {
    if (w.length < 5) return w;
    const i = 1 + below(w.length - 2);
    const kind = below(3);
    if (kind === 0) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); // swap
    if (kind === 1) return w.slice(0, i) + 'q' + w.slice(i + 1); // substitute
    return w.slice(0, i) + w.slice(i + 1); // delete
  };
  // Most words and filter values come from one resource, so that most queries find it and its neighbours.
  let own: string[] = words;
  let focus = catalogue.resources[0]!;
  const word = (): string => (random() < 0.7 && own.length ? pick(own) : pick(words));
  const text = (): string => {
    const kind = below(10);
    if (kind === 0) return '';
    if (kind === 1) return pick(HOSTILE_QUERIES);
    if (kind === 2) return word().slice(0, 1 + below(3)); // short prefix
    if (kind === 3) return typo(word());
    if (kind === 4) return `${word()} ${word()}`;
    if (kind === 5) return `${word()} ${word().slice(0, 3)}`;
    if (kind === 6) return word().toUpperCase() + ' ';
    if (kind === 7) return `${typo(word())} ${word()} ${word()}`;
    return word();
  };
  const filters = (): Filters => {
    const out: Partial<Record<FilterName, string[]>> = {};
    for (let n = below(3); n > 0; n--) {
      const name = pick([...values.keys()]);
      const list = values.get(name)!;
      const mine = [...FACETS.find((f) => f.name === name)!.values(focus)].filter((v) => v);
      if (!list.length) continue;
      const chosen = [random() < 0.7 && mine.length ? pick(mine) : pick(list)];
      if (random() < 0.3) chosen.push(pick(list));
      if (random() < 0.1) chosen.push(name === 'country' ? 'ZZ' : 'not-in-the-catalogue');
      out[name] = [...new Set(chosen)];
    }
    return out;
  };

  const cases: ContractCase[] = [];
  for (let i = 0; i < count; i++) {
    focus = pick(catalogue.resources);
    own = [...Object.values(focus.title).flatMap(tokenize), ...(focus.keywords ?? []).flatMap(tokenize)];
    const years: Query['years'] = {};
    if (random() < 0.2) years.from = 2000 + below(25);
    if (random() < 0.15) years.to = 2010 + below(20);
    const query: Query = {
      ...EMPTY_QUERY,
      text: text(),
      filters: filters(),
      years,
      page: random() < 0.2 ? 2 + below(3) : random() < 0.05 ? 9999 : 1,
      pageSize: pick([5, 20, 20, 100]),
    };
    const sort = pick(SORTS);
    if (sort) query.sort = sort;
    const options: SearchOptions = {};
    const language = pick(LANGUAGES);
    if (language) options.language = language;
    if (random() < 0.15) {
      const name = pick(['country', 'type', 'language'] as const);
      options.locked = { [name]: values.get(name)!.slice(0, 1 + below(3)) };
    }
    if (random() < 0.1) {
      const facets = FACETS.map((f) => f.name).filter(() => random() < 0.4);
      Object.assign(options, { facets });
    }
    cases.push({ query, options });
  }
  return cases;
}
