import { html, nothing, type TemplateResult } from 'lit';
import { SORT_ORDERS, type SearchResult, type SortOrder } from '@asm-kit/query';
import type { Resource } from '@asm-kit/schema';
import type { LoadErrorKind } from '../../events/asm-load-error.js';
import type { Messages } from '../../i18n/messages.js';
import { fill } from '../../i18n/registry.js';

/** What the results region of a list shows, and what its buttons do. */
export interface ResultsBodyInput {
  messages: Messages;
  error?: { kind: LoadErrorKind; status?: number };
  result?: SearchResult;
  /** The first page of a large catalogue, shown while it is indexed. */
  preview?: readonly Resource[];
  /** Whether something is on its way (false before a list has anything to load). */
  waiting: boolean;
  card(item: { resource: Resource; score?: number }): TemplateResult;
  onRetry(): void;
  onReset(): void;
}

/**
 * The results region of `<asm-resource-list>`: the cards, or the error, loading or empty state in their place.
 * Only a wait is marked busy, so screen readers announce an error as soon as it appears.
 */
export function resultsBody(input: ResultsBodyInput): TemplateResult {
  const { messages: m, error, result, preview } = input;
  let busy = false;
  let content: TemplateResult;
  if (error) {
    const message =
      error.kind === 'http'
        ? fill(m.errorHttp, { status: error.status ?? '' })
        : error.kind === 'json' || error.kind === 'format'
          ? m.errorJson
          : error.kind === 'search'
            ? m.errorSearch
            : m.errorNetwork;
    content = html`<div part="error" role="alert">
      <p>${message}</p>
      <button part="retry-button" @click=${input.onRetry}>${m.retry}</button>
    </div>`;
  } else if (!result && preview) {
    busy = true;
    content = cardList(
      preview.map((resource) => ({ resource })),
      input.card,
    );
  } else if (!result) {
    busy = input.waiting;
    content = html`<div part="loading" role="status">
      ${
        busy
          ? html`<span class="vh">${m.loading}</span>
              <div class="skeleton"></div>
              <div class="skeleton"></div>
              <div class="skeleton"></div>`
          : nothing
      }
    </div>`;
  } else if (!result.total) {
    content = html`<div part="empty">
      <p>${m.noResults}</p>
      <p>${m.emptyHint}</p>
      <button part="reset-button" @click=${input.onReset}>${m.resetSearch}</button>
    </div>`;
  } else content = cardList(result.hits, input.card);
  return html`<div class="body" aria-busy=${busy ? 'true' : 'false'}>${content}</div>`;
}

function cardList<T>(items: readonly T[], card: (item: T) => TemplateResult): TemplateResult {
  // Cards are reused from one page to the next (not keyed): updating 20 existing cards is much cheaper than
  // tearing down and creating 20 shadow roots, which is what a keystroke or a filter click would otherwise cost.
  return html`<ul part="items" class="items">
    ${items.map((item) => html`<li part="item">${card(item)}</li>`)}
  </ul>`;
}

/**
 * The sort select. Always laid out (hidden until there are results) so the toolbar keeps its height: no layout
 * shift. (A class, not a style attribute: inline styles are blocked by a strict Content-Security-Policy.)
 */
export function sortControl(
  m: Messages,
  result: SearchResult | undefined,
  onSort: (sort: SortOrder) => void,
): TemplateResult {
  return html`<label part="sort" class=${result?.total ? 'sort' : 'sort idle'}
    >${m.sortLabel}
    <select
      @change=${(event: Event) => onSort((event.target as HTMLSelectElement).value as SortOrder)}
      ?disabled=${!result?.total}
    >
      ${SORT_ORDERS.map((s) => html`<option value=${s} ?selected=${s === result?.sort}>${m.sort[s]}</option>`)}
    </select></label
  >`;
}
