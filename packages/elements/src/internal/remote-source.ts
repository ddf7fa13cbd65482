/**
 * Remote mode of `<asm-resource-list endpoint>`: the catalogue stays on a server (`@asm-kit/server` or any API
 * with the same contract) and every search is a GET to it. A lazy chunk of the CDN build, loaded only by a list
 * that names an `endpoint`.
 *
 * The contract: `GET {endpoint}/catalogue` answers the library's metadata (`{ resources, defaultLanguage?,
 * sources: [...] }`), `GET {endpoint}/search?…` a `SearchResult` for exactly the URL parameters of
 * `queryToParams`, plus `ui` (the UI language), `lock-<parameter>` (each locked filter value) and `facets` (the
 * facets to count).
 */
import {
  DEFAULT_PAGE_SIZE,
  FACETS,
  type FilterName,
  type Query,
  type SearchOptions,
  type SearchResult,
  type SearchSource,
} from '@asm-kit/query';
import type { Catalogue, ExtraTerms } from '@asm-kit/schema';
import { CatalogueLoadError, type LoadedCatalogue } from './catalogue-load.js';

/** One catalogue of a remote library as `/catalogue` lists it (`@asm-kit/server`'s `LibrarySource`). */
interface RemoteSourceInfo extends Partial<Pick<Catalogue, 'name' | 'publisher' | 'defaultLanguage'>> {
  extraTerms?: ExtraTerms;
  /** The same fields nested, as a server may send the catalogue's own metadata. */
  catalogue?: Partial<Pick<Catalogue, 'name' | 'publisher' | 'defaultLanguage' | 'extraTerms'>>;
}

/** What `GET {endpoint}/catalogue` answers (the fields read here). */
interface RemoteInfo {
  resources?: unknown;
  defaultLanguage?: unknown;
  sources?: unknown;
}

/** How often a search refused with 429 (too many requests) is tried again, after the server's Retry-After. */
const RETRIES = 3;
/** The longest Retry-After honoured, in seconds: a longer wait is a failure the visitor can retry. */
const LONGEST_WAIT = 10;

/** A search the server refused or could not answer: the HTTP status, and the server's message when it sent one. */
export class RemoteSearchError extends Error {
  constructor(
    readonly status: number | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The query string of a search: exactly url-state's `queryToParams(query)` (q, one parameter per facet value, the
 * years as `from-to`, sort, page, size; defaults left out), then `ui`, one `lock-<parameter>` per locked value and
 * `facets`. Written here from the FACETS table rather than by calling queryToParams, which, imported into this
 * chunk or the module that loads it, made the CDN bundler move the vocabularies out of the entry into a chunk of
 * their own; `remote-source.test.ts` holds the two to the same output.
 */
export function searchParams(query: Query, options: SearchOptions = {}): URLSearchParams {
  const params = new URLSearchParams();
  const pad = (year?: number): string => (year === undefined ? '' : String(year).padStart(4, '0'));
  if (query.text) params.append('q', query.text);
  for (const facet of FACETS) {
    const { from, to } = query.years;
    if (!facet.range)
      for (const value of query.filters[facet.name as FilterName] ?? []) params.append(facet.param, value);
    else if (from !== undefined || to !== undefined) params.append(facet.param, `${pad(from)}-${pad(to)}`);
  }
  if (query.sort) params.append('sort', query.sort);
  if (query.page > 1) params.append('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.append('size', String(query.pageSize));
  if (options.language) params.append('ui', options.language);
  for (const facet of FACETS) {
    if (facet.range) continue;
    for (const value of options.locked?.[facet.name as FilterName] ?? [])
      params.append(`lock-${facet.param}`, value);
  }
  if (options.facets) params.append('facets', options.facets.join(','));
  return params;
}

/** Waits `seconds`, or rejects when `signal` aborts first. */
const wait = (seconds: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, seconds * 1000);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * A GET of JSON from the API: no cookies or credentials (the library is public), aborted with `signal`. A refusal
 * with 429 is tried again after its Retry-After (a download pages through many results at once). Rejects with a
 * RemoteSearchError on an HTTP error (with the server's `error` message) and on an answer that is not JSON.
 */
async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, {
      signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
    const after = Number(response.headers.get('retry-after'));
    if (response.status === 429 && attempt < RETRIES && after >= 0 && after <= LONGEST_WAIT) {
      await wait(after || 1, signal);
      continue;
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      signal?.throwIfAborted();
      throw new RemoteSearchError(response.status, `${url} did not answer JSON`, { cause: error });
    }
    if (!response.ok) {
      const said = (body as { error?: unknown } | null)?.error;
      throw new RemoteSearchError(
        response.status,
        `${response.status} ${typeof said === 'string' ? said : response.statusText}`,
      );
    }
    return body;
  }
}

/** Whether an answer has the parts of a SearchResult the elements read. */
function isSearchResult(body: unknown): body is SearchResult {
  const result = body as Partial<SearchResult> | null;
  return (
    typeof result === 'object' &&
    result !== null &&
    Array.isArray(result.hits) &&
    typeof result.total === 'number' &&
    typeof result.page === 'number' &&
    typeof result.pageCount === 'number' &&
    typeof result.facets === 'object' &&
    result.facets !== null
  );
}

/**
 * A SearchSource answered by a server over HTTP: one GET per search, aborted when the store aborts the search (a
 * newer one replaced it, or the list let go). Rejects on a network failure, an HTTP error (4xx or 5xx) or an
 * answer that is not a SearchResult, so the list shows its error with "Try again".
 */
export class RemoteSource implements SearchSource {
  /** `endpoint`: the API's base URL, absolute, without a trailing slash (`https://host/v1`). */
  constructor(readonly endpoint: string) {}

  async search(query: Query, options: SearchOptions = {}): Promise<SearchResult> {
    options.signal?.throwIfAborted();
    const url = `${this.endpoint}/search?${searchParams(query, options)}`;
    const body = await getJson(url, options.signal);
    if (!isSearchResult(body))
      throw new RemoteSearchError(undefined, `${url} did not answer a search result`);
    return body;
  }
}

/** Labels of extra terms of every catalogue of the library, the first catalogue's winning. */
function mergeTerms(all: (ExtraTerms | undefined)[]): ExtraTerms | undefined {
  let merged: ExtraTerms | undefined;
  for (const terms of all.reverse()) {
    if (!terms || typeof terms !== 'object') continue;
    merged = {
      resourceTypes: { ...merged?.resourceTypes, ...terms.resourceTypes },
      knowledgeAreas: { ...merged?.knowledgeAreas, ...terms.knowledgeAreas },
    };
  }
  return merged;
}

/**
 * Reads `GET {endpoint}/catalogue` and makes the loaded catalogue of a remote library: its size, the name,
 * publisher and language of its first catalogue (for download file names and structured data), the extra terms
 * of all of them (for facet labels), and a RemoteSource that answers the searches. Every failure is a
 * CatalogueLoadError of the same kinds as loading a file.
 */
export async function loadRemote(endpoint: string, signal: AbortSignal): Promise<LoadedCatalogue> {
  let response: Response;
  try {
    response = await fetch(`${endpoint}/catalogue`, {
      signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    throw new CatalogueLoadError('network', undefined, { cause: error });
  }
  if (!response.ok) throw new CatalogueLoadError('http', response.status);
  let info: RemoteInfo;
  try {
    info = (await response.json()) as RemoteInfo;
  } catch (error) {
    signal.throwIfAborted();
    throw new CatalogueLoadError('json', undefined, { cause: error });
  }
  if (
    typeof info !== 'object' ||
    info === null ||
    typeof info.resources !== 'number' ||
    !Array.isArray(info.sources)
  )
    throw new CatalogueLoadError('format');
  const sources = (info.sources as (RemoteSourceInfo | null)[]).map((s) => ({ ...s, ...s?.catalogue }));
  const first = sources[0];
  const extraTerms = mergeTerms(sources.map((s) => s.extraTerms));
  const defaultLanguage =
    typeof info.defaultLanguage === 'string' ? info.defaultLanguage : first?.defaultLanguage;
  const loaded: LoadedCatalogue = {
    count: info.resources,
    problems: [],
    skipped: 0,
    source: new RemoteSource(endpoint),
    thread: 'remote',
  };
  if (first?.name) {
    loaded.info = {
      name: first.name,
      ...(first.publisher ? { publisher: first.publisher } : {}),
      ...(defaultLanguage ? { defaultLanguage } : {}),
      ...(extraTerms ? { extraTerms } : {}),
    } as LoadedCatalogue['info'];
  }
  if (extraTerms) loaded.extraTerms = extraTerms;
  return loaded;
}
