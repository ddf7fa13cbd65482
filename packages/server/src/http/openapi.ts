import { FACETS, MAX_PAGE_SIZE, SORT_ORDERS } from '@asm-kit/query';
import { FACETS_PARAM, LOCK_PREFIX, UI_LANGUAGE_PARAM } from './search-params.js';

const string = { type: 'string' };
const json = (description: string, schema: object = { type: 'object' }) => ({
  description,
  content: { 'application/json': { schema } },
});
const query = (name: string, description: string, schema: object = string, repeated = false) => ({
  name,
  in: 'query',
  description,
  schema: repeated ? { type: 'array', items: schema } : schema,
  ...(repeated ? { style: 'form', explode: true } : {}),
});
const problem = (description: string) =>
  json(description, { type: 'object', properties: { error: string }, required: ['error'] });

/** The OpenAPI 3.1 document of the HTTP API (served at /v1/openapi.json). */
export function openApiDocument(): object {
  const facetParams = FACETS.map((f) =>
    f.range
      ? query(f.param, `Year range of ${f.name}: 'from-to', 'from-', '-to' or one year.`)
      : query(f.param, `Values of the ${f.name} facet (OR inside a facet, AND across facets).`, string, true),
  );
  const lockParams = FACETS.filter((f) => !f.range).map((f) =>
    query(LOCK_PREFIX + f.param, `Fixed filter on ${f.name} set by the embedding page.`, string, true),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'asm-kit library',
      version: '1',
      description:
        'Search of an ASM knowledge library: the same queries and results as @asm-kit/query (SearchResult).',
    },
    paths: {
      '/v1/search': {
        get: {
          summary: 'Search: hits, facet counts, paging and highlights',
          parameters: [
            query(
              'q',
              'Free text (at most 256 characters); the last word is a prefix unless followed by a space.',
            ),
            ...facetParams,
            query('sort', 'Result order.', { enum: SORT_ORDERS }),
            query('page', '1-based page.', { type: 'integer', minimum: 1, maximum: 1_000_000 }),
            query('size', 'Hits per page.', { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE }),
            query(UI_LANGUAGE_PARAM, 'UI language: displayed text, highlights, title order and label order.'),
            ...lockParams,
            query(FACETS_PARAM, 'Comma-separated facets to count (default: all).'),
          ],
          responses: {
            200: json('A SearchResult of @asm-kit/query; each hit also lists its sources.'),
            400: problem('A parameter is unknown or out of bounds.'),
            429: problem('Too many requests from this client; see Retry-After.'),
            503: problem('The database is not available; see Retry-After.'),
          },
        },
      },
      '/v1/resources/{id}': {
        get: {
          summary: 'One resource with the catalogue records it stands for',
          parameters: [{ name: 'id', in: 'path', required: true, schema: string }],
          responses: { 200: json('{ resource, sources }'), 404: problem('No resource with this id.') },
        },
      },
      '/v1/catalogue': {
        get: {
          summary: 'The library: version, size, and each catalogue with its provenance',
          responses: { 200: json('LibraryInfo') },
        },
      },
      '/v1/openapi.json': { get: { summary: 'This document', responses: { 200: json('OpenAPI') } } },
      '/healthz': { get: { summary: 'The process is alive', responses: { 200: json('ok') } } },
      '/readyz': {
        get: {
          summary: 'The database answers',
          responses: { 200: json('ready'), 503: problem('The database does not answer.') },
        },
      },
    },
  };
}
