// What a loaded catalogue is, and why one could not be loaded: a leaf module, so that the loaders (the shared
// catalogue cache, the worker's and the server's lazy chunks) can all name them without importing each other.
import type { SearchSource } from '@asm-kit/query';
import type { LoadErrorKind } from '../events/asm-load-error.js';
import type { CatalogueFacts } from './catalogue-engine.js';

/**
 * A catalogue checked and indexed once, shared by every element of the page that names the same source; or a
 * remote library (`endpoint`), whose facts come from its server.
 */
export interface LoadedCatalogue extends CatalogueFacts {
  /** Answers the catalogue's searches: the index itself, the worker that holds it, or the server. */
  source: SearchSource;
  /**
   * 'worker' when a worker checked and indexed it (and answers its searches), 'remote' when a server holds it
   * (`endpoint`: every search is a request), else 'main'.
   */
  thread: 'worker' | 'main' | 'remote';
}

/** Why a catalogue could not be loaded, with the HTTP status of an 'http' failure. */
export class CatalogueLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(status === undefined ? kind : `${kind} ${status}`, options);
  }
}
