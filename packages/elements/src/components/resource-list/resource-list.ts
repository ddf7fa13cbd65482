import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  createIndex,
  createStore,
  queryFromParams,
  queryToParams,
  type FacetName,
  type Filters,
  type Hit,
  type Query,
  type SearchSource,
  type SortOrder,
  type Store,
  type StoreState,
} from '@asm-kit/query';
import {
  checkCatalogue,
  checkResources,
  formatIssue,
  type Catalogue,
  type CatalogueInput,
  type CatalogueIssue,
  type CatalogueProblem,
  type ExtraTerms,
  type Resource,
  type ResourceInput,
} from '@asm-kit/schema';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController } from '../../controllers/store-controller.js';
import { emit } from '../../events/emit.js';
import type { AsmDataIssuesDetail } from '../../events/asm-data-issues.js';
import type { AsmLoadDetail } from '../../events/asm-load.js';
import type { AsmLoadErrorDetail, LoadErrorKind } from '../../events/asm-load-error.js';
import type { AsmSortChangeDetail } from '../../events/asm-sort-change.js';
import { fill } from '../../i18n/registry.js';
import { DEFAULT_FACETS } from '../../internal/default-facets.js';
import { splitList } from '../../internal/labels.js';
import { STORE_READY } from '../../internal/store-consumer.js';
import { base } from '../../styles/tokens.js';
import { styles } from './resource-list.styles.js';

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

/** Query parameter names the URL state owns (before the prefix). */
const URL_KEYS = new Set([
  'q',
  'type',
  'area',
  'lang',
  'country',
  'region',
  'org',
  'project',
  'access',
  'year',
  'sort',
  'page',
  'size',
]);
/** Catalogues with at least this many records get a first page painted before full validation and indexing. */
const PREVIEW_FROM = 500;
const SORTS: readonly SortOrder[] = ['relevance', 'newest', 'oldest', 'title'];
/** `exportparts` value that re-exports each of `parts` as `prefix` + its name ('title' -> 'card-title'). */
const exported = (prefix: string, parts: string): string =>
  parts
    .split(' ')
    .map((part) => (part.includes(':') ? part : `${part}:${prefix}${part}`))
    .join(', ');
const CARD_PARTS = exported(
  'card-',
  'base:card type access title title-link meta date note summary summary-toggle areas countries downloads download mark cite cite-button cite-panel cite-text cite-recommended cite-actions cite-copy cite-download cite-status',
);
const FILTER_PARTS = `${exported('filters-', 'base toggle panel heading chips clear-button')}, ${exported(
  'filter-',
  'chip group legend option checkbox count more-button facet-search:filter-search year-input',
)}`;

/** A failed load, kept to render the error state. */
interface LoadError {
  kind: LoadErrorKind;
  status?: number;
}

/**
 * @tag asm-resource-list
 * @summary The embeddable library: search, facet filters, results and paging over a catalogue, in the
 * page's language, with one tag: `<asm-resource-list src="catalogue.json"></asm-resource-list>`.
 *
 * The UI language is the nearest `lang` (this element, its ancestors, then `<html>`). Filters given as
 * attributes are locked: always applied and never shown as choices. Other elements on the page can drive the
 * same results: give the list an `id` and point their `for` attribute at it (`<asm-search-box for="lib">`).
 *
 * @attr lang - UI language (BCP 47); en, fr, es and pt are built in.
 *
 * @fires asm-load - The catalogue was loaded and indexed. `detail: { count, src }`.
 * @fires asm-load-error - The catalogue could not be loaded (network, HTTP status, invalid JSON). `detail: { kind, status, src }`.
 * @fires asm-data-issues - Some records were invalid and left out; the valid ones are shown. `detail: { issues, skipped, src }`.
 * @fires asm-search - The user changed the search text.
 * @fires asm-filter-change - The user changed a filter.
 * @fires asm-page-change - The user moved to another page.
 * @fires asm-sort-change - The user picked another sort order. `detail: { sort }`.
 * @fires asm-store-ready - The list connected (internal): parts waiting for it through `for` attach to its store.
 *
 * @csspart base - Wrapper (the container whose width decides the layout).
 * @csspart search - The `<asm-search-box>`; its parts are exported as search-form, search-label, search-input.
 * @csspart filters - The `<asm-filter-bar>`; its parts are exported as filters-*, filter-* (e.g. filter-chip).
 * @csspart results - The results section.
 * @csspart toolbar - Heading, count and sort above the results.
 * @csspart results-heading - The "Results" heading (focused after paging).
 * @csspart summary - The `<asm-result-summary>` live region; its text part is exported as summary-text.
 * @csspart sort - The sort label and select.
 * @csspart items - The list of results.
 * @csspart item - One result (list item).
 * @csspart card - A result card; its other parts are exported as card-* (card-title, card-summary, card-mark …).
 * @csspart loading - Placeholder while loading.
 * @csspart empty - The no-results message.
 * @csspart reset-button - "Clear search and filters" in the no-results message.
 * @csspart error - The load error message.
 * @csspart retry-button - "Try again" in the error message.
 * @csspart pagination - The `<asm-pagination>`; its parts are exported as pagination-nav, pagination-button, pagination-current.
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
export class AsmResourceList extends LitElement {
  static override styles = [base, styles];

  /** URL of the catalogue JSON (same origin or CORS-enabled). */
  @property() src?: string;

  /** A catalogue object passed in code (validated leniently, like one loaded from `src`). */
  @property({ attribute: false }) catalogue?: Catalogue | CatalogueInput;

  /** Resources passed in code instead of a catalogue (validated leniently). */
  @property({ attribute: false }) resources?: readonly (Resource | ResourceInput)[];

  /** A custom search backend (e.g. a server API) used instead of the built-in index. */
  @property({ attribute: false }) source?: SearchSource;

  /** Results per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;

  /** Locked countries (ISO codes, space- or comma-separated). */
  @property() country?: string;

  /** Locked knowledge areas (slugs, space- or comma-separated). */
  @property() area?: string;

  /** Locked resource types (slugs, space- or comma-separated). */
  @property() type?: string;

  /** Locked content languages (BCP 47 tags, space- or comma-separated). */
  @property() language?: string;

  /** Locked organizations (names, comma-separated: names contain spaces). */
  @property() organization?: string;

  /** Initial sort order: relevance, newest, oldest or title (default: relevance with text, newest without). */
  @property() sort?: SortOrder;

  /** Keeps the search in the page URL (shareable, back and forward work). */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** Prefix of the URL parameters, for pages with several lists or their own `q`/`page` parameters. */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';

  /** Results as a list or a grid of cards. */
  @property({ reflect: true }) layout: 'list' | 'grid' = 'list';

  /** Hides the filter bar (search, results and paging stay). */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;

  /** Hides the built-in search box (e.g. when an `<asm-search-box for>` elsewhere on the page drives the list). */
  @property({ type: Boolean, attribute: 'hide-search' }) hideSearch = false;

  /** Hides the built-in result count (e.g. when an `<asm-result-summary for>` elsewhere announces it). */
  @property({ type: Boolean, attribute: 'hide-summary' }) hideSummary = false;

  /** Hides the "Cite" disclosure of every card. */
  @property({ type: Boolean, attribute: 'no-cite' }) noCite = false;

  /**
   * Writes schema.org JSON-LD for the resources on screen into a `<script type="application/ld+json">` in this
   * element's light DOM (crawlers do not read shadow roots), updated with the page and removed with the
   * attribute. Its code is loaded on first use.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Facets the filter bar shows, space-separated (locked ones are always left out). */
  @property() facets?: string;

  /** Theme override: 'light', 'dark' or 'auto' (follow the OS); unset follows the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** @internal */
  @state() private loading = false;

  /** @internal */
  @state() private loadError?: LoadError;

  /** @internal */
  @state() private extraTerms?: ExtraTerms;

  /** @internal First page shown while a large catalogue is validated and indexed. */
  @state() private preview?: Resource[];

  /** The store behind this list; parts elsewhere on the page use it through `for`. */
  readonly store: Store = createStore({});

  private readonly locale = new LocaleController(this);
  private readonly connection = new StoreController(this, () => this.store);
  private abort?: AbortController;
  private ingestToken = 0;
  private appliedLanguage?: string;
  private urlUnsubscribe?: () => void;
  private lastQuery?: Query;
  /** Name, publisher and terms of the loaded catalogue, for the JSON-LD of `structured-data`. */
  private catalogueInfo?: Pick<Catalogue, 'name' | 'publisher' | 'defaultLanguage' | 'extraTerms'>;
  /** The `<script type="application/ld+json">` this list wrote into its light DOM. */
  private jsonLdScript?: HTMLScriptElement;
  /** What that script describes (hits and language), so it is rewritten only when they change. */
  private jsonLdFor?: { hits: readonly Hit[]; lang: string };

  override connectedCallback(): void {
    super.connectedCallback();
    // On first connection the URL is read in willUpdate, after page size and sort are applied.
    if (this.urlState && this.hasUpdated) this.startUrlState();
    emit(this, STORE_READY, undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.stopUrlState();
  }

  /** Moves focus to the results heading (after paging or clearing, so the next Tab lands in the results). */
  focusResults(): void {
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>('[part~="results-heading"]')
        ?.focus({ preventScroll: false }),
    );
  }

  /** Loads `src` again (what the retry button does). */
  reload(): void {
    if (this.src) void this.load(this.src);
    else if (this.loadError?.kind === 'search') this.store.setQuery({});
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lockKeys = ['country', 'area', 'type', 'language', 'organization'] as const;
    if (lockKeys.some((k) => changed.has(k))) {
      this.store.setOptions({ locked: this.locked() });
    }
    if (this.locale.lang !== this.appliedLanguage) {
      this.appliedLanguage = this.locale.lang;
      this.store.setOptions({ language: this.locale.lang });
    }
    const query = this.store.getState().query;
    if (changed.has('pageSize') && this.pageSize && this.pageSize !== query.pageSize) {
      this.store.setQuery({ pageSize: this.pageSize });
    }
    if (changed.has('sort') && this.sort && this.sort !== query.sort)
      this.store.setQuery({ sort: this.sort });
    if (changed.has('urlState') && this.isConnected) {
      if (this.urlState) this.startUrlState();
      else this.stopUrlState();
    }
    if (changed.has('source') && this.source) this.store.setSource(this.source);
    if (changed.has('catalogue') && this.catalogue) void this.ingest(this.catalogue);
    if (changed.has('resources') && this.resources) {
      const { resources, problems } = checkResources(this.resources);
      void this.report(problems, this.resources.length - resources.length);
      this.index(resources);
    }
    if (changed.has('src') && this.src) void this.load(this.src);
    if (this.preview && this.connection.state?.result) this.preview = undefined;
  }

  protected override updated(): void {
    const hits = this.connection.state?.result?.hits;
    const lang = this.locale.lang;
    if (!this.structuredData) {
      this.jsonLdFor = undefined;
      this.jsonLdScript?.remove();
      this.jsonLdScript = undefined;
    } else if (hits && (hits !== this.jsonLdFor?.hits || lang !== this.jsonLdFor.lang)) {
      this.jsonLdFor = { hits, lang };
      void this.writeJsonLd(this.jsonLdFor);
    }
  }

  /** Writes the JSON-LD of `target` (unless something newer was asked for while the code was loading). */
  private async writeJsonLd(target: { hits: readonly Hit[]; lang: string }): Promise<void> {
    const { jsonLdText } = await import('../../internal/crosswalk.js');
    if (target !== this.jsonLdFor || !this.structuredData) return;
    const script = this.jsonLdScript ?? document.createElement('script');
    script.type = 'application/ld+json';
    // Text only: the data is JSON with every '<' escaped, never parsed as markup.
    script.textContent = jsonLdText(
      target.hits.map((hit) => hit.resource),
      {
        catalogue: this.catalogueInfo,
        language: target.lang,
        extraTerms: this.extraTerms,
        pageUrl: location.href.split('#')[0],
      },
    );
    if (script.parentNode !== this) this.append(script);
    this.jsonLdScript = script;
  }

  override render(): TemplateResult {
    const m = this.locale.messages;
    const state = this.connection.state;
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
                .extraTerms=${this.extraTerms}
                .facets=${this.visibleFacets()}
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
            ${this.sortControl(state)}
          </div>
          <div class="body" aria-busy=${this.busy(state) ? 'true' : 'false'}>${this.body(state)}</div>
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

  private busy(state: StoreState | undefined): boolean {
    return this.loading || !state?.result;
  }

  private body(state: StoreState | undefined): TemplateResult {
    const m = this.locale.messages;
    const error = this.loadError ?? (state?.status === 'error' ? { kind: 'search' as const } : undefined);
    if (error) {
      const message =
        error.kind === 'http'
          ? fill(m.errorHttp, { status: error.status ?? '' })
          : error.kind === 'json'
            ? m.errorJson
            : error.kind === 'network'
              ? m.errorNetwork
              : m.errorSearch;
      return html`<div part="error" role="alert">
        <p>${message}</p>
        <button part="retry-button" @click=${this.onRetry}>${m.retry}</button>
      </div>`;
    }
    const result = state?.result;
    if (!result && this.preview) return this.cards(this.preview.map((resource) => ({ resource })));
    if (this.loading || !result) {
      return html`<div part="loading" role="status">
        <span class="vh">${m.loading}</span>
        <div class="skeleton"></div>
        <div class="skeleton"></div>
        <div class="skeleton"></div>
      </div>`;
    }
    if (!result.total) {
      return html`<div part="empty">
        <p>${m.noResults}</p>
        <p>${m.emptyHint}</p>
        <button part="reset-button" @click=${this.onReset}>${m.resetSearch}</button>
      </div>`;
    }
    return this.cards(result.hits);
  }

  private cards(items: readonly { resource: Resource; hit?: Hit }[] | readonly Hit[]): TemplateResult {
    // Cards are reused from one page to the next (not keyed): updating 20 existing cards is much cheaper than
    // tearing down and creating 20 shadow roots, which is what a keystroke or a filter click would otherwise cost.
    return html`<ul part="items" class="items">
      ${items.map(
        (item) =>
          html`<li part="item">
            <asm-resource-card
              part="card"
              .hit=${'score' in item ? item : undefined}
              .resource=${item.resource}
              .extraTerms=${this.extraTerms}
              ?no-cite=${this.noCite}
              exportparts=${CARD_PARTS}
            ></asm-resource-card>
          </li>`,
      )}
    </ul>`;
  }

  private sortControl(state: StoreState | undefined): TemplateResult {
    const result = state?.result;
    const m = this.locale.messages;
    // Always laid out (hidden until there are results) so the toolbar keeps its height: no layout shift.
    // (A class, not a style attribute: inline styles are blocked by a strict Content-Security-Policy.)
    return html`<label part="sort" class=${result?.total ? 'sort' : 'sort idle'}
      >${m.sortLabel}
      <select @change=${this.onSort} ?disabled=${!result?.total}>
        ${SORTS.map((s) => html`<option value=${s} ?selected=${s === result?.sort}>${m.sort[s]}</option>`)}
      </select></label
    >`;
  }

  private locked(): Filters {
    const locked: Record<string, string[]> = {};
    const add = (name: string, values: string[]) => {
      if (values.length) locked[name] = values;
    };
    add(
      'country',
      splitList(this.country).map((c) => c.toUpperCase()),
    );
    add('area', splitList(this.area));
    add('type', splitList(this.type));
    add('language', splitList(this.language));
    add('organization', splitList(this.organization, true));
    return locked;
  }

  private visibleFacets(): FacetName[] | undefined {
    const locked = Object.keys(this.locked());
    const requested = this.facets ? (splitList(this.facets) as FacetName[]) : undefined;
    if (!requested && !locked.length) return undefined;
    const all = requested ?? DEFAULT_FACETS;
    return all.filter((f) => !locked.includes(f));
  }

  private async load(src: string): Promise<void> {
    this.abort?.abort();
    const controller = new AbortController();
    this.abort = controller;
    this.loading = true;
    this.loadError = undefined;
    let kind: LoadErrorKind = 'network';
    let status: number | undefined;
    try {
      // No cookies or credentials: the catalogue is public data.
      const response = await fetch(src, { signal: controller.signal, credentials: 'omit' });
      if (!response.ok) {
        kind = 'http';
        status = response.status;
        throw new Error(`HTTP ${response.status}`);
      }
      const text = await response.text();
      kind = 'json';
      const json: unknown = JSON.parse(text);
      if (controller.signal.aborted) return;
      this.loading = false;
      await this.ingest(json, src);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.loading = false;
      this.loadError = status === undefined ? { kind } : { kind, status };
      emit<AsmLoadErrorDetail>(this, 'asm-load-error', { kind, status, src, error });
    }
  }

  /**
   * Validates and indexes a catalogue. A large one first gets a preview: the first page of the default order
   * (newest first), validated on its own, painted before the long work of validating and indexing everything.
   * The real results then replace it in the same cards, in the same order.
   */
  private async ingest(input: unknown, src?: string): Promise<void> {
    const token = ++this.ingestToken;
    this.preview = this.previewOf(input);
    if (this.preview) {
      await this.updateComplete;
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      if (token !== this.ingestToken) return;
    }
    this.useCatalogue(checkCatalogue(input), countResources(input), src);
  }

  private previewOf(input: unknown): Resource[] | undefined {
    const catalogue = input as {
      resources?: unknown;
      defaultLanguage?: unknown;
      extraTerms?: unknown;
    } | null;
    const raw = catalogue?.resources;
    const query = this.store.getState().query;
    const plain =
      !query.text &&
      !Object.keys(query.filters).length &&
      query.years.from === undefined &&
      query.years.to === undefined &&
      query.page === 1 &&
      (query.sort ?? 'newest') === 'newest' &&
      !Object.keys(this.locked()).length;
    if (!plain || !Array.isArray(raw) || raw.length < PREVIEW_FROM || this.connection.state?.result)
      return undefined;
    try {
      const dates = raw.map((r: { published?: unknown } | null) =>
        typeof r?.published === 'string' ? r.published : '',
      );
      // The index's "newest" order: date descending, undated last, catalogue order on ties.
      const before = (a: number, b: number): boolean => {
        const x = dates[a] ?? '';
        const y = dates[b] ?? '';
        return x === y ? a < b : !y || (!!x && x > y);
      };
      // One pass keeping the first `wanted` (most records are rejected by one comparison): no full sort.
      const wanted = query.pageSize * 2;
      const top: number[] = [];
      for (let i = 0; i < dates.length; i++) {
        if (top.length === wanted && !before(i, top[wanted - 1] ?? 0)) continue;
        let at = top.length;
        while (at > 0 && before(i, top[at - 1] ?? 0)) at--;
        top.splice(at, 0, i);
        if (top.length > wanted) top.pop();
      }
      const { resources } = checkResources(
        top.map((i) => raw[i]),
        {
          defaultLanguage:
            typeof catalogue?.defaultLanguage === 'string' ? catalogue.defaultLanguage : undefined,
          extraTerms: catalogue?.extraTerms as ExtraTerms | undefined,
        },
      );
      return resources.slice(0, query.pageSize);
    } catch {
      return undefined;
    }
  }

  private useCatalogue(
    checked: { catalogue: Catalogue; problems: CatalogueProblem[] },
    total: number,
    src?: string,
  ): void {
    const { catalogue, problems } = checked;
    void this.report(problems, total - catalogue.resources.length, src);
    this.extraTerms = catalogue.extraTerms;
    const { name, publisher, defaultLanguage, extraTerms } = catalogue;
    this.catalogueInfo = { name, publisher, defaultLanguage, extraTerms };
    this.index(catalogue, src);
  }

  private index(input: Catalogue | readonly Resource[], src?: string): void {
    this.loadError = undefined;
    const index = createIndex(input, { extraTerms: this.extraTerms });
    this.store.setSource(index);
    emit<AsmLoadDetail>(this, 'asm-load', { count: index.size, src });
  }

  /**
   * One event and one console warning per load, whatever the number of issues. The messages are loaded only
   * now (a chunk of their own in the CDN build), so the valid records are shown first and the event follows.
   */
  private async report(problems: readonly CatalogueProblem[], skipped: number, src?: string): Promise<void> {
    if (!problems.length && skipped <= 0) return;
    const issues = await describe(problems);
    const where = src ?? 'catalogue';
    const shown = issues.slice(0, 20).map(formatIssue);
    if (issues.length > shown.length) shown.push(`… and ${issues.length - shown.length} more`);
    console.warn(
      `<asm-resource-list>: ${where} has ${issues.length} problem(s); ${Math.max(skipped, 0)} record(s) left out, the others are shown.\n${shown.join('\n')}`,
    );
    emit<AsmDataIssuesDetail>(this, 'asm-data-issues', { issues, skipped: Math.max(skipped, 0), src });
  }

  private onRetry(): void {
    this.reload();
    this.focusResults();
  }

  private onReset(): void {
    this.store.setQuery({ text: '', filters: {}, years: {} });
    this.focusResults();
  }

  private onSort(event: Event): void {
    const sort = (event.target as HTMLSelectElement).value as SortOrder;
    this.store.setQuery({ sort });
    emit<AsmSortChangeDetail>(this, 'asm-sort-change', { sort });
  }

  // URL state: read once on connect, then every query change is written (pushState for filters/pages so Back
  // undoes them, replaceState while typing so Back does not step through every keystroke); popstate restores.

  private startUrlState(): void {
    if (this.urlUnsubscribe) return;
    this.restoreFromUrl();
    this.lastQuery = this.store.getState().query;
    this.urlUnsubscribe = this.store.subscribe((state) => this.writeUrl(state.query));
    window.addEventListener('popstate', this.onPopState);
  }

  private stopUrlState(): void {
    this.urlUnsubscribe?.();
    this.urlUnsubscribe = undefined;
    window.removeEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = (): void => this.restoreFromUrl();

  private restoreFromUrl(): void {
    const prefix = this.urlPrefix;
    const params = new URLSearchParams(location.search);
    const query = queryFromParams(params, { prefix });
    const patch: Partial<Query> = {
      text: query.text,
      filters: query.filters,
      years: query.years,
      page: query.page,
    };
    if (params.has(`${prefix}sort`) || query.sort) patch.sort = query.sort;
    else if (this.sort) patch.sort = this.sort;
    else patch.sort = undefined;
    patch.pageSize = params.has(`${prefix}size`) ? query.pageSize : (this.pageSize ?? query.pageSize);
    this.store.setQuery(patch);
  }

  private writeUrl(query: Query): void {
    const previous = this.lastQuery;
    if (previous === query) return;
    this.lastQuery = query;
    const prefix = this.urlPrefix;
    const own = queryToParams(query, { prefix });
    if (this.pageSize && query.pageSize === this.pageSize) own.delete(`${prefix}size`);
    const url = new URL(location.href);
    for (const key of [...url.searchParams.keys()]) {
      if (key.startsWith(prefix) && URL_KEYS.has(key.slice(prefix.length))) url.searchParams.delete(key);
    }
    for (const [key, value] of own) url.searchParams.append(key, value);
    if (url.href === location.href) return;
    const onlyText =
      previous !== undefined &&
      previous.text !== query.text &&
      JSON.stringify({ ...previous, text: '', page: 1 }) === JSON.stringify({ ...query, text: '', page: 1 });
    if (onlyText) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }
}

/** Number of records in a raw catalogue (to tell how many validation left out). */
function countResources(input: unknown): number {
  const resources = (input as { resources?: unknown } | null)?.resources;
  return Array.isArray(resources) ? resources.length : 0;
}

declare global {
  interface HTMLElementTagNameMap {
    'asm-resource-list': AsmResourceList;
  }
}
