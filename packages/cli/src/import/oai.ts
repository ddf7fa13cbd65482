import { FormatError } from './csl.js';
import { readDc } from './dc.js';
import { OaiError } from './oai-error.js';
import type { ReadResult } from './record.js';

// Harvesting an OAI-PMH endpoint (DSpace, EPrints, Invenio, OJS): ListRecords in oai_dc, following
// resumption tokens page by page, with a page limit and a timeout per request.

/** Options of {@link harvest}. */
export interface HarvestOptions {
  /** Pages fetched at most; the harvest stops there and says how to go on. */
  maxPages: number;
  /** Milliseconds to wait for each response. */
  timeoutMs: number;
  /** Called after each page (for a progress line). */
  onPage?: (page: number, records: number) => void;
}

/** The records of every page, and where the harvest stopped when the page limit cut it short. */
export interface HarvestResult extends ReadResult {
  pages: number;
  /** The resumption token of the next page when `maxPages` was reached. */
  unfinishedToken?: string;
}

const OAI_ERRORS: Readonly<Record<string, string>> = {
  noRecordsMatch: 'the repository has no records for this request',
  badResumptionToken: 'the repository refused the resumption token (it may have expired): harvest again',
  cannotDisseminateFormat: 'the repository does not serve Dublin Core (oai_dc) for this request',
  badArgument: 'the repository refused the request arguments',
  badVerb: 'the repository does not know this request (check the endpoint URL)',
  noSetHierarchy: 'the repository has no sets',
  idDoesNotExist: 'the repository has no record with this identifier',
};

/**
 * The first request of a harvest: `url` as given when it already names a verb, else ListRecords of oai_dc
 * on the endpoint. Only http(s) endpoints are harvested.
 */
export function firstRequest(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new OaiError(
      `'${url}' is not a URL: give the endpoint, e.g. https://repository.example.org/oai/request`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new OaiError(`only http(s) endpoints can be harvested, not '${parsed.protocol}'`);
  if (!parsed.searchParams.has('verb')) {
    parsed.searchParams.set('verb', 'ListRecords');
    parsed.searchParams.set('metadataPrefix', 'oai_dc');
  }
  return parsed;
}

async function fetchPage(url: URL, timeoutMs: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'text/xml, application/xml' },
      redirect: 'follow',
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new OaiError(`no answer from ${url.href} within ${timeoutMs / 1000} s (see --timeout)`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new OaiError(
      `cannot reach ${url.href}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
    );
  }
  if (!response.ok) {
    const body = await response.text().catch(() => '');
    // OAI-PMH servers may send their error document with an HTTP error status.
    if (!/<error\b/.test(body))
      throw new OaiError(`${url.href} answered HTTP ${response.status} ${response.statusText}`.trim());
    return body;
  }
  return response.text();
}

/** Harvests every page of a ListRecords request in oai_dc. */
export async function harvest(url: string, options: HarvestOptions): Promise<HarvestResult> {
  let request = firstRequest(url);
  const endpoint = new URL(request.href);
  endpoint.search = '';
  const result: HarvestResult = { records: [], skipped: [], pages: 0 };
  const tokens = new Set<string>();
  let position = 1;
  for (;;) {
    const body = await fetchPage(request, options.timeoutMs);
    result.pages++;
    let page: ReturnType<typeof readDc>;
    try {
      page = readDc(body, position);
    } catch (error) {
      if (error instanceof FormatError)
        throw new OaiError(
          `page ${result.pages} (${request.href}) is not an OAI-PMH response: ${error.message}${error.line ? ` (line ${error.line})` : ''}`,
        );
      throw error;
    }
    if (page.error) {
      const meaning = OAI_ERRORS[page.error.code] ?? 'the repository answered with an error';
      throw new OaiError(
        `page ${result.pages}: ${meaning} (OAI-PMH error ${page.error.code}${page.error.message ? `: ${page.error.message}` : ''})`,
      );
    }
    result.records.push(...page.records);
    result.skipped.push(...page.skipped);
    position += page.records.length + page.skipped.length;
    options.onPage?.(result.pages, result.records.length);
    const token = page.resumptionToken;
    if (!token) return result;
    if (tokens.has(token))
      throw new OaiError(
        `page ${result.pages}: the repository sent the same resumption token twice ('${token}')`,
      );
    tokens.add(token);
    if (result.pages >= options.maxPages) {
      result.unfinishedToken = token;
      return result;
    }
    request = new URL(endpoint.href);
    request.searchParams.set('verb', 'ListRecords');
    request.searchParams.set('resumptionToken', token);
  }
}
