import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DEFAULT_FACETS,
  facetLabel,
  isFacetName,
  type Facet,
  type FacetName,
  type FilterName,
  type Filters,
  type Query,
} from '@asm-kit/query';
import type { ExtraTerms } from '@asm-kit/schema';
import { emit } from '../../events/emit.js';
import type { AsmFilterChangeDetail } from '../../events/asm-filter-change.js';
import { fill, formatNumber } from '../../i18n/registry.js';
import { StoreConsumer } from '../../internal/store-consumer.js';
import { base } from '../../styles/tokens.js';
import { styles } from './filter-bar.styles.js';
import type { YearHistogram } from './year-histogram.js';

/** Values shown before "Show more". */
const VISIBLE = 6;
/** Facets that get a search field when they have more values than VISIBLE. */
const SEARCHABLE = new Set<FacetName>(['country', 'organization', 'project']);

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * @tag asm-filter-bar
 * @summary Facet filters with live counts: multi-select groups, search inside long groups, a year range,
 * a histogram of results per year, active-filter chips and "clear all". On a narrow container it folds behind a "Filters" disclosure button.
 *
 * Inside `<asm-resource-list>` it folds when the list is narrower than 48rem; standing alone, when it is itself
 * narrower than 20rem, or, with `fold-media`, exactly while that media query matches (a page whose filters sit
 * in a narrow side column on a desktop and full width on a phone gives its own breakpoint:
 * `fold-media="(max-width: 56rem)"`). Until results arrive it shows the outline of its groups, so the page does
 * not shift when they fill in.
 *
 * @fires asm-filter-change - The user changed a filter or the year range. `detail: { filters, years }`.
 *
 * @csspart base - Wrapper.
 * @csspart toggle - Disclosure button shown on narrow containers.
 * @csspart panel - The groups.
 * @csspart heading - The "Filters" heading (focused after clearing all).
 * @csspart chips - Active-filter chips and the clear-all button.
 * @csspart chip - One active-filter chip (a remove button).
 * @csspart clear-button - Clear all filters.
 * @csspart group - One facet group (fieldset).
 * @csspart legend - Name of a group.
 * @csspart option - One value (label with checkbox).
 * @csspart checkbox - The checkbox of a value.
 * @csspart count - Number of results for a value.
 * @csspart more-button - Show more / show fewer.
 * @csspart facet-search - Search field inside a long group.
 * @csspart year-input - From / to year fields.
 * @csspart histogram - Bars of results per year (a listbox: click or drag a range, or use the arrow keys, Shift to
 * extend, Enter to pick one year).
 * @csspart bar - One year of the histogram (`aria-selected` inside the chosen range).
 *
 * @cssprop --asm-color-accent - Checkbox and link colour.
 * @cssprop --asm-color-surface - Chip background.
 */
export class AsmFilterBar extends StoreConsumer {
  static override styles = [base, styles];

  /**
   * Facets to show, space-separated, in order (default: type area country language organization access year);
   * unknown names are ignored.
   */
  @property({
    converter: (value) => (value ? value.split(/[\s,]+/).filter(isFacetName) : undefined),
  })
  facets?: FacetName[];

  /** Extra vocabulary terms of the catalogue, for labels. */
  @property({ attribute: false }) extraTerms?: ExtraTerms;

  /** Whether the disclosure is open (only matters on narrow containers). */
  @property({ type: Boolean, reflect: true }) open = false;

  /**
   * A media query (e.g. `(max-width: 56rem)`, or `all` to always fold): while it matches, the bar folds behind
   * its "Filters" button, and it never folds otherwise. Without it, the container width decides.
   */
  @property({ attribute: 'fold-media' }) foldMedia?: string;

  /** @internal Whether `fold-media` currently matches. */
  @state() private folded = false;

  private media?: MediaQueryList;

  /** @internal Facets whose whole list is shown. */
  @state() private expandedFacets = new Set<FacetName>();

  /** @internal Text typed in each facet's search field. */
  @state() private find: Partial<Record<FacetName, string>> = {};

  /** @internal The year histogram, loaded with `import()` once there are years (it stays out of the CDN entry). */
  @state() private chart?: YearHistogram;

  private chartLoading?: Promise<void>;
  /** Whether the histogram's code could not be loaded (offline, a blocked file): the fields stay, alone. */
  private chartFailed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchMedia(this.foldMedia);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watchMedia(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('foldMedia')) this.watchMedia(this.foldMedia);
  }

  private readonly onMedia = (): void => {
    this.folded = !!this.media?.matches;
  };

  private watchMedia(query: string | undefined): void {
    if (this.media?.media === query && this.isConnected) return;
    this.media?.removeEventListener('change', this.onMedia);
    this.media = query && this.isConnected ? matchMedia(query) : undefined;
    this.media?.addEventListener('change', this.onMedia);
    this.folded = !!this.media?.matches;
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.connection.state;
    const result = state?.result;
    const m = this.locale.messages;
    // Set in code, the list may hold anything: only the facets that exist are drawn.
    const facets = (this.facets ?? DEFAULT_FACETS).filter(isFacetName);
    const folding = this.foldMedia ? (this.folded ? 'folded' : 'unfolded') : '';
    if (!state || !result) {
      // Loading: the toggle and the outline of each group hold the space the groups will take (no layout shift).
      return html`<div part="base" class=${folding} aria-busy="true">
        <button part="toggle" class="toggle" aria-expanded="false" disabled>${m.filtersHeading}</button>
        <div part="panel" class="panel">
          <h2 part="heading">${m.filtersHeading}</h2>
          ${facets.map((name) => html`<div class=${name === 'year' ? 'skeleton short' : 'skeleton'}></div>`)}
        </div>
      </div>`;
    }
    const query = state.query;
    const chips = this.chips(query);
    return html`<div part="base" class=${folding}>
      <button
        part="toggle"
        class="toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => (this.open = !this.open)}
      >
        ${m.filtersHeading}${chips.length ? ` (${formatNumber(chips.length, this.locale.lang)})` : ''}
      </button>
      ${
        chips.length
          ? html`<div part="chips" class="chips" role="group" aria-label=${m.activeFilters}>
              ${chips}
              <button part="clear-button" @click=${this.clearAll}>${m.clearFilters}</button>
            </div>`
          : nothing
      }
      <div part="panel" id="panel" class=${this.open ? 'panel open' : 'panel'}>
        <h2 part="heading" tabindex="-1">${m.filtersHeading}</h2>
        ${facets.map((name) =>
          name === 'year'
            ? this.years(query, result.years, result.facets.year)
            : this.group(result.facets[name]),
        )}
      </div>
    </div>`;
  }

  private group(facet: Facet | undefined): TemplateResult | typeof nothing {
    if (!facet || !facet.values.length) return nothing;
    const name = facet.name;
    const m = this.locale.messages;
    const fm = m.facets[name];
    const lang = this.locale.lang;
    const labelled = facet.values.map((v) => ({
      ...v,
      label: facetLabel(name, v.value, lang, this.extraTerms),
    }));
    const searchable = SEARCHABLE.has(name) && labelled.length > VISIBLE;
    const needle = fold(this.find[name] ?? '');
    const matching = needle ? labelled.filter((v) => fold(v.label).includes(needle)) : labelled;
    const expanded = this.expandedFacets.has(name) || needle !== '';
    const shown = expanded ? matching : matching.slice(0, VISIBLE);
    const id = `f-${name}`;
    return html`<fieldset part="group">
      <legend part="legend">${fm.label}</legend>
      ${
        searchable
          ? html`<input
              part="facet-search"
              class="find"
              type="search"
              aria-label=${fm.search ?? fm.label}
              placeholder=${fm.search ?? ''}
              aria-controls=${id}
              .value=${this.find[name] ?? ''}
              @input=${(e: Event) => (this.find = { ...this.find, [name]: (e.target as HTMLInputElement).value })}
            />`
          : nothing
      }
      <ul id=${id}>
        ${shown.map(
          (v) =>
            html`<li>
              <label part="option" class="option">
                <input
                  part="checkbox"
                  type="checkbox"
                  .checked=${v.selected}
                  @change=${() => this.toggleValue(name as FilterName, v.value)}
                />
                <bdi class="label">${v.label}</bdi>
                <span part="count">${formatNumber(v.count, lang)}</span>
              </label>
            </li>`,
        )}
      </ul>
      ${needle && !matching.length ? html`<p class="none">${m.noFacetMatch}</p>` : nothing}
      ${
        !needle && matching.length > VISIBLE
          ? html`<button
              part="more-button"
              class="more"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls=${id}
              @click=${() => this.toggleExpanded(name)}
            >
              ${expanded ? fm.less : fm.more}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  private years(
    query: Query,
    span: { min?: number; max?: number },
    facet: Facet | undefined,
  ): TemplateResult | typeof nothing {
    if (span.min === undefined && query.years.from === undefined && query.years.to === undefined)
      return nothing;
    const m = this.locale.messages;
    const input = (label: string, value: number | undefined, key: 'from' | 'to') =>
      html`<label
        >${label}
        <input
          part="year-input"
          type="number"
          inputmode="numeric"
          min=${span.min ?? 0}
          max=${span.max ?? 9999}
          placeholder=${String((key === 'from' ? span.min : span.max) ?? '')}
          .value=${value === undefined ? '' : String(value)}
          data-key=${key}
          @change=${this.onYear}
      /></label>`;
    return html`<fieldset part="group">
      <legend part="legend">${m.facets.year.label}</legend>
      ${this.chart?.render(query, span, facet, m, this.locale.lang) ?? this.loadChart(span)}
      <div class="years">
        ${input(m.yearFrom, query.years.from, 'from')} ${input(m.yearTo, query.years.to, 'to')}
      </div>
    </fieldset>`;
  }

  /** Loads the histogram; meanwhile its box holds the space it will take (no layout shift). */
  private loadChart(span: { min?: number }): TemplateResult | typeof nothing {
    if (span.min === undefined || this.chartFailed) return nothing;
    this.chartLoading ??= import('./year-histogram.js').then(
      ({ YearHistogram }) => {
        this.chart = new YearHistogram(this, (years) => {
          const query = this.connection.state?.query;
          if (query) this.apply(query.filters, years);
        });
      },
      () => {
        this.chartFailed = true;
        this.requestUpdate();
      },
    );
    return html`<div class="chart"></div>`;
  }

  private chips(query: Query): TemplateResult[] {
    const m = this.locale.messages;
    const lang = this.locale.lang;
    const out: TemplateResult[] = [];
    for (const [name, values] of Object.entries(query.filters) as [FilterName, readonly string[]][]) {
      for (const value of values) {
        const label = facetLabel(name, value, lang, this.extraTerms);
        out.push(
          html`<button
            part="chip"
            aria-label=${fill(m.removeFilter, { label: `${m.facets[name].label}: ${label}` })}
            @click=${(e: Event) => this.removeChip(e, () => this.toggleValue(name, value))}
          >
            <bdi>${label}</bdi> <span aria-hidden="true">×</span>
          </button>`,
        );
      }
    }
    const { from, to } = query.years;
    if (from !== undefined || to !== undefined) {
      const label = `${from ?? '…'}–${to ?? '…'}`;
      out.push(
        html`<button
          part="chip"
          aria-label=${fill(m.removeFilter, { label: `${m.facets.year.label}: ${label}` })}
          @click=${(e: Event) => this.removeChip(e, () => this.apply(query.filters, {}))}
        >
          ${label} <span aria-hidden="true">×</span>
        </button>`,
      );
    }
    return out;
  }

  private toggleValue(name: FilterName, value: string): void {
    const query = this.connection.state?.query;
    if (!query) return;
    const current = query.filters[name] ?? [];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    const filters: Filters = { ...query.filters, [name]: next };
    if (!next.length) delete (filters as Record<string, unknown>)[name];
    this.apply(filters, query.years);
  }

  private onYear(): void {
    const query = this.connection.state?.query;
    if (!query) return;
    const read = (key: string): number | undefined => {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`input[data-key=${key}]`);
      const value = input?.value ? Number.parseInt(input.value, 10) : NaN;
      return Number.isFinite(value) ? value : undefined;
    };
    const years: Query['years'] = {};
    const from = read('from');
    const to = read('to');
    if (from !== undefined) years.from = from;
    if (to !== undefined) years.to = to;
    this.apply(query.filters, years);
  }

  private apply(filters: Filters, years: Query['years']): void {
    this.connection.store?.setQuery({ filters, years });
    emit<AsmFilterChangeDetail>(this, 'asm-filter-change', { filters, years });
  }

  /** Removes a chip, then keeps focus in the chip row (next chip, else "clear all", else the heading). */
  private removeChip(event: Event, remove: () => void): void {
    const chip = event.currentTarget as HTMLElement;
    const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]')];
    const index = chips.indexOf(chip);
    remove();
    void this.updateComplete.then(() => {
      const after = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]')];
      const target = after[Math.min(index, after.length - 1)];
      if (target) target.focus();
      else this.focusHeading();
    });
  }

  private clearAll(): void {
    this.apply({}, {});
    void this.updateComplete.then(() => this.focusHeading());
  }

  /** Focus target once the chips are gone: the heading, or the disclosure button when the bar is folded. */
  private focusHeading(): void {
    const toggle = this.renderRoot.querySelector<HTMLElement>('[part~="toggle"]');
    const folded = toggle && getComputedStyle(toggle).display !== 'none';
    (folded ? toggle : this.renderRoot.querySelector<HTMLElement>('[part~="heading"]'))?.focus();
  }

  private toggleExpanded(name: FacetName): void {
    const next = new Set(this.expandedFacets);
    if (!next.delete(name)) next.add(name);
    this.expandedFacets = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'asm-filter-bar': AsmFilterBar;
  }
}
