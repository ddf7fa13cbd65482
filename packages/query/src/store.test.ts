import { describe, expect, it } from 'vitest';
import type { Query, SearchOptions, SearchResult, SearchSource } from './query.js';
import { createIndex } from './create-index.js';
import { minimalResource } from '@asm-kit/schema/testing';
import { createStore } from './store.js';

/** A source whose answers the test releases by hand, in any order. */
function manualSource() {
  const calls: {
    query: Query;
    options?: SearchOptions;
    resolve: (r: SearchResult) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const source: SearchSource = {
    search: (query, options) =>
      new Promise((resolve, reject) => calls.push({ query, options, resolve, reject })),
  };
  return { source, calls };
}
const result = (text: string, page = 1) => ({ query: { text }, page, total: 0 }) as unknown as SearchResult;
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('store', () => {
  it('is idle without a source and searches as soon as one is set', async () => {
    const store = createStore({ query: { text: 'gold' } });
    expect(store.getState()).toMatchObject({
      status: 'idle',
      query: { text: 'gold', page: 1, pageSize: 20 },
    });
    store.setSource(createIndex([minimalResource({ id: 'a', title: { en: 'Gold' } })]));
    expect(store.getState().status).toBe('loading');
    await tick();
    expect(store.getState()).toMatchObject({ status: 'ready', result: { total: 1 } });
  });

  it('never lets a stale response overwrite a newer one', async () => {
    const { source, calls } = manualSource();
    const store = createStore({ source });
    store.setQuery({ text: 'first' });
    store.setQuery({ text: 'second' });
    calls[2]!.resolve(result('second'));
    await tick();
    calls[1]!.resolve(result('first'));
    calls[0]!.resolve(result(''));
    await tick();
    expect(store.getState().result?.query.text).toBe('second');
    expect(store.getState().status).toBe('ready');
  });

  it('aborts the previous request when a new one starts', () => {
    const { source, calls } = manualSource();
    const store = createStore({ source });
    store.setQuery({ text: 'a' });
    expect(calls[0]!.options?.signal?.aborted).toBe(true);
    expect(calls[1]!.options?.signal?.aborted).toBe(false);
  });

  it('ignores a stale failure and reports a current one', async () => {
    const { source, calls } = manualSource();
    const store = createStore({ source });
    store.setQuery({ text: 'a' });
    calls[0]!.reject(new Error('stale'));
    await tick();
    expect(store.getState().status).toBe('loading');
    calls[1]!.reject(new Error('boom'));
    await tick();
    expect(store.getState()).toMatchObject({ status: 'error', error: new Error('boom') });
  });

  it('goes back to page 1 when text or filters change, unless a page is given', () => {
    const store = createStore({ query: { page: 4 } });
    store.setQuery({ sort: 'title' });
    expect(store.getState().query.page).toBe(4);
    store.setQuery({ filters: { type: ['report'] } });
    expect(store.getState().query.page).toBe(1);
    store.setQuery({ text: 'gold', page: 3 });
    expect(store.getState().query).toMatchObject({ text: 'gold', page: 3 });
  });

  it('passes locked filters, the language and the facets to count to the source', () => {
    const { source, calls } = manualSource();
    const store = createStore({ source, locked: { country: ['GH'] }, language: 'fr' });
    expect(calls[0]!.options).toMatchObject({ locked: { country: ['GH'] }, language: 'fr' });
    store.setOptions({ language: 'es' });
    expect(calls[1]!.options).toMatchObject({ locked: { country: ['GH'] }, language: 'es' });
    expect(store.getState().query).not.toHaveProperty('locked');
    store.setOptions({ facets: ['type', 'country'] });
    expect(calls[2]!.options).toMatchObject({ language: 'es', facets: ['type', 'country'] });
  });

  it('keeps the clamped page of the result in the state', async () => {
    const { source, calls } = manualSource();
    const store = createStore({ source, query: { page: 9 } });
    calls[0]!.resolve(result('', 2));
    await tick();
    expect(store.getState().query.page).toBe(2);
  });

  it('notifies subscribers until they unsubscribe', () => {
    const store = createStore({});
    const seen: string[] = [];
    const off = store.subscribe((s) => seen.push(s.query.text));
    store.setQuery({ text: 'a' });
    off();
    store.setQuery({ text: 'b' });
    expect(seen).toEqual(['a']);
  });
});

describe('store.allHits', () => {
  const resources = Array.from({ length: 250 }, (_, i) =>
    minimalResource({
      id: `r${String(i).padStart(3, '0')}`,
      title: { en: `${i % 2 ? 'Gold' : 'Mercury'} report ${String(i).padStart(3, '0')}` },
      ...(i % 5 === 0 ? { countries: ['GH'] } : {}),
    }),
  );

  it('returns every hit of the current query in its order, across pages, with locked filters applied', async () => {
    const store = createStore({ source: createIndex(resources), query: { text: 'gold', sort: 'title' } });
    await tick();
    expect(store.getState().result?.hits).toHaveLength(20);
    const hits = await store.allHits();
    const expected = resources
      .filter((_, i) => i % 2)
      .map((r) => r.id)
      .sort();
    expect(hits.map((h) => h.resource.id)).toEqual(expected);

    // What clearing the search would show, without clearing it.
    expect(await store.allHits({ query: { text: '' } })).toHaveLength(250);
    expect(store.getState().query.text).toBe('gold');

    store.setOptions({ locked: { country: ['GH'] } });
    const locked = await store.allHits();
    expect(locked.map((h) => h.resource.id)).toEqual(expected.filter((id) => Number(id.slice(1)) % 5 === 0));
  });

  it('asks its source for no facet counts: a download of every hit only needs the hits', async () => {
    const index = createIndex(resources);
    const asked: (readonly string[] | undefined)[] = [];
    const source: SearchSource = {
      search: (query, options) => {
        asked.push(options?.facets);
        return index.search(query, options);
      },
    };
    const store = createStore({ source });
    await tick();
    const hits = await store.allHits();
    expect(hits).toHaveLength(250);
    // The store's own search counts every facet; the three pages of allHits (100 a page) count none.
    expect(asked).toEqual([undefined, [], [], []]);
  });

  it('is empty without a source, and rejects when its signal aborts', async () => {
    expect(await createStore({}).allHits()).toEqual([]);
    const store = createStore({ source: createIndex(resources) });
    const controller = new AbortController();
    controller.abort();
    await expect(store.allHits({ signal: controller.signal })).rejects.toThrow();
  });
});
