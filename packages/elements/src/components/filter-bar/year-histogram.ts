/**
 * The year histogram of `<asm-filter-bar>`: results per year as bars above the from/to fields, a listbox where a
 * range is chosen by pointer (click a bar, drag or Shift+click to extend) or by keyboard (one tab stop; arrows,
 * Home and End move; Enter or Space picks a year; Shift+arrows extend). Loaded with `import()` the first time a
 * bar has years to show, so the CDN entry does not carry it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Facet, Query } from '@asm-kit/query';
import type { Messages } from '../../i18n/messages.js';
import { fill, plural } from '../../i18n/registry.js';

/** Most bars drawn; a wider span (a typo such as year 201 beside 2024) shows only the from/to fields. */
const MAX_BARS = 200;

/** The element the histogram lives in. */
export interface HistogramHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

const styles = css`
  .chart {
    height: 4.5rem;
  }
  [part~='histogram'] {
    display: flex;
    gap: 1px;
    height: 3rem;
    /* A horizontal drag picks a range; a vertical one still scrolls the page. */
    touch-action: pan-y;
    user-select: none;
  }
  [part~='bar'] {
    /* Bars share the column's width: many years shrink, and never scroll sideways. */
    flex: 1 1 0;
    min-width: 0;
    max-width: 2rem;
    cursor: pointer;
    color: var(--_muted);
    /* The baseline: an empty year shows only this. */
    border-bottom: 2px solid var(--_line);
  }
  [part~='bar'][aria-selected='true'] {
    color: var(--_accent);
    border-color: var(--_accent);
  }
  [part~='bar'] svg {
    display: block;
    width: 100%;
    height: 100%;
    fill: currentColor;
  }
  .axis {
    display: flex;
    justify-content: space-between;
    height: 1.25rem;
    line-height: 1.25rem;
    color: var(--_muted);
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
  }
`;

/** The histogram's state (tab stop, drag, anchor) and rendering, for one filter bar. */
export class YearHistogram {
  /** The year that holds the tab stop. */
  private cursor?: number;
  /** Range being dragged, shown before it is applied. */
  private drag?: [number, number];
  /** Where a Shift+arrow or Shift+click range starts. */
  private anchor?: number;

  constructor(
    private readonly host: HistogramHost,
    private readonly pick: (years: { from: number; to: number }) => void,
  ) {
    // Constructable stylesheets pass a strict Content-Security-Policy, unlike a <style> element.
    const root = host.renderRoot;
    if (root instanceof ShadowRoot && styles.styleSheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  }

  /** Every year between the first and the last is a bar, empty ones too, so gaps show. */
  render(
    query: Query,
    { min, max }: { min?: number; max?: number },
    facet: Facet | undefined,
    m: Messages,
    lang: string,
  ): TemplateResult | typeof nothing {
    if (min === undefined || max === undefined || max - min >= MAX_BARS) return nothing;
    const counts = new Map(facet?.values.map((v) => [Number(v.value), v.count]));
    const peak = Math.max(1, ...counts.values());
    const [from = -Infinity, to = Infinity] = this.drag
      ? [Math.min(...this.drag), Math.max(...this.drag)]
      : [query.years.from, query.years.to];
    const ranged = !!this.drag || query.years.from !== undefined || query.years.to !== undefined;
    const cursor = Math.min(max, Math.max(min, this.cursor ?? query.years.from ?? max));
    const bars: TemplateResult[] = [];
    for (let year = min; year <= max; year++) {
      const count = counts.get(year) ?? 0;
      const label = fill(m.yearBar, { year, count: plural(m.resultCount, count, lang) });
      // Heights are SVG attributes: a style attribute would be blocked by a strict Content-Security-Policy.
      // A bar of 1 among hundreds still shows: at least 4 % of the height.
      const height = count && Math.max(count, peak / 25);
      bars.push(
        html`<span
          part="bar"
          role="option"
          data-year=${year}
          tabindex=${year === cursor ? 0 : -1}
          aria-selected=${ranged && year >= from && year <= to ? 'true' : 'false'}
          aria-label=${label}
          title=${label}
          ><svg viewBox="0 0 1 ${peak}" preserveAspectRatio="none" aria-hidden="true">
            <rect width="1" y=${peak - height} height=${height}></rect></svg
        ></span>`,
      );
    }
    return html`<div class="chart">
      <div
        part="histogram"
        role="listbox"
        aria-label=${m.yearChart}
        aria-multiselectable="true"
        aria-orientation="horizontal"
        @keydown=${this.onKey}
        @pointerdown=${this.onPointer}
        @pointerover=${this.onPointer}
        @click=${this.onClick}
      >
        ${bars}
      </div>
      <div class="axis" aria-hidden="true"><span>${min}</span><span>${max}</span></div>
    </div>`;
  }

  private setDrag(drag: [number, number] | undefined): void {
    this.drag = drag;
    this.host.requestUpdate();
  }

  /** The year of the bar an event happened on, if any. */
  private yearOf(event: Event): number | undefined {
    const bar = (event.target as Element).closest?.('[data-year]');
    return bar ? Number(bar.getAttribute('data-year')) : undefined;
  }

  private readonly onPointer = (event: PointerEvent): void => {
    const year = this.yearOf(event);
    if (year === undefined) return;
    if (event.type === 'pointerdown') {
      if (event.button) return;
      // A touch captures the pointer to the first bar: release it so the bars under the finger see the drag.
      (event.target as Element).releasePointerCapture?.(event.pointerId);
      if (!event.shiftKey || this.anchor === undefined) this.anchor = year;
      this.setDrag([this.anchor, year]);
    } else if (this.drag) {
      this.setDrag(event.buttons & 1 ? [this.drag[0], year] : undefined);
    }
  };

  private readonly onClick = (event: MouseEvent): void => {
    const year = this.yearOf(event);
    // Pressed on one bar and released on another, the click lands on the chart itself: the drag says where.
    const drag = this.drag;
    this.drag = undefined;
    if (!drag && year === undefined) return;
    // Without a drag (a click from assistive technology), the click itself sets or extends from the anchor.
    if (!drag && !(event.shiftKey && this.anchor !== undefined)) this.anchor = year;
    const [a, b] = drag ?? [this.anchor!, year!];
    this.choose(a, b, b);
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    const bars = [...this.host.renderRoot.querySelectorAll<HTMLElement>('[data-year]')];
    // The bar that has focus (a click or a screen reader may have moved it off the tab stop).
    const focused = (event.target as Element).closest('[data-year]');
    const at = focused ? bars.indexOf(focused as HTMLElement) : bars.findIndex((bar) => bar.tabIndex === 0);
    const year = Number(bars[at]?.dataset.year);
    // Arrows follow the screen: in a right-to-left page the earlier years are on the right.
    const back = getComputedStyle(this.host).direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const key = event.key;
    const to =
      key === 'Home'
        ? 0
        : key === 'End'
          ? bars.length - 1
          : key === back
            ? at - 1
            : key === 'ArrowLeft' || key === 'ArrowRight'
              ? at + 1
              : undefined;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      this.anchor = year;
      this.choose(year, year, year);
    } else if (to !== undefined) {
      event.preventDefault();
      const next = Number(bars[Math.max(0, Math.min(bars.length - 1, to))]?.dataset.year);
      if (event.shiftKey) {
        this.anchor ??= year;
        this.choose(this.anchor, next, next);
      } else this.focus(next);
    }
  };

  /** Applies the range between two years (in either order) and keeps the tab stop on `focus`. */
  private choose(a: number, b: number, focus: number): void {
    this.pick({ from: Math.min(a, b), to: Math.max(a, b) });
    this.focus(focus);
  }

  private focus(year: number): void {
    this.cursor = year;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(`[data-year="${year}"]`)?.focus(),
    );
  }
}
