import type { SearchResult } from '@asm-kit/query';
import type { Resource } from '@asm-kit/schema';
import type { LoadErrorKind } from '../events/asm-load-error.js';
import type { CatalogueFacts } from './catalogue-engine.js';

/** Messages from the page to the index worker. */
export type ToWorker =
  /** The catalogue's bytes (transferred, not copied). */
  { type: 'load'; bytes: ArrayBuffer } | { type: 'search'; id: number; query: unknown; options: unknown };

/** Messages from the index worker to the page. */
export type FromWorker =
  | { type: 'up' }
  | { type: 'preview'; resources?: Resource[] }
  | { type: 'ready'; facts: CatalogueFacts }
  | { type: 'failed'; kind: Extract<LoadErrorKind, 'json' | 'format'> }
  | { type: 'result'; id: number; result: SearchResult }
  | { type: 'error'; id: number; message: string };
