import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createStore, type Filters, type Hit, type SortOrder, type Store } from '@asm-kit/query';
import { vocabularyLabelsVersion, type Resource } from '@asm-kit/schema';
import { CatalogueController } from '../../controllers/catalogue-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController } from '../../controllers/store-controller.js';
import { StructuredDataController } from '../../controllers/structured-data-controller.js';
import { UrlStateController } from '../../controllers/url-state-controller.js';
import { emit } from '../../events/emit.js';
import type { AsmSortChangeDetail } from '../../events/asm-sort-change.js';
import { LOCKABLE, isDefaultPage, lockedFilters, visibleFacets } from '../../internal/list-filters.js';
import { STORE_READY } from '../../internal/store-consumer.js';
import { base } from '../../styles/tokens.js';
import { downloadControl } from './download-control.js';
import type { DownloadContext } from './download-formats.js';
import type { ResourceLookup } from '../resource-card/resource-lookup.js';
import { CARD_PARTS, FILTER_PARTS } from './resource-list.parts.js';
import { ResourceListProperties } from './resource-list.properties.js';
import { resultsBody, sortControl } from './resource-list.states.js';
import { styles } from './resource-list.styles.js';

/**
 * @tag asm-resource-list
 * @summary The embeddable library: search, facet filters, results and paging over a catalogue, in the
 * page's language, with one tag: `<asm-resource-list src="catalogue.json"></asm-resource-list>`.
 *
 * The UI language is the nearest `lang` (this element, its ancestors, then `<html>`). Filters given as
 * attributes are locked: always applied and never shown as choices. Other elements on the page can drive the
 * same results: give the list an `id` and point their `for` attribute at it (`<asm-search-box for="lib">`).
 *
 * Remote mode: with `endpoint="https://host/v1"` instead of `src`, the catalogue stays on a server
 * (`@asm-kit/server`) and every search is a GET to `{endpoint}/search` with the list's URL-state parameters, its
 * UI language (`ui`), its locked filters (`lock-country=GH`) and the facets it shows; the list works as with a
 * file (facets, URL state, locked filters, language, Cite, Download, the map). Its code is loaded on first use.
 *
 * @attr lang - UI language (BCP 47); en, fr, es and pt are built in. A malformed tag ('en_US') falls back to the
 *   nearest language that is understood, then English.
 *
 * Every filtered result (all pages, locked filters applied) can be downloaded as RIS, BibTeX, CSL-JSON or CSV
 * with the "Download these results" control in the toolbar; its code and the file formats are loaded on the
 * first click. `no-download` removes it.
 *
 * @fires asm-load - The catalogue was loaded and indexed (or a remote library's metadata read). `detail: { count, src }` (`src` is the `endpoint` in remote mode).
 * @fires asm-load-error - The catalogue could not be loaded (network, HTTP status, timeout, not JSON, not a catalogue). `detail: { kind, status, src }`.
 * @fires asm-data-issues - Some records were invalid and left out; the valid ones are shown (the issues are also written to the console, once per catalogue, in a collapsed group). `detail: { issues, skipped, src }`.
 * @fires asm-search - The user changed the search text.
 * @fires asm-filter-change - The user changed a filter.
 * @fires asm-page-change - The user moved to another page.
 * @fires asm-sort-change - The user picked another sort order. `detail: { sort }`.
 * @fires asm-store-ready - The list connected (internal): parts waiting for it through `for` attach to its store.
 *
 * @csspart base - Wrapper (the container whose width decides the layout).
 * @csspart search - The `<asm-search-box>`; its parts are exported as search-form, search-label, search-input.
 * @csspart filters - The `<asm-filter-bar>`; its parts are exported as filters-*, filter-* (e.g. filter-chip, filter-histogram, filter-year-bar).
 * @csspart results - The results section.
 * @csspart toolbar - Heading, count and sort above the results.
 * @csspart results-heading - The "Results" heading (focused after paging).
 * @csspart summary - The `<asm-result-summary>` live region; its text part is exported as summary-text.
 * @csspart sort - The sort label and select.
 * @csspart download - The "Download these results" disclosure (`<details>`; absent with `no-download`).
 * @csspart download-button - Its button (`<summary>`).
 * @csspart download-menu - The group of format buttons.
 * @csspart download-format - One format button (RIS, BibTeX, CSL-JSON, CSV).
 * @csspart download-status - The polite live region announcing the file ("12 resources downloaded as RIS").
 * @csspart items - The list of results.
 * @csspart item - One result (list item).
 * @csspart card - A result card; its other parts are exported as card-* (card-title, card-summary, card-mark …).
 * @csspart loading - Placeholder while loading (not shown before there is anything to load).
 * @csspart empty - The no-results message.
 * @csspart reset-button - "Clear search and filters" in the no-results message.
 * @csspart error - The load error message.
 * @csspart retry-button - "Try again" in the error message.
 * @csspart pagination - The `<asm-pagination>`; its parts are exported as pagination-nav, pagination-button, pagination-current.
 * @csspart map - The `<asm-resource-map>` shown with the `map` attribute.
 *
 * @cssprop --asm-color-accent - Links, selected states, focus ring.
 * @cssprop --asm-color-text - Text colour.
 * @cssprop --asm-color-background - Background of cards and controls.
 * @cssprop --asm-font - Font family (inherits the page's by default).
 * @cssprop --asm-radius - Corner radius.
 * @cssprop --asm-space - Base spacing unit.
 * @cssprop --asm-focus-ring - Focus outline.
 * @cssprop --asm-list-min-height - Height reserved while loading (default 30rem).
 */
export class AsmResourceList extends ResourceListProperties {
  static override styles = [base, styles];

  /** The store behind this list; parts elsewhere on the page use it through `for`. */
  readonly store: Store = createStore({});

  private readonly locale = new LocaleController(this);
  private readonly connection = new StoreController(this, () => this.store);
  private readonly loader = new CatalogueController(
    this,
    this.store,
    () => ({
      src: this.src,
      endpoint: this.endpoint,
      catalogue: this.catalogue,
      resources: this.resources,
      timeout: this.timeout,
    }),
    (firstPage) => {
      const { query } = this.store.getState();
      const plain = isDefaultPage(query, this.locked()) && !this.connection.state?.result;
      return plain ? firstPage.slice(0, query.pageSize) : undefined;
    },
  );
  private readonly url = new UrlStateController(this, this.store, () => ({
    enabled: this.urlState,
    prefix: this.urlPrefix,
    sort: this.sort,
    pageSize: this.pageSize,
  }));
  private readonly structured = new StructuredDataController(this, () => ({
    enabled: this.structuredData,
    hits: this.connection.state?.result?.hits,
    lang: this.locale.lang,
    catalogue: this.loader.value,
  }));

  private appliedLanguage?: string;
  private appliedLabels?: number;

  /** @internal Links between cards (related, superseded): set by the lazily loaded links code. */
  lookup?: ResourceLookup;
  /** @internal The catalogue the links were set up for. */
  linked?: object;

  override connectedCallback(): void {
    super.connectedCallback();
    emit(this, STORE_READY, undefined);
  }

  protected override updated(): void {
    // Once per loaded catalogue, and only when its records link to each other: the cards' links (a lazy chunk).
    const loaded = this.loader.value;
    if (loaded && loaded !== this.linked) {
      this.linked = loaded;
      const { links } = loaded;
      if (links)
        import('../resource-card/related.js').then(
          (m) => m.linkCards(this, links),
          // Without that code (offline, a blocked file) the cards show no links, and nothing else changes.
          () => undefined,
        );
      else if (this.lookup) this.lookup = undefined;
    }
  }

  /** Moves focus to the results heading (after paging or clearing, so the next Tab lands in the results). */
  focusResults(): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part~="results-heading"]')?.focus(),
    );
  }

  /** Loads the catalogue again, or repeats a failed search (what the retry button does). */
  reload(): void {
    if (this.loader.status === 'error') this.loader.retry();
    else this.store.setQuery({});
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (LOCKABLE.some((name) => changed.has(name))) this.store.setOptions({ locked: this.locked() });
    // A language's vocabulary labels may arrive after the first search in it (the CDN build loads them with its UI
    // strings): search again then, so that facet values of equal count follow the labels shown.
    const labels = vocabularyLabelsVersion();
    if (this.locale.lang !== this.appliedLanguage || labels !== this.appliedLabels) {
      this.appliedLanguage = this.locale.lang;
      this.appliedLabels = labels;
      this.store.setOptions({ language: this.locale.lang });
    }
    const query = this.store.getState().query;
    if (changed.has('pageSize') && this.pageSize && this.pageSize !== query.pageSize)
      this.store.setQuery({ pageSize: this.pageSize });
    if (changed.has('sort') && this.sort && this.sort !== query.sort)
      this.store.setQuery({ sort: this.sort });
    if (changed.has('source') && this.source) this.store.setSource(this.source);
  }

  override render(): TemplateResult {
    const m = this.locale.messages;
    const withFilters = !this.hideFilters;
    return html`<div part="base" class="layout">
      ${
        this.hideSearch
          ? nothing
          : html`<asm-search-box
              part="search"
              .store=${this.store}
              exportparts="form:search-form, label:search-label, input:search-input"
            ></asm-search-box>`
      }
      <div class=${withFilters ? 'cols with-filters' : 'cols'}>
        ${
          withFilters
            ? html`<asm-filter-bar
                part="filters"
                .store=${this.store}
                .extraTerms=${this.loader.value?.extraTerms}
                .facets=${visibleFacets(this.facets, this.locked())}
                exportparts=${FILTER_PARTS}
              ></asm-filter-bar>`
            : nothing
        }
        <section part="results" aria-labelledby="results-heading">
          <div part="toolbar" class="toolbar">
            <h2 part="results-heading" id="results-heading" tabindex="-1">${m.resultsHeading}</h2>
            ${
              this.hideSummary
                ? nothing
                : html`<asm-result-summary
                    part="summary"
                    .store=${this.store}
                    exportparts="base:summary-text"
                  ></asm-result-summary>`
            }
            ${sortControl(this.locale.messages, this.connection.state?.result, this.onSort)}
            ${this.noDownload ? nothing : downloadControl(m, this.connection.state?.result, this.downloadContext)}
          </div>
          ${this.map ? html`<asm-resource-map part="map" .store=${this.store}></asm-resource-map>` : nothing}
          ${this.body()}
          <asm-pagination
            part="pagination"
            .store=${this.store}
            exportparts="nav:pagination-nav, button:pagination-button, current:pagination-current"
            @asm-page-change=${() => this.focusResults()}
          ></asm-pagination>
        </section>
      </div>
    </div>`;
  }

  /** The results, or the state that stands in for them. */
  private body(): TemplateResult {
    const state = this.connection.state;
    const card = (item: { resource: Resource; score?: number }) =>
      html`<asm-resource-card
        part="card"
        id="asm-${item.resource.id}"
        .lookup=${this.lookup}
        .hit=${'score' in item ? (item as Hit) : undefined}
        .resource=${item.resource}
        .extraTerms=${this.loader.value?.extraTerms}
        ?no-cite=${this.noCite}
        exportparts=${CARD_PARTS}
      ></asm-resource-card>`;
    return resultsBody({
      messages: this.locale.messages,
      error: this.loader.error ?? (state?.status === 'error' ? { kind: 'search' } : undefined),
      result: this.loader.status === 'pending' ? undefined : state?.result,
      preview: this.loader.preview,
      waiting: this.loader.status !== 'initial' || !!this.source,
      card,
      onRetry: () => this.onRetry(),
      onReset: () => this.onReset(),
    });
  }

  private locked(): Filters {
    return lockedFilters(this);
  }

  private onRetry(): void {
    this.reload();
    this.focusResults();
  }

  private onReset(): void {
    this.store.setQuery({ text: '', filters: {}, years: {} });
    this.focusResults();
  }

  private readonly downloadContext = (): DownloadContext => ({
    lang: this.locale.lang,
    info: this.loader.value?.info,
  });

  private readonly onSort = (sort: SortOrder): void => {
    this.store.setQuery({ sort });
    emit<AsmSortChangeDetail>(this, 'asm-sort-change', { sort });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'asm-resource-list': AsmResourceList;
  }
}
