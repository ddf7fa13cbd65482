import type { Resource } from '@asm-kit/schema';
import { languagesLoaded } from '../i18n/registry.js';
import { CatalogueLoadError, type LoadedCatalogue } from './catalogue-load.js';
import { inSlices } from './stepwise.js';
import type * as RemoteSource from './remote-source.js';
import type * as WorkerCatalogue from './worker-catalogue.js';

export { CatalogueLoadError, type LoadedCatalogue } from './catalogue-load.js';

/** One use of a shared catalogue; `release` lets the fetch stop once nobody waits for it. */
export interface CatalogueLease {
  /**
   * The first page of a large catalogue in the default order (up to the largest page size), once the file is read
   * and before it is checked and indexed; undefined for a small one, or when loading failed (`ready` says why).
   */
  preview: Promise<Resource[] | undefined>;
  ready: Promise<LoadedCatalogue>;
  release(): void;
}

/**
 * A catalogue file from this size on is read, checked and indexed in a worker, so the page keeps painting and
 * answering input; a smaller one takes less time on the main thread (in slices) than starting a worker does.
 * Chosen from `npm run bench` (bench/README.md): about 1,000 records.
 */
export const WORKER_FROM_BYTES = 1_000_000;

/**
 * A loaded catalogue no element uses any more is kept this long (a list a router unmounts and mounts again finds it
 * at once), then forgotten, so a single-page app that shows many libraries in turn does not keep every one.
 */
export const KEEP_UNUSED_MS = 60_000;

interface Entry {
  preview: Promise<Resource[] | undefined>;
  ready: Promise<LoadedCatalogue>;
  users: number;
  abort: AbortController;
  done: boolean;
  /** The timer that forgets it once unused. */
  forget?: ReturnType<typeof setTimeout>;
}

const byUrl = new Map<string, Entry>();
const byObject = new WeakMap<object, Pick<CatalogueLease, 'preview' | 'ready'>>();

/** A frame for the page to paint (a preview) before long work; a hidden tab, where frames stop, still goes on. */
const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

/**
 * Before indexing on the main thread: the index makes vocabulary labels searchable ("rapport" finds reports), and
 * those of the page's language may still be on their way with its UI strings (a chunk of the CDN build). Waits for
 * them, not for ever. (The worker has every language's labels.)
 */
const labelsArrived = (): Promise<unknown> => languagesLoaded(3000);

/** Fetches a catalogue's bytes; every failure becomes a CatalogueLoadError saying which kind it was. */
async function fetchBytes(url: string, signal: AbortSignal, large: () => void): Promise<ArrayBuffer> {
  let response: Response;
  try {
    // No cookies or credentials: the catalogue is public data.
    response = await fetch(url, { signal, credentials: 'omit' });
  } catch (error) {
    throw new CatalogueLoadError('network', undefined, { cause: error });
  }
  if (!response.ok) throw new CatalogueLoadError('http', response.status);
  // A large file announced by its length: the worker starts while the body is still arriving.
  if (Number(response.headers.get('content-length')) >= WORKER_FROM_BYTES) large();
  try {
    return await response.arrayBuffer();
  } catch (error) {
    throw new CatalogueLoadError('network', undefined, { cause: error });
  }
}

/**
 * Reads, checks and indexes a catalogue on the main thread, in slices between which the page paints and answers
 * input (JSON parsing is the one step that cannot be sliced). The checker and the indexer are a lazy chunk.
 */
async function onMainThread(
  input: { bytes: ArrayBuffer } | { object: object },
  signal: AbortSignal | undefined,
  onPreview: (resources: Resource[] | undefined) => void,
): Promise<LoadedCatalogue> {
  const engine = await import('./catalogue-engine.js');
  let json: unknown;
  if ('bytes' in input) {
    try {
      json = JSON.parse(new TextDecoder().decode(input.bytes));
    } catch (error) {
      throw new CatalogueLoadError('json', undefined, { cause: error });
    }
    if (!engine.isCatalogueShaped(json)) throw new CatalogueLoadError('format');
  } else json = input.object;
  const preview = engine.previewOf(json);
  onPreview(preview);
  if (preview) await nextFrame();
  await labelsArrived();
  const { index, facts } = await inSlices(engine.prepareInSteps(json), signal);
  return { ...facts, source: index, thread: 'main' };
}

/** A lease that failed before it started (a URL that cannot be resolved). */
function failedLease(error: unknown): CatalogueLease {
  const failed = Promise.reject(new CatalogueLoadError('network', undefined, { cause: error }));
  failed.catch(() => undefined);
  return { preview: failed, ready: failed, release: () => undefined };
}

/**
 * The catalogue at `src` (resolved against the page), fetched, checked and indexed once for the whole page however
 * many elements ask for it: in a worker from WORKER_FROM_BYTES on (where the page allows workers), else on the
 * main thread. A failed load is forgotten, so the next request (a retry) fetches again; the fetch is aborted when
 * every lease has been released before it finished; a loaded catalogue is forgotten (and its worker ended)
 * KEEP_UNUSED_MS after its last lease was released.
 */
export function leaseCatalogue(src: string): CatalogueLease {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch (error) {
    return failedLease(error);
  }
  return share(url, (signal, showPreview) => {
    let worker: Promise<typeof WorkerCatalogue> | undefined;
    const startWorker = () => (worker ??= import('./worker-catalogue.js'));
    return fetchBytes(url, signal, startWorker).then(async (bytes) => {
      if (bytes.byteLength >= WORKER_FROM_BYTES) {
        try {
          const { inWorker } = await startWorker();
          return await inWorker(bytes, signal, showPreview);
        } catch (error) {
          // Only a worker that could not start falls back (a page's CSP or Trusted Types, an old browser): the
          // bytes were not handed over then. A catalogue the worker found broken is broken here too.
          if (error instanceof CatalogueLoadError) throw error;
        }
      }
      return onMainThread({ bytes }, signal, showPreview);
    });
  });
}

/**
 * The remote library at `endpoint` (an API such as `@asm-kit/server`'s, resolved against the page): its
 * `/catalogue` is read once for the whole page, and its `source` searches on the server. Shared, retried and
 * forgotten like a catalogue file. The code is a lazy chunk; should it fail to load, the error is 'network'.
 */
export function leaseRemote(endpoint: string): CatalogueLease {
  let base: string;
  try {
    const url = new URL(endpoint, document.baseURI);
    if (!/^https?:$/.test(url.protocol)) throw new TypeError(`not an http(s) URL: ${endpoint}`);
    base = url.origin + url.pathname.replace(/\/+$/, '');
  } catch (error) {
    return failedLease(error);
  }
  return share(`endpoint ${base}`, async (signal, showPreview) => {
    showPreview(undefined);
    let remote: typeof RemoteSource;
    try {
      remote = await import('./remote-source.js');
    } catch (error) {
      throw new CatalogueLoadError('network', undefined, { cause: error });
    }
    return remote.loadRemote(base, signal);
  });
}

/** One load per key for the whole page, shared by its leases (see leaseCatalogue). */
function share(
  key: string,
  load: (
    signal: AbortSignal,
    showPreview: (resources: Resource[] | undefined) => void,
  ) => Promise<LoadedCatalogue>,
): CatalogueLease {
  let entry = byUrl.get(key);
  if (!entry) {
    const abort = new AbortController();
    let showPreview!: (resources: Resource[] | undefined) => void;
    const preview = new Promise<Resource[] | undefined>((resolve) => (showPreview = resolve));
    const ready = load(abort.signal, showPreview);
    const created: Entry = { preview, ready, users: 0, abort, done: false };
    ready.then(
      () => (created.done = true),
      () => {
        // No preview comes after a failure: the lease's holder goes on to `ready` and its error. A worker that
        // found the file broken is ended.
        showPreview(undefined);
        abort.abort();
        if (byUrl.get(key) === created) byUrl.delete(key);
      },
    );
    byUrl.set(key, (entry = created));
  }
  const held = entry;
  held.users++;
  clearTimeout(held.forget);
  let released = false;
  return {
    preview: held.preview,
    ready: held.ready,
    release() {
      if (released) return;
      released = true;
      if (--held.users) return;
      const forget = () => {
        if (byUrl.get(key) !== held) return;
        byUrl.delete(key);
        held.abort.abort();
      };
      if (held.done) held.forget = setTimeout(forget, KEEP_UNUSED_MS);
      else forget();
    },
  };
}

/**
 * A catalogue or list of resources passed in code: checked and indexed once per object, however many lists show
 * it, on the main thread in slices (handing a large object to a worker would cost the main thread as much as
 * copying it does).
 */
export function indexObject(input: object): Pick<CatalogueLease, 'preview' | 'ready'> {
  let loaded = byObject.get(input);
  if (!loaded) {
    let showPreview!: (resources: Resource[] | undefined) => void;
    const preview = new Promise<Resource[] | undefined>((resolve) => (showPreview = resolve));
    const ready = onMainThread({ object: input }, undefined, showPreview);
    ready.catch(() => showPreview(undefined));
    byObject.set(input, (loaded = { preview, ready }));
  }
  return loaded;
}
