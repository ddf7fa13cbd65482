import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { EMPTY_QUERY } from '@asm-kit/query';
import type { Library } from './library.js';
import { openLibrary } from './library.js';
import { describeEngines, describePostgres } from './testing/engines.js';

const resource = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  title,
  type: 'report',
  ...extra,
});
const catalogue = (publisher: string, resources: unknown[], extra: Record<string, unknown> = {}) => ({
  name: `${publisher} library`,
  publisher,
  defaultLanguage: 'en',
  resources,
  ...extra,
});

const ALL = { ...EMPTY_QUERY, pageSize: 100 };

describeEngines('loading and federation', (engine) => {
  let library: Library;
  beforeAll(async () => {
    library = await openLibrary(await engine.fresh());
  });
  afterAll(() => library?.close());

  it('skips invalid records with their issues, and loads the rest of the catalogue', async () => {
    const report = await library.load([
      {
        source: 'https://a.example.org/catalogue.json',
        data: catalogue('Publisher A', [
          resource('good-one', 'Mercury-free gold processing', { published: '2019' }),
          resource('bad-type', 'A resource of an unknown type', { type: 'not-a-type' }),
          resource('good-two', 'Women in artisanal mining'),
        ]),
      },
    ]);
    expect(report.sources[0]!.records).toBe(2);
    expect(report.sources[0]!.issues.map((i) => i.path)).toContain('resources[1].type');
    const result = await library.search(ALL);
    expect(result.hits.map((h) => h.resource.id).sort()).toEqual(['good-one', 'good-two']);
  });

  it('merges the same resource of two publishers into one hit listing both sources', async () => {
    await library.load([
      {
        source: 'https://a.example.org/catalogue.json',
        data: catalogue('Publisher A', [
          resource('by-doi', 'Guide A', { identifiers: { doi: '10.1234/ABC' } }),
          resource('by-url', 'Handbook', { url: 'https://www.example.org/handbook/' }),
          resource('by-title', 'Mercury-free mining', { published: '2019' }),
          resource('shared-id', 'Only in A'),
        ]),
      },
      {
        source: 'b.json',
        data: catalogue('Publisher B', [
          resource('doi-copy', 'Guide B', { identifiers: { doi: '10.1234/abc' } }),
          resource('url-copy', 'Handbook (copy)', { url: 'http://example.org/handbook' }),
          resource('title-copy', 'MERCURY FREE MINING', { published: '2019-05' }),
          resource('same-title-other-year', 'Mercury-free mining', { published: '2020' }),
          resource('shared-id', 'Only in B'),
        ]),
      },
    ]);
    const result = await library.search(ALL);
    const byId = new Map(result.hits.map((h) => [h.resource.id, h]));
    expect([...byId.keys()].sort()).toEqual(
      ['by-doi', 'by-title', 'by-url', 'same-title-other-year', 'shared-id', 'shared-id-2'].sort(),
    );
    expect(byId.get('by-doi')!.sources).toEqual([
      { source: 'https://a.example.org/catalogue.json', id: 'by-doi' },
      { source: 'b.json', id: 'doi-copy' },
    ]);
    expect(byId.get('by-url')!.sources.map((s) => s.id)).toEqual(['by-url', 'url-copy']);
    expect(byId.get('by-title')!.sources.map((s) => s.id)).toEqual(['by-title', 'title-copy']);
    expect(byId.get('shared-id-2')!.resource.title).toEqual({ en: 'Only in B' });
    expect(byId.get('shared-id-2')!.sources).toEqual([{ source: 'b.json', id: 'shared-id' }]);
    expect(await library.resource('by-url')).toEqual({
      resource: expect.objectContaining({ id: 'by-url' }),
      sources: [
        {
          source: 'https://a.example.org/catalogue.json',
          id: 'by-url',
          url: 'https://www.example.org/handbook/',
        },
        { source: 'b.json', id: 'url-copy', url: 'http://example.org/handbook' },
      ],
    });
    expect(await library.resource('no-such-id')).toBeUndefined();
  });

  it("lists each catalogue's own types and areas with their labels, for a client to show them", async () => {
    const extraTerms = { resourceTypes: { 'field-note': { en: 'Field note', fr: 'Note de terrain' } } };
    const own = await openLibrary(await engine.fresh());
    try {
      await own.load([
        {
          source: 'terms.json',
          data: catalogue('Publisher T', [resource('noted', 'Noted', { type: 'field-note' })], {
            extraTerms,
          }),
        },
        { source: 'plain.json', data: catalogue('Publisher P', [resource('plain', 'Plain')]) },
      ]);
      const info = await own.info();
      expect(info.sources.map((s) => [s.source, s.extraTerms])).toEqual([
        ['terms.json', extraTerms],
        ['plain.json', undefined],
      ]);
    } finally {
      await own.close();
    }
  });

  it('replaces a reloaded catalogue and keeps the others, in load order', async () => {
    await library.load([
      {
        source: 'https://a.example.org/catalogue.json',
        data: catalogue('Publisher A', [resource('solo', 'Alone')]),
      },
    ]);
    const info = await library.info();
    expect(info.sources.map((s) => [s.source, s.publisher, s.records])).toEqual([
      ['https://a.example.org/catalogue.json', 'Publisher A', 1],
      ['b.json', 'Publisher B', 5],
    ]);
    expect(info.resources).toBe(6);
    const ids = (await library.search(ALL)).hits.map((h) => h.resource.id);
    expect(ids).toContain('solo');
    expect(ids).toContain('doi-copy');
  });

  it('answers a repeated search with an equal, separate result, and a new one after a load', async () => {
    const query = { ...EMPTY_QUERY, text: 'alone' };
    const first = await library.search(query);
    expect(first.total).toBe(1);
    first.hits.length = 0;
    first.total = 99;
    const again = await library.search(query);
    expect(again.total).toBe(1);
    expect(again.hits).toHaveLength(1);
    await library.load([
      {
        source: 'https://a.example.org/catalogue.json',
        data: catalogue('Publisher A', [resource('solo', 'Alone'), resource('duo', 'Not alone')]),
      },
    ]);
    expect((await library.search(query)).total).toBe(2);
  });

  it('answers searches during a load with the old or the new library, never a mix', async () => {
    const make = (prefix: string, n: number) =>
      catalogue(
        'Publisher B',
        Array.from({ length: n }, (_, i) => resource(`${prefix}-${i}`, `${prefix} mercury report ${i}`)),
      );
    await library.load([{ source: 'b.json', data: make('old', 300) }]);
    const loading = library.load([{ source: 'b.json', data: make('new', 500) }]);
    let done = false;
    void loading.finally(() => (done = true));
    const seen = new Set<number>();
    while (!done) {
      const result = await library.search({ ...EMPTY_QUERY, text: 'mercury', pageSize: 100 });
      const prefixes = new Set(result.hits.map((h) => h.resource.id.split('-')[0]));
      expect(prefixes.size).toBe(1);
      expect(result.total).toBe(prefixes.has('old') ? 300 : 500);
      seen.add(result.total);
    }
    await loading;
    expect((await library.search({ ...EMPTY_QUERY, text: 'mercury' })).total).toBe(500);
    expect(seen.size).toBeGreaterThan(0);
  });
});

describe('opening a database that is not there', () => {
  it('fails with the connection error', async () => {
    await expect(openLibrary({ databaseUrl: 'postgres://asm@127.0.0.1:1/none' })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });
});

// PGlite has one user (its searches still run in READ ONLY transactions): roles need a database server.
describePostgres('the read-only role', (engine) => {
  it('lets searches read and nothing else', async () => {
    const options = (await engine.fresh()) as { databaseUrl: string };
    const library = await openLibrary(options);
    await library.load([{ source: 'a.json', data: catalogue('A', [resource('one', 'Mercury')]) }]);
    await library.close();
    const admin = new pg.Client({ connectionString: options.databaseUrl });
    await admin.connect();
    await admin.query(`create role web login password 'web' in role asm_kit_reader`);
    await admin.end();
    const readerUrl = options.databaseUrl.replace('postgres://asm@', 'postgres://web:web@');
    const reader = await openLibrary({ ...options, readerUrl });
    expect((await reader.search({ ...EMPTY_QUERY, text: 'mercury' })).total).toBe(1);
    await reader.close();
    const web = new pg.Client({ connectionString: readerUrl });
    await web.connect();
    await expect(web.query('delete from asm_resources')).rejects.toThrow(/permission denied/);
    await web.end();
  });
});
