import { EMPTY_QUERY, queryToParams, type Query } from '@asm-kit/query';
import { describe, expect, it } from 'vitest';
import { searchParams } from './remote-source.js';
import { CatalogueLoadError, leaseRemote } from './shared-catalogue.js';

// The remote source against a real server is tested end to end (tests/e2e/remote.e2e.test.ts, @asm-kit/server
// on PGlite); here, what it asks the server for.

const queries: Query[] = [
  EMPTY_QUERY,
  { ...EMPTY_QUERY, text: 'mercury reduction' },
  { ...EMPTY_QUERY, text: 'é & ü=?#', page: 3, pageSize: 5, sort: 'title' },
  { ...EMPTY_QUERY, filters: { country: ['GH', 'BF'], type: ['guide'], organization: ['UNEP, Chemicals'] } },
  { ...EMPTY_QUERY, filters: { language: ['fr'], access: ['open'] }, years: { from: 2010 } },
  { ...EMPTY_QUERY, years: { to: 999 }, sort: 'oldest', pageSize: 100 },
  { ...EMPTY_QUERY, years: { from: 2015, to: 2020 }, filters: { area: ['mercury-reduction'] }, page: 2 },
];

describe('searchParams', () => {
  it("starts with exactly url-state's parameters of the query", () => {
    for (const query of queries) {
      const written = [...searchParams(query, { language: 'fr', locked: { country: ['GH'] } })];
      const urlState = [...queryToParams(query)];
      expect(written.slice(0, urlState.length)).toEqual(urlState);
    }
  });

  it('adds the UI language, each locked value as lock-<parameter>, and the facets to count', () => {
    const params = searchParams(
      { ...EMPTY_QUERY, text: 'gold' },
      {
        language: 'pt',
        locked: { country: ['GH', 'BF'], language: ['fr'], organization: ['UNEP'] },
        facets: ['type', 'area'],
      },
    );
    expect(params.toString()).toBe(
      'q=gold&ui=pt&lock-country=GH&lock-country=BF&lock-lang=fr&lock-org=UNEP&facets=type%2Carea',
    );
    expect(searchParams(EMPTY_QUERY).toString()).toBe('');
    // No facet to count is a request too (the counts are not wanted), not "all facets".
    expect(searchParams(EMPTY_QUERY, { facets: [] }).toString()).toBe('facets=');
  });
});

describe('leaseRemote', () => {
  it('fails as a network error, without a request, for an endpoint that is not http(s)', async () => {
    const lease = leaseRemote('javascript:alert(1)');
    const error = await lease.ready.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CatalogueLoadError);
    expect((error as CatalogueLoadError).kind).toBe('network');
    expect(await lease.preview.catch(() => 'failed')).toBe('failed');
  });

  it('fails as a network error when nothing answers at the endpoint', async () => {
    // Port 9 (discard) on loopback: nothing listens there, the connection is refused.
    const lease = leaseRemote('http://127.0.0.1:9/v1/');
    const error = await lease.ready.catch((caught: unknown) => caught);
    expect((error as CatalogueLoadError).kind).toBe('network');
    lease.release();
  });
});
