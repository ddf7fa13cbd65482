import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Query } from './query.js';
import { EMPTY_QUERY } from './query.js';
import { FILTER_NAMES } from './facets.js';
import { queryFromParams, queryToParams, urlParamNames } from './url-state.js';

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6})?$/);
const list = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  fc.uniqueArray(arb, { minLength: 1, maxLength: 4 });
const name = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== '');

const queryArb: fc.Arbitrary<Query> = fc
  .record(
    {
      text: fc.string({ maxLength: 40 }),
      type: list(slug),
      area: list(slug),
      language: list(fc.constantFrom('en', 'fr', 'es-419', 'pt-BR', 'fil')),
      country: list(fc.constantFrom('GH', 'PE', 'CO', 'CI', 'BF')),
      region: list(fc.constantFrom('002', '011', '419', '005')),
      organization: list(name),
      project: list(name),
      access: list(fc.constantFrom('open', 'registration', 'paywalled')),
      from: fc.integer({ min: 1000, max: 2100 }),
      to: fc.integer({ min: 2100, max: 9999 }),
      sort: fc.constantFrom('relevance', 'newest', 'oldest', 'title'),
      page: fc.integer({ min: 1, max: 5000 }),
      pageSize: fc.integer({ min: 1, max: 100 }),
    },
    { requiredKeys: ['text', 'page', 'pageSize'] },
  )
  .map(({ text, from, to, sort, page, pageSize, ...filters }) => {
    const q: Query = { text, filters, years: {}, page, pageSize };
    if (from !== undefined) q.years.from = from;
    if (to !== undefined) q.years.to = to;
    if (sort) q.sort = sort as Query['sort'];
    return q;
  });

describe('URL state', () => {
  it('round-trips any query through URL parameters', () => {
    fc.assert(
      fc.property(queryArb, fc.constantFrom('', 'lib1-'), (query, prefix) => {
        const params = queryToParams(query, { prefix });
        expect(queryFromParams(params.toString(), { prefix })).toEqual(query);
      }),
    );
  });

  it('writes nothing for the empty query', () => {
    expect(queryToParams(EMPTY_QUERY).toString()).toBe('');
  });

  it('writes readable names in table order with repeated values', () => {
    const params = queryToParams({
      text: 'mercury',
      filters: { organization: ['UNEP'], type: ['report', 'guide'], country: ['GH'], language: ['fr'] },
      years: { from: 2015, to: 2024 },
      sort: 'title',
      page: 2,
      pageSize: 50,
    });
    expect(params.toString()).toBe(
      'q=mercury&type=report&type=guide&country=GH&lang=fr&org=UNEP&year=2015-2024&sort=title&page=2&size=50',
    );
  });

  it('prefixes every name so two lists can share a page', () => {
    const params = queryToParams({ ...EMPTY_QUERY, text: 'gold', years: { to: 2020 } }, { prefix: 'lib1-' });
    expect(params.toString()).toBe('lib1-q=gold&lib1-year=-2020');
    expect(queryFromParams('q=other&lib1-q=gold', { prefix: 'lib1-' }).text).toBe('gold');
  });

  it('reads a single year as a one-year range and open ranges', () => {
    expect(queryFromParams('year=2020').years).toEqual({ from: 2020, to: 2020 });
    expect(queryFromParams('year=2015-').years).toEqual({ from: 2015 });
    expect(queryFromParams('year=-2024').years).toEqual({ to: 2024 });
  });

  it('drops unknown names and invalid values', () => {
    const q = queryFromParams(
      'type=Report!&type=guide&country=gh&country=XYZ&region=2&access=free&year=2024-2015&sort=best&page=0&size=1000&foo=1',
    );
    expect(q).toEqual({
      text: '',
      filters: { type: ['guide'], country: ['GH'] },
      years: {},
      page: 1,
      pageSize: 20,
    });
  });

  it('bounds the number of values and the length of the text', () => {
    const q = queryFromParams(
      'q=' + 'a'.repeat(5000) + '&' + Array.from({ length: 500 }, (_, i) => `org=o${i}`).join('&'),
    );
    expect(q.text.length).toBe(256);
    expect(q.filters.organization).toHaveLength(50);
  });

  it('ignores __proto__ and constructor keys and pollutes nothing', () => {
    for (const prefix of ['', '__proto__', 'constructor-']) {
      const names = [
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        'hasOwnProperty',
        '__proto__[type]',
      ];
      const text = names.map((n) => `${prefix}${n}=x&${prefix}${n}=guide`).join('&');
      const q = queryFromParams(`${text}&${prefix}type=guide`, { prefix });
      expect(q).toEqual({ ...EMPTY_QUERY, filters: { type: ['guide'] } });
      expect(Object.getPrototypeOf(q.filters)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).type).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('keeps repeated values once, in first-seen order, after their canonical form', () => {
    const q = queryFromParams(
      'type=guide&type=report&type=guide&country=gh&country=GH&country=pe&org=UNEP&org=UNEP',
    );
    expect(q.filters).toEqual({ type: ['guide', 'report'], country: ['GH', 'PE'], organization: ['UNEP'] });
  });

  it('drops malformed values of every facet', () => {
    const q = queryFromParams(
      'type=a--b&area=Gender&country=G1&lang=1x&org=%20UNEP&project=x%20&access=Open&region=11&year=20-21',
    );
    expect(q).toEqual(EMPTY_QUERY);
  });

  it('names the parameters it owns, in the order it writes them', () => {
    expect(urlParamNames()).toEqual([
      'q',
      'type',
      'area',
      'country',
      'lang',
      'org',
      'access',
      'year',
      'region',
      'project',
      'sort',
      'page',
      'size',
    ]);
    expect(urlParamNames('lib1-')[0]).toBe('lib1-q');
    const written = queryToParams(
      {
        text: 'x',
        filters: Object.fromEntries(FILTER_NAMES.map((name) => [name, ['v']])),
        years: { from: 2000 },
        sort: 'title',
        page: 2,
        pageSize: 10,
      },
      { prefix: 'p-' },
    );
    expect([...new Set(written.keys())]).toEqual(urlParamNames('p-'));
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 5 }), (garbage, prefix) => {
        const q = queryFromParams(garbage, { prefix });
        expect(typeof q.text).toBe('string');
        expect(q.page).toBeGreaterThanOrEqual(1);
        queryToParams(q);
      }),
      { numRuns: 500 },
    );
    for (const s of ['%', '%E0%A4%A', '?q=%ZZ&page=1e9&size=-1&year=--', '&&&==&', 'page=99999999999']) {
      expect(() => queryFromParams(s)).not.toThrow();
    }
  });
});
