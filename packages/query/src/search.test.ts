import { describe, expect, it } from 'vitest';
import { createIndex } from './create-index.js';
import { minimalResource } from '@asm-kit/schema/testing';
import type { Query } from './query.js';
import { EMPTY_QUERY } from './query.js';

const q = (patch: Partial<Query>): Query => ({ ...EMPTY_QUERY, ...patch });
const ids = (index: ReturnType<typeof createIndex>, patch: Partial<Query>, locked?: Query['filters']) =>
  index.searchSync(q(patch), { locked, language: 'en' }).hits.map((h) => h.resource.id);

const docs = [
  minimalResource({
    id: 'peru',
    title: { es: 'La minería de oro en el Perú', en: 'Gold mining in Peru' },
    countries: ['PE'],
    published: '2021-03',
    type: 'report',
  }),
  minimalResource({
    id: 'ivory',
    title: { fr: "L'orpaillage en Côte d'Ivoire" },
    summary: { fr: 'Étude de cas.' },
    countries: ['CI'],
    published: '2019',
    type: 'case-study',
  }),
  minimalResource({
    id: 'mercury-summary',
    title: { en: 'Field notes' },
    summary: { en: 'Reducing mercury in processing.' },
    published: '2023-01-10',
    countries: ['GH'],
  }),
  minimalResource({ id: 'mercury-title', title: { en: 'Mercury in processing' }, countries: ['GH', 'PE'] }),
  minimalResource({ id: 'mercurial', title: { en: 'Mercurial markets' }, published: '2020', type: 'guide' }),
];
const index = createIndex(docs);

describe('text search', () => {
  it('indexes and finds a word of a million letters (a URL or a pasted blob in a title)', () => {
    const long = 'w'.repeat(1_000_000);
    const huge = createIndex([minimalResource({ id: 'huge', title: { en: `Report ${long} end` } })]);
    expect(huge.searchSync({ ...EMPTY_QUERY, text: 'report' }).total).toBe(1);
    expect(huge.searchSync({ ...EMPTY_QUERY, text: long.slice(0, 20) }).total).toBe(1);
  });

  it('folds diacritics in both directions', () => {
    expect(ids(index, { text: 'mineria' })).toEqual(['peru']);
    expect(ids(index, { text: 'MINERÍA' })).toEqual(['peru']);
    expect(ids(index, { text: 'cote ivoire' })).toEqual(['ivory']);
    expect(ids(index, { text: 'étude' })).toEqual(['ivory']);
  });

  it('requires every word to match', () => {
    expect(ids(index, { text: 'gold peru' })).toEqual(['peru']);
    expect(ids(index, { text: 'gold ghana' })).toEqual([]);
  });

  it('matches the last word as a prefix while typing, but not after a space', () => {
    expect(ids(index, { text: 'mercu' }).sort()).toEqual(['mercurial', 'mercury-summary', 'mercury-title']);
    expect(ids(index, { text: 'mercu ' })).toEqual([]);
    expect(ids(index, { text: 'merc processing' }).sort()).toEqual([]);
  });

  it('tolerates a typo in a longer word and ranks it below exact matches', () => {
    const typo = createIndex([
      minimalResource({ id: 'typo', title: { en: 'Mercury' } }),
      minimalResource({ id: 'exact', summary: { en: 'about mercuyr' }, title: { en: 'x' } }),
    ]);
    expect(ids(typo, { text: 'mercuyr ' })).toEqual(['exact', 'typo']);
    expect(ids(index, { text: 'gold mininh' })).toEqual(['peru']);
    expect(ids(index, { text: 'gld ' })).toEqual([]);
  });

  it('ranks a title match above a summary match', () => {
    expect(ids(index, { text: 'mercury ' })).toEqual(['mercury-title', 'mercury-summary']);
  });

  it('ranks an exact word above a prefix completion', () => {
    const words = createIndex([
      minimalResource({ id: 'completion', title: { en: 'Minerals' } }),
      minimalResource({ id: 'exact', title: { en: 'Mine' } }),
    ]);
    expect(ids(words, { text: 'mine' })).toEqual(['exact', 'completion']);
  });

  it('finds words of type and area labels in every UI language', () => {
    expect(ids(index, { text: 'guide' })).toEqual(['mercurial']);
    const r = createIndex([minimalResource({ id: 'a', knowledgeAreas: ['gender'], title: { en: 'x' } })]);
    expect(ids(r, { text: 'gender' })).toEqual(['a']);
    expect(ids(r, { text: 'genero' })).toEqual(['a']);
    const extra = createIndex(
      [minimalResource({ id: 'b', knowledgeAreas: ['biodiversity'], title: { en: 'x' } })],
      {
        extraTerms: { knowledgeAreas: { biodiversity: { en: 'Biodiversity', fr: 'Biodiversité' } } },
      },
    );
    expect(ids(extra, { text: 'biodiversite' })).toEqual(['b']);
  });

  it('highlights matched words in the displayed title of the UI language, accent-insensitively', () => {
    const result = index.searchSync(q({ text: 'mineria oro' }), { language: 'es' });
    const title = result.hits[0]!.title;
    expect(title).toEqual({
      language: 'es',
      text: 'La minería de oro en el Perú',
      highlights: [
        [3, 10],
        [14, 17],
      ],
    });
    const english = index.searchSync(q({ text: 'mineria' }), { language: 'en' }).hits[0]!.title;
    expect(english.text).toBe('Gold mining in Peru');
    expect(english.highlights).toEqual([]);
  });
});

describe('filters and facets', () => {
  it('combines values of one facet with OR and facets with AND', () => {
    expect(ids(index, { filters: { country: ['PE', 'CI'] } }).sort()).toEqual([
      'ivory',
      'mercury-title',
      'peru',
    ]);
    expect(ids(index, { filters: { country: ['PE', 'CI'], type: ['report'] } }).sort()).toEqual([
      'mercury-title',
      'peru',
    ]);
  });

  it('counts each facet without its own selection', () => {
    const result = index.searchSync(q({ filters: { country: ['GH'], type: ['report'] } }));
    expect(result.total).toBe(2);
    expect(result.facets.country.values).toEqual([
      { value: 'GH', count: 2, selected: true },
      { value: 'PE', count: 2, selected: false },
    ]);
    expect(result.facets.type.values).toEqual([{ value: 'report', count: 2, selected: true }]);
  });

  it('keeps selected values listed at 0, including values the catalogue lacks', () => {
    const result = index.searchSync(q({ filters: { country: ['CI'], type: ['guide', 'map'] } }));
    expect(result.total).toBe(0);
    expect(result.facets.type.values).toEqual([
      { value: 'case-study', count: 1, selected: false },
      { value: 'guide', count: 0, selected: true },
      { value: 'map', count: 0, selected: true },
    ]);
    expect(result.facets.type.distinct).toBe(3);
  });

  it('counts only the facets asked for, and leaves the others empty', () => {
    for (const text of ['', 'mercury']) {
      const query = q({ text, filters: { country: ['GH', 'PE'], type: ['report'] }, years: { from: 2020 } });
      const all = index.searchSync(query, { language: 'en' });
      const some = index.searchSync(query, { language: 'en', facets: ['country', 'area'] });
      expect(some.hits).toEqual(all.hits);
      expect(some.total).toBe(all.total);
      expect(some.facets.country).toEqual(all.facets.country);
      expect(some.facets.area).toEqual(all.facets.area);
      // not counted, even with a selection: no values, not even the selected ones
      expect(some.facets.type).toEqual({ name: 'type', values: [], distinct: 0 });
      expect(some.facets.year).toEqual({ name: 'year', values: [], distinct: 0 });
      expect(some.years).toEqual({});
    }
    const none = index.searchSync(q({}), { facets: [] });
    expect(none.total).toBe(docs.length);
    for (const facet of Object.values(none.facets)) expect(facet.values).toEqual([]);
  });

  it('sorts values by count, then by label in the UI language', () => {
    const result = index.searchSync(q({}), { language: 'fr' });
    expect(result.facets.country.values.map((v) => v.value)).toEqual(['GH', 'PE', 'CI']);
    const en = index.searchSync(q({}), { language: 'en' }).facets.type.values.map((v) => v.value);
    expect(en).toEqual(['report', 'case-study', 'guide']);
  });

  it('derives regions from countries', () => {
    const result = index.searchSync(q({ filters: { region: ['011'] } }));
    expect(result.hits.map((h) => h.resource.id).sort()).toEqual([
      'ivory',
      'mercury-summary',
      'mercury-title',
    ]);
    expect(result.facets.region.values.find((v) => v.value === '005')).toEqual({
      value: '005',
      count: 2,
      selected: false,
    });
  });

  it('filters by a year range, excluding undated resources, and counts years without it', () => {
    const result = index.searchSync(q({ years: { from: 2020 } }));
    expect(result.hits.map((h) => h.resource.id).sort()).toEqual(['mercurial', 'mercury-summary', 'peru']);
    expect(result.years).toEqual({ min: 2019, max: 2023 });
    expect(result.facets.year.values.find((v) => v.value === '2019')).toEqual({
      value: '2019',
      count: 1,
      selected: false,
    });
    expect(result.facets.year.values.find((v) => v.value === '2021')?.selected).toBe(true);
  });

  it('always applies locked filters, in hits and in every count', () => {
    const result = index.searchSync(q({ filters: { country: ['PE'] } }), { locked: { country: ['GH'] } });
    expect(result.hits.map((h) => h.resource.id)).toEqual(['mercury-title']);
    expect(result.facets.country.values).toEqual([
      { value: 'GH', count: 2, selected: false },
      { value: 'PE', count: 1, selected: true },
    ]);
    expect(result.query.filters).toEqual({ country: ['PE'] });
  });
});

describe('sorting and paging', () => {
  it('sorts newest first without text and by relevance with text', () => {
    const browse = index.searchSync(q({}));
    expect(browse.sort).toBe('newest');
    expect(browse.hits.map((h) => h.resource.id)).toEqual([
      'mercury-summary',
      'peru',
      'mercurial',
      'ivory',
      'mercury-title',
    ]);
    expect(index.searchSync(q({ text: 'mercury' })).sort).toBe('relevance');
  });

  it('sorts oldest first with undated resources last', () => {
    expect(ids(index, { sort: 'oldest' })).toEqual([
      'ivory',
      'mercurial',
      'peru',
      'mercury-summary',
      'mercury-title',
    ]);
  });

  it('sorts titles with the collation of the UI language', () => {
    const titles = createIndex([
      minimalResource({ id: 'z', title: { en: 'Zinc' } }),
      minimalResource({ id: 'a-acute', title: { en: 'Águila' } }),
      minimalResource({ id: 'b', title: { en: 'bueno' } }),
      minimalResource({ id: 'a', title: { en: 'abc' } }),
      minimalResource({ id: 'n10', title: { en: 'Note 10' } }),
      minimalResource({ id: 'n2', title: { en: 'Note 2' } }),
    ]);
    expect(ids(titles, { sort: 'title' })).toEqual(['a', 'a-acute', 'b', 'n2', 'n10', 'z']);
  });

  it('clamps an out-of-range page and reports the page count', () => {
    const result = index.searchSync(q({ page: 99, pageSize: 2 }));
    expect(result).toMatchObject({ page: 3, pageCount: 3, total: 5, pageSize: 2 });
    expect(result.hits.map((h) => h.resource.id)).toEqual(['mercury-title']);
    expect(result.query.page).toBe(3);
    const empty = index.searchSync(q({ text: 'nothing-matches', page: 4 }));
    expect(empty).toMatchObject({ page: 1, pageCount: 1, total: 0, hits: [] });
  });

  it('pages through relevance order without gaps or repeats', () => {
    const all = ids(index, { text: 'mercu', pageSize: 100 });
    const paged = [1, 2].flatMap((page) => ids(index, { text: 'mercu', pageSize: 2, page }));
    expect(paged).toEqual(all);
  });
});

describe('robustness', () => {
  it('accepts a catalogue object and an empty list', () => {
    const fromCatalogue = createIndex({
      schemaVersion: '1.0',
      name: { en: 'x' },
      defaultLanguage: 'en',
      resources: docs,
    } as never);
    expect(fromCatalogue.size).toBe(5);
    expect(createIndex([]).searchSync(q({ text: 'x' })).total).toBe(0);
  });

  it('never throws on malformed queries and options', () => {
    const bad = [
      {},
      {
        text: 42,
        filters: { type: 'report', country: [1, null, 'GH'] },
        years: { from: 'x' },
        page: -3,
        pageSize: 1e9,
      },
      { text: '\u0301\u0301 ¿¿ ', sort: 'best' },
      null,
    ];
    for (const query of bad) {
      expect(() =>
        index.searchSync(query as never, { language: 'not a tag!!', locked: { nope: ['x'] } as never }),
      ).not.toThrow();
    }
  });

  it('answers asynchronously and rejects when aborted first', async () => {
    await expect(index.search(q({ text: 'gold' }))).resolves.toMatchObject({ total: 1 });
    const controller = new AbortController();
    controller.abort();
    await expect(index.search(q({}), { signal: controller.signal })).rejects.toBeDefined();
  });
});
