import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Store } from '@asm-kit/query';
import { formatIssue, type CatalogueIssue, type CatalogueProblem, type Resource } from '@asm-kit/schema';
import { emit } from '../events/emit.js';
import type { AsmDataIssuesDetail } from '../events/asm-data-issues.js';
import type { AsmLoadDetail } from '../events/asm-load.js';
import type { AsmLoadErrorDetail } from '../events/asm-load-error.js';
import {
  CatalogueLoadError,
  indexObject,
  leaseCatalogue,
  leaseRemote,
  type CatalogueLease,
  type LoadedCatalogue,
} from '../internal/shared-catalogue.js';

/** Where a catalogue controller is, as in Lit's Task: nothing to load, loading, loaded, or failed. */
export type CatalogueStatus = 'initial' | 'pending' | 'complete' | 'error';

/**
 * What to load: a URL, a server's API, or a catalogue or resources passed in code (the object wins over the
 * others, the API over the URL).
 */
export interface CatalogueArgs {
  src?: string;
  /** Base URL of a search API (`https://host/v1`): the list searches on the server instead of loading `src`. */
  endpoint?: string;
  catalogue?: object;
  resources?: readonly unknown[];
  /** Seconds to wait for `src` (or the endpoint's `/catalogue`) to answer before failing with a 'timeout' error. */
  timeout: number;
}

/** Seconds a catalogue may take to arrive before the list gives up and offers a retry. */
export const DEFAULT_TIMEOUT = 15;

/**
 * Loads the catalogue of a list into its store, shaped like a Lit Task: its arguments are `src`, `endpoint`,
 * `catalogue` and `resources`; it runs when they change, owns the fetch (with a timeout, aborted when the arguments change or the
 * element leaves the page), the checking and the indexing, and reports `status`. An element moved in the DOM while
 * loading (a framework re-parenting it) keeps its fetch; one removed for longer gives it up and starts again when
 * it comes back. Catalogues are shared: every element naming the same `src` (or object) uses one fetch, one check
 * and one index. With an `endpoint` it reads the server's `/catalogue` once per page instead, and the store
 * searches on the server.
 */
export class CatalogueController implements ReactiveController {
  status: CatalogueStatus = 'initial';
  /** The loaded catalogue, once complete. */
  value?: LoadedCatalogue;
  /** Why the load failed, once in error. */
  error?: CatalogueLoadError;
  /** The first page of a large catalogue, shown while it is checked and indexed, until the first results. */
  preview?: Resource[];

  private lastArgs?: CatalogueArgs;
  private run = 0;
  private lease?: CatalogueLease;
  private leaving?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: Store,
    private readonly args: () => CatalogueArgs,
    /**
     * What to show of the first page of a large catalogue (in the default order, before it is indexed) in the
     * list's current state, or undefined when none is wanted.
     */
    private readonly previewOf: (firstPage: Resource[]) => Resource[] | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    clearTimeout(this.leaving);
    // Given up while away: start again (the next update sees arguments that were never loaded).
    if (!this.lastArgs) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.status !== 'pending') return;
    // A move (disconnect then connect in the same task) keeps the fetch; a removal gives it up.
    this.leaving = setTimeout(() => {
      this.cancel();
      this.lastArgs = undefined;
    });
  }

  hostUpdate(): void {
    const args = this.args();
    const last = this.lastArgs;
    if (
      last &&
      last.src === args.src &&
      last.endpoint === args.endpoint &&
      last.catalogue === args.catalogue &&
      last.resources === args.resources
    )
      return;
    this.lastArgs = args;
    void this.load(args);
  }

  /** Loads the current arguments again (the retry button). */
  retry(): void {
    this.lastArgs = undefined;
    this.host.requestUpdate();
  }

  private cancel(): void {
    this.run++;
    this.lease?.release();
    this.lease = undefined;
    this.preview = undefined;
  }

  private async load(args: CatalogueArgs): Promise<void> {
    this.cancel();
    const run = this.run;
    const endpoint = args.endpoint?.trim() || undefined;
    // Events name where the catalogue came from: the endpoint when there is one.
    const src = endpoint ?? (args.src?.trim() || undefined);
    const object = args.catalogue ?? args.resources;
    this.error = undefined;
    this.status = object || src ? 'pending' : 'initial';
    this.host.requestUpdate();
    if (this.status === 'initial') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      let loading: Pick<CatalogueLease, 'preview' | 'ready'>;
      let timeout: Promise<never> | undefined;
      if (object) {
        // A framework or a script may set anything: a string or a number is a wrong catalogue, not a crash.
        if (typeof object !== 'object' || object === null) throw new CatalogueLoadError('format');
        loading = indexObject(object);
      } else {
        loading = this.lease = endpoint ? leaseRemote(endpoint) : leaseCatalogue(src!);
        const seconds = args.timeout > 0 && args.timeout <= 600 ? args.timeout : DEFAULT_TIMEOUT;
        timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new CatalogueLoadError('timeout')), seconds * 1000);
        });
      }
      const within = <T>(promise: Promise<T>): Promise<T> =>
        timeout ? Promise.race([promise, timeout]) : promise;
      const preview = await within(loading.preview);
      if (run !== this.run) return;
      if (preview) {
        this.preview = this.previewOf(preview);
        this.host.requestUpdate();
      }
      const loaded = await within(loading.ready);
      if (run !== this.run) return;
      this.value = loaded;
      this.status = 'complete';
      this.store.setSource(loaded.source);
      emit<AsmLoadDetail>(this.host, 'asm-load', { count: loaded.count, src });
      void this.report(loaded, src);
    } catch (caught) {
      if (run !== this.run) return;
      this.lease?.release();
      this.lease = undefined;
      const error =
        caught instanceof CatalogueLoadError
          ? caught
          : new CatalogueLoadError('json', undefined, { cause: caught });
      this.error = error;
      this.status = 'error';
      const { kind, status } = error;
      emit<AsmLoadErrorDetail>(this.host, 'asm-load-error', { kind, status, src, error: error.cause });
    } finally {
      clearTimeout(timer);
      if (run === this.run) {
        // A loaded catalogue keeps its preview on screen until the store's first result replaces it (a search in a
        // worker takes a moment): no "Loading" flashes in between. A failed one shows its error instead.
        if (this.status !== 'complete') this.preview = undefined;
        this.host.requestUpdate();
      }
    }
  }

  /**
   * Tells a data owner why records are missing: one `asm-data-issues` event per list and load, and one console
   * warning per catalogue and page (the first 20 issues, each with where and why). The messages are loaded only
   * now (a chunk of their own in the CDN build), so the valid records are shown first.
   */
  private async report(loaded: LoadedCatalogue, src?: string): Promise<void> {
    const { problems, skipped } = loaded;
    if (!problems.length && !skipped) return;
    const issues = await describe(problems);
    if (!reported.has(loaded)) {
      reported.add(loaded);
      const shown = issues.slice(0, 20).map(formatIssue);
      if (issues.length > shown.length) shown.push(`… and ${issues.length - shown.length} more`);
      console.warn(
        `<asm-resource-list>: ${src ?? 'catalogue'} has ${issues.length} problem(s); ${skipped} record(s) left out, the others are shown.\n${shown.join('\n')}`,
      );
    }
    emit<AsmDataIssuesDetail>(this.host, 'asm-data-issues', { issues, skipped, src });
  }
}

/** Catalogues whose problems were already written to the console on this page. */
const reported = new WeakSet<LoadedCatalogue>();

/**
 * The issues of `problems`, with the messages of '@asm-kit/schema/messages'. Should that code fail to load (a
 * chunk missing from a CDN copy), each message is the problem's code, so the problems are still reported.
 */
async function describe(problems: readonly CatalogueProblem[]): Promise<CatalogueIssue[]> {
  try {
    const { describeProblems } = await import('@asm-kit/schema/messages');
    return describeProblems(problems);
  } catch {
    return problems.map(({ detail: _detail, ...issue }) => ({ ...issue, message: issue.code }));
  }
}
