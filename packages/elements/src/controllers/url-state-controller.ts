import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  queryFromParams,
  queryToParams,
  urlParamNames,
  type Query,
  type SortOrder,
  type Store,
  type StoreState,
} from '@asm-kit/query';

/** What the URL state of a list follows: whether it is on, its parameter prefix, and the list's own defaults. */
export interface UrlStateOptions {
  enabled: boolean;
  prefix: string;
  sort?: SortOrder;
  pageSize?: number;
}

/**
 * Keeps a list's query in the page URL. On start (connect, or `url-state` turned on) the URL is read into the
 * store; from then on every change of the query is written back. A change the visitor made (a filter, a page, a
 * sort) is a new history entry, so Back undoes it; typing replaces the entry, so Back does not step through every
 * keystroke; and a repair (a URL the list rewrites because a value was invalid, repeated or out of range, or a page
 * clamped to the last one) always replaces, so Back still leaves the page. Back and forward restore the state.
 */
export class UrlStateController implements ReactiveController {
  private unsubscribe?: () => void;
  private prefix = '';
  private written?: Query;
  /** From reading the URL until the first result: whatever the store changes is a repair of that URL. */
  private repairing = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: Store,
    private readonly options: () => UrlStateOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Started in hostUpdate, after the list has applied its own page size and sort.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const { enabled, prefix } = this.options();
    if (!enabled || !this.host.isConnected) return this.stop();
    if (this.unsubscribe && prefix === this.prefix) return;
    this.stop();
    this.prefix = prefix;
    this.restore();
    this.unsubscribe = this.store.subscribe((state) => this.write(state));
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    window.removeEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = (): void => this.restore();

  private restore(): void {
    const { prefix } = this;
    const { sort, pageSize } = this.options();
    const params = new URLSearchParams(location.search);
    const query = queryFromParams(params, { prefix });
    this.repairing = true;
    this.written = undefined;
    this.store.setQuery({
      text: query.text,
      filters: query.filters,
      years: query.years,
      page: query.page,
      sort: query.sort ?? (params.has(`${prefix}sort`) ? undefined : sort),
      pageSize: params.has(`${prefix}size`) ? query.pageSize : (pageSize ?? query.pageSize),
    });
    this.write(this.store.getState());
  }

  private write(state: StoreState): void {
    const { query } = state;
    const previous = this.written;
    if (previous === query) return;
    this.written = query;
    const repair = this.repairing || clampedPage(previous, state);
    if (state.status === 'ready' || state.status === 'error') this.repairing = false;
    const { prefix } = this;
    const own = queryToParams(query, { prefix });
    const { pageSize } = this.options();
    if (pageSize && query.pageSize === pageSize) own.delete(`${prefix}size`);
    const url = new URL(location.href);
    for (const key of urlParamNames(prefix)) url.searchParams.delete(key);
    for (const [key, value] of own) url.searchParams.append(key, value);
    if (url.href === location.href) return;
    if (repair || !previous || onlyTextChanged(previous, query)) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }
}

/** Whether the query differs from `before` in its text alone (typing). */
function onlyTextChanged(before: Query, after: Query): boolean {
  return (
    before.text !== after.text &&
    JSON.stringify({ ...before, text: '', page: 1 }) === JSON.stringify({ ...after, text: '', page: 1 })
  );
}

/** Whether the store only pulled the page back to the last one that exists (a repair, not a visitor's step). */
function clampedPage(before: Query | undefined, state: StoreState): boolean {
  const after = state.query;
  return (
    !!before &&
    after.page < before.page &&
    after.page === state.result?.page &&
    JSON.stringify({ ...before, page: 1 }) === JSON.stringify({ ...after, page: 1 })
  );
}
