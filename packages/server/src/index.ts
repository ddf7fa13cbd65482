/**
 * @asm-kit/server: the search of @asm-kit/query on PostgreSQL or embedded PGlite, for libraries too large for one
 * browser. openLibrary connects and migrates; a Library loads catalogues of several publishers (validated,
 * merged, with provenance) and answers the same Query with the same SearchResult as the in-memory index.
 */
export { openLibrary } from './library.js';
export type { Library, LibraryInfo, LibraryOptions, LibrarySource } from './library.js';
export type { CatalogueInput, LoadReport, SourceReport } from './load.js';
export type { MergedResource, Provenance } from './federate.js';
export type { LibraryHit, LibrarySearchOptions, LibrarySearchResult } from './search.js';
export { createHttpServer } from './http/server.js';
export type { HttpOptions, HttpServer, LogEntry } from './http/server.js';
