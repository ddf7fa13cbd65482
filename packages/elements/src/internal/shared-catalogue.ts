import { createIndex, type SearchIndex } from '@asm-kit/query';
import {
  checkCatalogue,
  checkResources,
  type Catalogue,
  type CatalogueProblem,
  type ExtraTerms,
  type Resource,
} from '@asm-kit/schema';
import type { LoadErrorKind } from '../events/asm-load-error.js';
import { languagesLoaded } from '../i18n/registry.js';

/** A catalogue checked and indexed once, shared by every element of the page that names the same source. */
export interface LoadedCatalogue {
  index: SearchIndex;
  /** The valid records, as indexed. */
  resources: readonly Resource[];
  /** Name, publisher, language and terms of the catalogue (absent for a bare list of resources). */
  info?: Pick<Catalogue, 'name' | 'publisher' | 'defaultLanguage' | 'extraTerms'>;
  extraTerms?: ExtraTerms;
  problems: readonly CatalogueProblem[];
  /** Records left out because they were invalid. */
  skipped: number;
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

/** One use of a shared catalogue; `release` lets the fetch stop once nobody waits for it. */
export interface CatalogueLease {
  /** The parsed JSON, before it is checked: enough to paint a preview of a large catalogue. */
  json: Promise<unknown>;
  ready: Promise<LoadedCatalogue>;
  release(): void;
}

/** Catalogues from this many records on get a frame to paint a preview before the long check and indexing. */
export const PREVIEW_FROM = 500;

/**
 * A loaded catalogue no element uses any more is kept this long (a list a router unmounts and mounts again finds it
 * at once), then forgotten, so a single-page app that shows many libraries in turn does not keep every one.
 */
export const KEEP_UNUSED_MS = 60_000;

interface Entry {
  json: Promise<unknown>;
  ready: Promise<LoadedCatalogue>;
  users: number;
  abort: AbortController;
  done: boolean;
  /** The timer that forgets it once unused. */
  forget?: ReturnType<typeof setTimeout>;
}

const byUrl = new Map<string, Entry>();
const byObject = new WeakMap<object, Promise<LoadedCatalogue>>();

const recordCount = (input: unknown): number => {
  const resources = (input as { resources?: unknown } | null)?.resources;
  return Array.isArray(resources) ? resources.length : 0;
};

/** A frame for the page to paint (a preview) before long work; a hidden tab, where frames stop, still goes on. */
const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

/**
 * Before indexing: the index makes vocabulary labels searchable ("rapport" finds reports), and those of the page's
 * language may still be on their way with its UI strings (a chunk of the CDN build). Waits for them, not for ever.
 */
const labelsArrived = (): Promise<unknown> => languagesLoaded(3000);

function indexCatalogue(input: unknown): LoadedCatalogue {
  const { catalogue, problems } = checkCatalogue(input);
  const { name, publisher, defaultLanguage, extraTerms } = catalogue;
  return {
    index: createIndex(catalogue, { extraTerms }),
    resources: catalogue.resources,
    info: { name, publisher, defaultLanguage, extraTerms },
    extraTerms,
    problems,
    skipped: Math.max(0, recordCount(input) - catalogue.resources.length),
  };
}

function indexResources(input: readonly unknown[]): LoadedCatalogue {
  const { resources, problems } = checkResources(input);
  return {
    index: createIndex(resources as readonly Resource[]),
    resources: resources as readonly Resource[],
    problems,
    skipped: input.length - resources.length,
  };
}

/** Fetches and parses a catalogue; every failure becomes a CatalogueLoadError saying which kind it was. */
async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    // No cookies or credentials: the catalogue is public data.
    response = await fetch(url, { signal, credentials: 'omit' });
  } catch (error) {
    throw new CatalogueLoadError('network', undefined, { cause: error });
  }
  if (!response.ok) throw new CatalogueLoadError('http', response.status);
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    throw new CatalogueLoadError(signal.aborted ? 'network' : 'json', undefined, { cause: error });
  }
  // `[]`, `42`, `null` or an object without a list of resources are not an empty library: they are a wrong file.
  const resources = (json as { resources?: unknown } | null)?.resources;
  if (typeof json !== 'object' || Array.isArray(json) || !Array.isArray(resources))
    throw new CatalogueLoadError('format');
  return json;
}

/**
 * The catalogue at `src` (resolved against the page), fetched, checked and indexed once for the whole page however
 * many elements ask for it. A failed load is forgotten, so the next request (a retry) fetches again; the fetch is
 * aborted when every lease has been released before it finished; a loaded catalogue is forgotten KEEP_UNUSED_MS
 * after its last lease was released.
 */
export function leaseCatalogue(src: string): CatalogueLease {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch (error) {
    const failed = Promise.reject(new CatalogueLoadError('network', undefined, { cause: error }));
    failed.catch(() => undefined);
    return { json: failed, ready: failed, release: () => undefined };
  }
  let entry = byUrl.get(url);
  if (!entry) {
    const abort = new AbortController();
    const json = fetchJson(url, abort.signal);
    const ready = json.then(async (value) => {
      if (recordCount(value) >= PREVIEW_FROM) await nextFrame();
      await labelsArrived();
      return indexCatalogue(value);
    });
    const created: Entry = { json, ready, users: 0, abort, done: false };
    ready.then(
      () => (created.done = true),
      () => {
        if (byUrl.get(url) === created) byUrl.delete(url);
      },
    );
    byUrl.set(url, (entry = created));
  }
  const held = entry;
  held.users++;
  clearTimeout(held.forget);
  let released = false;
  return {
    json: held.json,
    ready: held.ready,
    release() {
      if (released) return;
      released = true;
      if (--held.users) return;
      const forget = () => {
        if (byUrl.get(url) === held) byUrl.delete(url);
      };
      if (held.done) held.forget = setTimeout(forget, KEEP_UNUSED_MS);
      else {
        held.abort.abort();
        forget();
      }
    },
  };
}

/** A catalogue or list of resources passed in code: checked and indexed once per object, however many lists show it. */
export function indexObject(input: object): Promise<LoadedCatalogue> {
  let loaded = byObject.get(input);
  if (!loaded) {
    loaded = Promise.resolve().then(async () => {
      const size = Array.isArray(input) ? input.length : recordCount(input);
      if (size >= PREVIEW_FROM) await nextFrame();
      await labelsArrived();
      return Array.isArray(input) ? indexResources(input) : indexCatalogue(input);
    });
    byObject.set(input, loaded);
  }
  return loaded;
}
