// The HTTP API over real HTTP on loopback, on a PGlite library of the demo catalogue (and, for a database lost
// while serving, on a real PostgreSQL).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Query } from '@asm-kit/query';
import { EMPTY_QUERY, queryFromParams, queryToParams } from '@asm-kit/query';
import type { Library } from '../library.js';
import { openLibrary } from '../library.js';
import { describePostgres } from '../testing/engines.js';
import { generateCatalogue } from '../testing/generate.js';
import type { HttpServer, LogEntry } from './server.js';
import { createHttpServer } from './server.js';

const demo: unknown = JSON.parse(
  readFileSync(new URL('../../../../fixtures/demo-catalogue.json', import.meta.url), 'utf8'),
);

/** A library of the demo catalogue served on a free loopback port. */
async function serveDemo(library: Library, options: Parameters<typeof createHttpServer>[1] = {}) {
  const http = createHttpServer(library, { log: () => undefined, ...options });
  const port = await http.listen(0);
  return { http, base: `http://127.0.0.1:${port}` };
}

describe('the HTTP API', () => {
  let library: Library;
  let http: HttpServer;
  let base: string;
  const logs: LogEntry[] = [];
  beforeAll(async () => {
    library = await openLibrary();
    await library.load([{ source: 'demo-catalogue.json', data: demo }]);
    ({ http, base } = await serveDemo(library, {
      corsOrigins: ['https://partner.example.org'],
      rateLimit: { perSecond: 1000, burst: 1000 },
      log: (entry) => logs.push(entry),
    }));
  });
  afterAll(async () => {
    await http?.close();
    await library?.close();
  });

  it("answers GET /v1/search, read with url-state, with the library's SearchResult", async () => {
    const queries: Query[] = [
      { ...EMPTY_QUERY, text: 'mercury', filters: { country: ['GH', 'BF'] }, sort: 'title' },
      { ...EMPTY_QUERY, text: 'minería ', years: { from: 2015, to: 2024 }, page: 2, pageSize: 5 },
      { ...EMPTY_QUERY, filters: { type: ['guide'], organization: ['UNEP'] } },
    ];
    for (const query of queries) {
      const params = queryToParams(query);
      const response = await fetch(`${base}/v1/search?${params}&ui=fr&lock-lang=en`);
      expect(response.status).toBe(200);
      const expected = await library.search(queryFromParams(params), {
        language: 'fr',
        locked: { language: ['en'] },
      });
      expect(await response.json()).toEqual(JSON.parse(JSON.stringify(expected)));
    }
  });

  it('sends an ETag and Cache-Control, and 304 for a matching If-None-Match', async () => {
    const first = await fetch(`${base}/v1/search?q=gold`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await fetch(`${base}/v1/search?q=gold`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    const other = await fetch(`${base}/v1/search?q=women`, { headers: { 'If-None-Match': etag! } });
    expect(other.status).toBe(200);
  });

  it('compresses answers for clients that accept gzip', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<{ encoding?: string; data: Buffer }>((resolve, reject) => {
      request(`${base}/v1/search`, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], data: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    });
    expect(body.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(body.data).toString('utf8')).total).toBe(42);
  });

  it('allows browsers of the listed origins only (CORS)', async () => {
    const allowed = await fetch(`${base}/v1/search`, { headers: { Origin: 'https://partner.example.org' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
    const other = await fetch(`${base}/v1/search`, { headers: { Origin: 'https://evil.example.com' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base}/v1/search`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://partner.example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('answers injection and oversized values in every parameter with 400 or a normal answer, never 500', async () => {
    const hostile = [
      "'; drop table asm_resources; --",
      "' or '1'='1",
      '%',
      '_',
      '\\',
      '{a,b}',
      '$1',
      '\u0000',
      'é'.repeat(300),
      'x'.repeat(5000),
      '-1',
      '99999999999',
    ];
    const names = ['q', 'type', 'area', 'country', 'lang', 'org', 'access', 'year', 'region', 'project'];
    const more = ['sort', 'page', 'size', 'ui', 'lock-country', 'lock-org', 'facets', 'unknown'];
    const statuses = new Set<number>();
    for (const name of [...names, ...more]) {
      for (const value of hostile) {
        const response = await fetch(`${base}/v1/search?${new URLSearchParams([[name, value]])}`);
        statuses.add(response.status);
        expect([200, 400], `${name}=${value.slice(0, 20)}`).toContain(response.status);
      }
    }
    const repeated = new URLSearchParams(Array.from({ length: 60 }, () => ['country', 'GH']));
    expect((await fetch(`${base}/v1/search?${repeated}`)).status).toBe(400);
    expect((await fetch(`${base}/v1/search?q=${'a'.repeat(9000)}`)).status).toBe(400);
    expect(statuses).toEqual(new Set([200, 400]));
    // Nothing happened to the data.
    expect((await library.search(EMPTY_QUERY)).total).toBe(42);
  });

  it('serves a resource with its sources, the catalogue, the OpenAPI document and health checks', async () => {
    const { hits } = await library.search(EMPTY_QUERY);
    const id = hits[0]!.resource.id;
    const one = await fetch(`${base}/v1/resources/${id}`);
    expect(await one.json()).toEqual({
      resource: JSON.parse(JSON.stringify(hits[0]!.resource)),
      sources: [
        {
          source: 'demo-catalogue.json',
          id,
          ...(hits[0]!.resource.url ? { url: hits[0]!.resource.url } : {}),
        },
      ],
    });
    expect((await fetch(`${base}/v1/resources/no-such-thing`)).status).toBe(404);
    expect((await fetch(`${base}/v1/resources/%E0%A4%A`)).status).toBe(400);
    for (const id of ['%00', "'%3B%20drop%20table%20asm_resources%3B--", 'x'.repeat(5000), 'UPPER']) {
      expect((await fetch(`${base}/v1/resources/${id}`)).status).toBe(404);
    }
    const catalogue = await (await fetch(`${base}/v1/catalogue`)).json();
    expect(catalogue).toMatchObject({
      version: 1,
      resources: 42,
      sources: [{ source: 'demo-catalogue.json', records: 42 }],
    });
    const openapi = (await (await fetch(`${base}/v1/openapi.json`)).json()) as { paths: object };
    expect(Object.keys(openapi.paths)).toContain('/v1/search');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await fetch(`${base}/v1/nothing`)).status).toBe(404);
    expect((await fetch(`${base}/v1/search`, { method: 'POST' })).status).toBe(405);
  });

  it('logs every request as one structured entry', async () => {
    logs.length = 0;
    await fetch(`${base}/v1/search?q=gold`);
    await fetch(`${base}/v1/search?bogus=1`);
    expect(logs.map((e) => [e.msg, e.path, e.status])).toEqual([
      ['request', '/v1/search', 200],
      ['request', '/v1/search', 400],
    ]);
    expect(typeof logs[0]!.ms).toBe('number');
  });
});

describe('the rate limit', () => {
  it('answers 429 with Retry-After once a client has used its burst', async () => {
    const library = await openLibrary();
    const { http, base } = await serveDemo(library, { rateLimit: { perSecond: 0.5, burst: 3 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(`${base}/v1/catalogue`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await fetch(`${base}/v1/catalogue`);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Health checks are not limited.
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await http.close();
      await library.close();
    }
  });
});

describe('under load and at shutdown', () => {
  let library: Library;
  beforeAll(async () => {
    library = await openLibrary();
    await library.load([{ source: 'demo-catalogue.json', data: demo }]);
  });
  afterAll(() => library?.close());

  it('answers every request of a burst, refusing those beyond the bound with 503 and Retry-After', async () => {
    const { http, base } = await serveDemo(library, {
      maxInFlight: 4,
      rateLimit: { perSecond: 1000, burst: 1000 },
    });
    try {
      // A load holds PGlite (one connection) for a while: the searches queue behind it, up to the bound.
      const big = { name: 'Big', resources: generateCatalogue(2000, 3) };
      const reload = library.load([{ source: 'big.json', data: big }]);
      // Past the load's parsing (synchronous), into its transaction.
      await new Promise((r) => setTimeout(r, 100));
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          fetch(`${base}/v1/search?q=${['gold', 'mercury', 'women'][i % 3]}`),
        ),
      );
      await reload;
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(4);
      expect(statuses.filter((s) => s === 503)).toHaveLength(16);
      for (const r of responses.filter((r) => r.status === 503))
        expect(r.headers.get('retry-after')).toBe('1');
    } finally {
      await http.close();
    }
  });

  it('lets requests in flight finish when it closes, and takes no new ones', async () => {
    const { http, base } = await serveDemo(library);
    const pending = fetch(`${base}/v1/search?q=mercury`);
    await new Promise((r) => setTimeout(r, 5));
    const closing = http.close();
    expect((await pending).status).toBe(200);
    await closing;
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});

// PGlite runs inside the process: only a database server can be lost while the API keeps running.
describePostgres('a database lost while serving', (engine) => {
  it('answers 503 with Retry-After, and recovers when the database is back', async () => {
    const cluster = engine.cluster();
    const library = await openLibrary(await engine.fresh());
    await library.load([{ source: 'demo-catalogue.json', data: demo }]);
    const { http, base } = await serveDemo(library);
    try {
      expect((await fetch(`${base}/v1/search?q=gold`)).status).toBe(200);
      cluster.pause();
      const lost = await fetch(`${base}/v1/search?q=gold`);
      expect(lost.status).toBe(503);
      expect(lost.headers.get('retry-after')).toBe('5');
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      cluster.resume();
      let status = 0;
      for (let i = 0; i < 20 && status !== 200; i++) {
        status = (await fetch(`${base}/v1/search?q=gold`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
    } finally {
      await http.close();
      await library.close();
    }
  });
});
