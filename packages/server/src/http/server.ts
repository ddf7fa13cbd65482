import { createHash } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Library } from '../library.js';
import { openApiDocument } from './openapi.js';
import { RateLimiter } from './rate-limit.js';
import { readSearchParams } from './search-params.js';

/** One structured log entry (a JSON line by default). */
export type LogEntry = Record<string, unknown> & { level: 'info' | 'warn' | 'error'; msg: string };

/** Settings of the HTTP API. */
export interface HttpOptions {
  /** Origins allowed to call the API from a browser (CORS); none by default. '*' allows any. */
  corsOrigins?: readonly string[];
  /** Requests per second each client may make, and the burst it may save up; default 20 and 40. */
  rateLimit?: { perSecond: number; burst: number };
  /** Longest a search may run in the database, in milliseconds; default 5000. */
  timeoutMs?: number;
  /** Seconds clients and CDNs may reuse an answer (Cache-Control max-age); default 60. */
  maxAge?: number;
  /** Searches running at once before new ones are refused with 503; default 256. */
  maxInFlight?: number;
  /** Where log entries go; default: one JSON line each on standard output. */
  log?: (entry: LogEntry) => void;
}

/** The HTTP API of a library, not yet listening. */
export interface HttpServer {
  readonly server: Server;
  /** Starts listening; resolves with the port (useful with port 0). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops taking requests, lets those in flight finish (at most `graceMs`), then closes connections. */
  close(graceMs?: number): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const COMPRESS_FROM = 1024;
const RETRY_AFTER = '5';

/** Answers with a JSON body: ETag and 304, Cache-Control, gzip or brotli when the client takes it. */
function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  cache: string,
): void {
  const text = JSON.stringify(body);
  const etag = `W/"${createHash('sha1').update(text).digest('base64url')}"`;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', cache);
  res.setHeader('Vary', 'Accept-Encoding, Origin');
  if (status === 200) {
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      res.writeHead(304).end();
      return;
    }
  }
  const accepted = String(req.headers['accept-encoding'] ?? '');
  let payload: Buffer = Buffer.from(text);
  if (payload.length >= COMPRESS_FROM && /\bbr\b/.test(accepted)) {
    payload = brotliCompressSync(payload, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } });
    res.setHeader('Content-Encoding', 'br');
  } else if (payload.length >= COMPRESS_FROM && /\bgzip\b/.test(accepted)) {
    payload = gzipSync(payload);
    res.setHeader('Content-Encoding', 'gzip');
  }
  res.setHeader('Content-Length', payload.length);
  res.writeHead(status).end(req.method === 'HEAD' ? undefined : payload);
}

/**
 * The HTTP API of a library: GET /v1/search (url-state's parameters, a SearchResult), /v1/resources/:id,
 * /v1/catalogue, /v1/openapi.json, /healthz and /readyz. Answers carry ETag and Cache-Control and are
 * compressed; browsers of allowed origins may call it (CORS); each client is rate-limited; a database that does
 * not answer gives 503 with Retry-After; every request is logged as one structured entry.
 */
export function createHttpServer(library: Library, options: HttpOptions = {}): HttpServer {
  const log = options.log ?? ((entry: LogEntry) => process.stdout.write(JSON.stringify(entry) + '\n'));
  const limiter = new RateLimiter(options.rateLimit?.perSecond ?? 20, options.rateLimit?.burst ?? 40);
  const origins = new Set(options.corsOrigins ?? []);
  const maxAge = options.maxAge ?? 60;
  const cache = `public, max-age=${maxAge}`;
  const maxInFlight = options.maxInFlight ?? 256;
  let inFlight = 0;

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const path = url.pathname;
    if (path === '/healthz') return sendJson(req, res, 200, { status: 'ok' }, 'no-store');
    if (path === '/readyz') {
      if (await library.ping()) return sendJson(req, res, 200, { status: 'ready' }, 'no-store');
      throw new HttpError(503, 'the database does not answer', { 'Retry-After': RETRY_AFTER });
    }
    if (path === '/v1/openapi.json') return sendJson(req, res, 200, openApiDocument(), cache);
    if (path === '/v1/catalogue') return sendJson(req, res, 200, await library.info(), cache);
    const resource = /^\/v1\/resources\/([^/]+)$/.exec(path);
    if (resource) {
      let id: string;
      try {
        id = decodeURIComponent(resource[1]!);
      } catch {
        throw new HttpError(400, 'the id is not well encoded');
      }
      // Ids are slugs: anything else is no resource, and never reaches the database.
      const found =
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length <= 200 ? await library.resource(id) : undefined;
      if (!found) throw new HttpError(404, 'no resource with this id');
      return sendJson(req, res, 200, found, cache);
    }
    if (path === '/v1/search') {
      const request = readSearchParams(url.search.slice(1));
      if ('error' in request) throw new HttpError(400, request.error);
      if (inFlight >= maxInFlight) {
        throw new HttpError(503, 'too many searches at once', { 'Retry-After': '1' });
      }
      inFlight++;
      try {
        const result = await library.search(request.query, {
          ...request.options,
          timeoutMs: options.timeoutMs ?? 5000,
        });
        return sendJson(req, res, 200, result, cache);
      } finally {
        inFlight--;
      }
    }
    throw new HttpError(404, 'not found');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const client = req.socket.remoteAddress ?? '';
    let url: URL | undefined;
    try {
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        throw new HttpError(400, 'the request URL cannot be read');
      }
      const origin = req.headers.origin;
      if (origin && (origins.has('*') || origins.has(origin))) {
        res.setHeader('Access-Control-Allow-Origin', origins.has('*') ? '*' : origin);
        res.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After');
      }
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
        res.setHeader('Access-Control-Max-Age', '86400');
        res.writeHead(204).end();
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        throw new HttpError(405, 'only GET and HEAD', { Allow: 'GET, HEAD' });
      }
      if (url.pathname.startsWith('/v1/')) {
        const wait = limiter.take(client);
        if (wait > 0) {
          throw new HttpError(429, 'too many requests', { 'Retry-After': String(Math.ceil(wait)) });
        }
      }
      await route(req, res, url);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
      } else if (error instanceof HttpError) {
        for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
        sendJson(req, res, error.status, { error: error.message }, 'no-store');
      } else {
        // The database failed (down, restarting, too slow): the client may try again; the details are logged.
        log({
          level: 'error',
          msg: 'database error',
          time: new Date().toISOString(),
          error: String(error),
          path: url?.pathname,
        });
        res.setHeader('Retry-After', RETRY_AFTER);
        sendJson(req, res, 503, { error: 'the library is not available, try again shortly' }, 'no-store');
      }
    } finally {
      log({
        level: res.statusCode >= 500 ? 'error' : 'info',
        msg: 'request',
        time: new Date().toISOString(),
        method: req.method,
        path: url?.pathname,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        client,
      });
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  return {
    server,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: (graceMs = 10_000) =>
      new Promise((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
