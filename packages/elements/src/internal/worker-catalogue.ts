/**
 * The page's side of the index worker (index-worker.ts): starts it, hands it a catalogue's bytes, and searches
 * through it. A lazy chunk of the CDN build, loaded only for a large catalogue.
 */
import type { Query, SearchOptions, SearchResult, SearchSource } from '@asm-kit/query';
import type { Resource } from '@asm-kit/schema';
import { CatalogueLoadError, type LoadedCatalogue } from './catalogue-load.js';
import { spawnIndexWorker } from './spawn-worker.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

/** How long a worker may take to start before the page gives up on it and indexes on its main thread. */
const START_TIMEOUT_MS = 10_000;

/** Why there is no worker: the page should index on its main thread instead. */
class NoWorker extends Error {}

/**
 * Reads, checks and indexes `bytes` in a new worker, which then answers the catalogue's searches until `signal`
 * aborts (the page let the catalogue go). Rejects with NoWorker, before taking the bytes, when no worker can
 * start here (a CSP without `worker-src` for it, Trusted Types without the 'asm-kit' policy, an old browser); with
 * a CatalogueLoadError when the file is not a catalogue.
 */
export async function inWorker(
  bytes: ArrayBuffer,
  signal: AbortSignal,
  onPreview: (resources: Resource[] | undefined) => void,
): Promise<LoadedCatalogue> {
  let worker: Worker;
  try {
    worker = spawnIndexWorker();
  } catch (error) {
    throw new NoWorker('the index worker could not start', { cause: error });
  }
  const stop = (): void => worker.terminate();
  signal.addEventListener('abort', stop, { once: true });
  try {
    await started(worker);
  } catch (error) {
    stop();
    throw error;
  }
  return new Promise<LoadedCatalogue>((resolve, reject) => {
    const source = new WorkerSource(worker);
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'preview') onPreview(message.resources);
      else if (message.type === 'failed') reject(new CatalogueLoadError(message.kind));
      else if (message.type === 'ready') resolve({ ...message.facts, source, thread: 'worker' });
      else source.settle(message);
    });
    // After the worker took the bytes, a crash (out of memory) cannot fall back: the file is said to be unreadable.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new CatalogueLoadError('json', undefined, { cause: event.message }));
      source.fail(new Error(event.message || 'the index worker stopped'));
    });
    signal.addEventListener('abort', () => {
      reject(signal.reason);
      source.fail(signal.reason);
    });
    const load: ToWorker = { type: 'load', bytes };
    worker.postMessage(load, [bytes]);
  });
}

/** Resolves when the worker says it runs; rejects with NoWorker when its script fails to load or run in time. */
function started(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoWorker('the index worker did not start')), START_TIMEOUT_MS);
    const done = (error?: NoWorker): void => {
      clearTimeout(timer);
      worker.removeEventListener('message', up);
      worker.removeEventListener('error', failed);
      if (error) reject(error);
      else resolve();
    };
    const up = (event: MessageEvent<FromWorker>): void => {
      if (event.data.type === 'up') done();
    };
    const failed = (event: ErrorEvent): void => {
      event.preventDefault();
      done(new NoWorker(event.message || 'the index worker could not load'));
    };
    worker.addEventListener('message', up);
    worker.addEventListener('error', failed);
  });
}

/** A SearchSource answered by the worker that holds the index; an aborted search is dropped when it answers. */
class WorkerSource implements SearchSource {
  private last = 0;
  private readonly pending = new Map<number, { resolve(r: SearchResult): void; reject(e: unknown): void }>();
  private broken?: unknown;

  constructor(private readonly worker: Worker) {}

  search(query: Query, options: SearchOptions = {}): Promise<SearchResult> {
    const { signal, ...plain } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.broken) return Promise.reject(this.broken);
    const id = ++this.last;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      signal?.addEventListener(
        'abort',
        () => {
          this.pending.delete(id);
          reject(signal.reason);
        },
        { once: true },
      );
      const message: ToWorker = { type: 'search', id, query, options: plain };
      this.worker.postMessage(message);
    });
  }

  settle(message: FromWorker): void {
    if (message.type !== 'result' && message.type !== 'error') return;
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.type === 'result') waiting?.resolve(message.result);
    else waiting?.reject(new Error(message.message));
  }

  fail(reason: unknown): void {
    this.broken = reason;
    for (const waiting of this.pending.values()) waiting.reject(reason);
    this.pending.clear();
  }
}
