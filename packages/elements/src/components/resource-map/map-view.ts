/**
 * The map of `<asm-resource-map>`, loaded with `import()` the first time a map has countries to show (one lazy
 * chunk in the CDN build, with the geometry, d3-geo and topojson-client): projection, SVG paths, colour classes,
 * legend, zoom, and the keyboard. The element itself keeps only the loading, error and empty states and the
 * table of counts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import type { Filters } from '@asm-kit/query';
import { emit } from '../../events/emit.js';
import type { AsmFilterChangeDetail } from '../../events/asm-filter-change.js';
import type { Messages } from '../../i18n/messages.js';
import { fill, formatNumber, plural } from '../../i18n/registry.js';
import { M49 } from './m49.js';
import type { MapHost, MapRow } from './map-types.js';

export { styles } from './map-view.styles.js';

/** A country drawn in one projection: its path, the centre of its largest area, and whether it is tiny. */
interface Shape {
  readonly code?: string;
  readonly d: string;
  readonly x: number;
  readonly y: number;
  readonly small: boolean;
}

const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
const CODE_OF_ID = new Map([...M49].map(([code, id]) => [id, code]));
/** Every feature of the atlas with its ISO code (none for the few features without an id, e.g. Kosovo). */
const COUNTRIES = (feature(topology, topology.objects.countries) as FeatureCollection).features.map(
  (shape) => ({ code: CODE_OF_ID.get(String(shape.id)), shape }),
);
const FEATURE_OF = new Map(COUNTRIES.map((country) => [country.code, country.shape]));

/** Size of the drawing (viewBox) on a wide and on a narrow container, matching the reserved aspect ratios. */
const WIDE = [960, 470] as const;
const NARROW = [600, 450] as const;
/** Zooming to the results stops at this many times the world's scale (one small country would fill the box). */
const MAX_ZOOM = 8;
/** Countries smaller than this (square viewBox units) get a marker, so they can be seen and clicked. */
const SMALL_AREA = 24;
/** Colour levels: c1 (fewest) to c5 (most results). */
const LEVELS = 5;

/** Projected shapes of every country, fitted to the world or to `focus` (the features of the results). */
function project(width: number, height: number, focus: readonly Feature[]): Shape[] {
  const projection = geoEqualEarth().fitExtent(
    [
      [6, 6],
      [width - 6, height - 6],
    ],
    { type: 'Sphere' },
  );
  if (focus.length) {
    const world = projection.scale();
    const features: FeatureCollection = { type: 'FeatureCollection', features: [...focus] };
    projection.fitExtent(
      [
        [24, 24],
        [width - 24, height - 24],
      ],
      features,
    );
    if (projection.scale() > world * MAX_ZOOM) {
      projection.scale(world * MAX_ZOOM);
      const [x, y] = geoPath(projection).centroid(features);
      const [tx, ty] = projection.translate();
      projection.translate([tx + width / 2 - x, ty + height / 2 - y]);
    }
  }
  const path = geoPath(projection);
  return COUNTRIES.map(({ code, shape }) => {
    const [x, y] = path.centroid(shape);
    return { code, d: path(shape) ?? '', x, y, small: path.area(shape) < SMALL_AREA };
  });
}

/** Upper bounds of the count classes for counts from 1 to `max`: up to five, on a logarithmic scale. */
export function countClasses(max: number): number[] {
  const uppers: number[] = [];
  for (let i = 1; i <= LEVELS; i++) {
    const upper = Math.ceil(max ** (i / LEVELS) - 1e-9);
    if (upper > (uppers.at(-1) ?? 0)) uppers.push(upper);
  }
  return uppers;
}

const rem = (): number => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/** The drawn map of one element; `render` is called from the element's render. */
export class MapView {
  /** Code of the country that holds the map's one Tab stop. */
  private active?: string;
  /** Country hovered by the pointer, and country with focus (their name and count are shown under the map). */
  private hovered?: string;
  private focused?: string;
  /** The visitor's choice of zoom; unset, the map zooms to the results on a narrow container only. */
  private zoom?: boolean;
  private narrow: boolean;
  /** The toggle waiting for its new counts, to announce them. */
  private pending?: { code: string; result: unknown };
  private announcement = '';
  private byX: string[] = [];
  private byY: string[] = [];
  private readonly shapes = new Map<string, Shape[]>();

  constructor(private readonly host: MapHost) {
    this.narrow = host.clientWidth > 0 && host.clientWidth < 30 * rem();
    new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      const narrow = width > 0 && width < 30 * rem();
      if (narrow !== this.narrow) {
        this.narrow = narrow;
        host.requestUpdate();
      }
    }).observe(host);
  }

  /** The map, its legend, the zoom button and the announcement of a toggle. */
  render(rows: readonly MapRow[], m: Messages, lang: string): TemplateResult {
    const byCode = new Map(rows.map((row) => [row.value, row]));
    const drawable = rows.filter((row) => M49.has(row.value)).map((row) => row.value);
    const zoomed = (this.zoom ?? this.narrow) && drawable.length > 0;
    const [width, height] = this.narrow ? NARROW : WIDE;
    const focus = zoomed ? [...drawable].sort() : [];
    const key = `${width} ${focus.join()}`;
    let shapes = this.shapes.get(key);
    if (!shapes) {
      shapes = project(
        width,
        height,
        focus.map((code) => FEATURE_OF.get(code)!),
      );
      if (this.shapes.size > 20) this.shapes.clear();
      this.shapes.set(key, shapes);
    }
    const uppers = countClasses(Math.max(...rows.map((row) => row.count)));
    const level = (count: number): number => LEVELS - uppers.length + 1 + uppers.findIndex((u) => count <= u);
    const label = (row: MapRow): string =>
      fill(m.mapCountry, { country: row.name, count: plural(m.resultCount, row.count, lang) });

    const lit = shapes.filter((shape) => shape.code && byCode.has(shape.code));
    this.byX = [...lit].sort((a, b) => a.x - b.x || a.y - b.y).map((shape) => shape.code!);
    this.byY = [...lit].sort((a, b) => a.y - b.y || a.x - b.x).map((shape) => shape.code!);
    if (!this.active || !this.byX.includes(this.active)) this.active = this.byX[0];
    // The focused country lost its results (a search elsewhere): its element goes, so focus moves to the Tab stop
    // instead of falling back to the page.
    if (this.focused && !this.byX.includes(this.focused)) {
      this.focused = undefined;
      const next = this.active;
      void this.host.updateComplete.then(() =>
        this.host.renderRoot.querySelector<SVGElement>(`[data-code="${next}"]`)?.focus(),
      );
    }

    const result = this.host.connection.state?.result;
    if (this.pending && this.pending.result !== result) {
      const row = byCode.get(this.pending.code);
      this.announcement = row ? label(row) + (row.selected ? `, ${m.mapSelected}` : '') : '';
      this.pending = undefined;
    }
    const shown = this.focused ?? this.hovered;
    const detail = shown && byCode.get(shown);
    const marker = (shape: Shape, className?: string) =>
      shape.small
        ? svg`<circle class=${className ?? nothing} cx=${shape.x} cy=${shape.y} r="4"></circle>`
        : nothing;
    const ringShape = lit.find((shape) => shape.code === this.focused);
    const swatch = (className: string) =>
      html`<svg viewBox="0 0 16 16" aria-hidden="true">
        <rect class=${className} x="1" y="1" width="14" height="14"></rect>
      </svg>`;

    return html`<div part="frame" class="frame">
        <svg
          part="map"
          tabindex="-1"
          viewBox="0 0 ${width} ${height}"
          role="group"
          @keydown=${this.onKeydown}
          @click=${this.onClick}
          @focusin=${this.onFocus}
          @focusout=${this.onBlur}
          @pointerover=${this.onPointer}
          @pointerleave=${this.onPointerLeave}
        >
          <g>
            ${shapes.map((shape) => {
              // Every country in the atlas's order, so a country keeps its element (and focus) as counts change.
              const row = shape.code && byCode.get(shape.code);
              return row
                ? svg`<g
                    part=${row.selected ? 'country selected' : 'country'}
                    class=${`c${level(row.count)}`}
                    role="button"
                    tabindex=${row.value === this.active ? '0' : '-1'}
                    aria-pressed=${row.selected ? 'true' : 'false'}
                    aria-label=${label(row)}
                    data-code=${row.value}
                  ><path d=${shape.d}></path>${marker(shape)}</g>`
                : svg`<path class="c0" d=${shape.d} aria-hidden="true"></path>`;
            })}
          </g>
          <g class="overlay" aria-hidden="true">
            ${lit
              .filter((shape) => byCode.get(shape.code!)?.selected)
              .map((shape) => svg`<path class="sel" d=${shape.d}></path>${marker(shape, 'sel')}`)}
            ${
              ringShape
                ? svg`<path class="halo" d=${ringShape.d}></path>${marker(ringShape, 'halo')}
                    <path class="ring" d=${ringShape.d}></path>${marker(ringShape, 'ring')}`
                : nothing
            }
          </g>
        </svg>
      </div>
      <div class="bar">
        <ul part="legend" class="legend" aria-hidden="true">
          <li>${swatch('c0')}${formatNumber(0, lang)}</li>
          ${uppers.map((upper, index) => {
            const lower = (uppers[index - 1] ?? 0) + 1;
            const text =
              lower === upper
                ? formatNumber(upper, lang)
                : `${formatNumber(lower, lang)}–${formatNumber(upper, lang)}`;
            return html`<li>${swatch(`c${LEVELS - uppers.length + 1 + index}`)}${text}</li>`;
          })}
          <li>${swatch('sel')}${m.mapSelected}</li>
        </ul>
        <p part="detail" class="detail" aria-hidden="true">${detail ? label(detail) : ''}</p>
        ${
          drawable.length
            ? html`<button part="zoom" type="button" @click=${() => this.setZoom(!zoomed)}>
                ${zoomed ? m.mapWorld : m.mapZoom}
              </button>`
            : nothing
        }
        <p class="vh" role="status">${this.announcement}</p>
      </div>`;
  }

  private codeOf(event: Event): string | undefined {
    return (event.target as Element).closest?.('[data-code]')?.getAttribute('data-code') ?? undefined;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const code = this.codeOf(event);
    if (code) this.toggle(code);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const code = this.codeOf(event);
    if (!code) return;
    const { byX, byY } = this;
    let next: string | undefined;
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.toggle(code);
        return;
      case 'ArrowRight':
        next = byX[byX.indexOf(code) + 1];
        break;
      case 'ArrowLeft':
        next = byX[byX.indexOf(code) - 1];
        break;
      case 'ArrowDown':
        next = byY[byY.indexOf(code) + 1];
        break;
      case 'ArrowUp':
        next = byY[byY.indexOf(code) - 1];
        break;
      case 'Home':
        next = byX[0];
        break;
      case 'End':
        next = byX.at(-1);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) void this.move(next);
  };

  private readonly onFocus = (event: FocusEvent): void => {
    const code = this.codeOf(event);
    if (code) this.active = code;
    this.focused = code;
    this.host.requestUpdate();
  };

  private readonly onBlur = (): void => {
    this.focused = undefined;
    this.host.requestUpdate();
  };

  private readonly onPointer = (event: PointerEvent): void => {
    const code = this.codeOf(event);
    if (code !== this.hovered) {
      this.hovered = code;
      this.host.requestUpdate();
    }
  };

  private readonly onPointerLeave = (): void => {
    this.hovered = undefined;
    this.host.requestUpdate();
  };

  private async move(code: string): Promise<void> {
    this.active = code;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<SVGElement>(`[data-code="${code}"]`)?.focus();
  }

  private setZoom(zoom: boolean): void {
    this.zoom = zoom;
    this.host.requestUpdate();
  }

  /** Adds or removes a country filter, as the filter bar's checkbox does. */
  private toggle(code: string): void {
    const store = this.host.connection.store;
    const query = store?.getState().query;
    if (!store || !query) return;
    const current = query.filters.country ?? [];
    const next = current.includes(code) ? current.filter((value) => value !== code) : [...current, code];
    const filters: Filters = { ...query.filters, country: next };
    if (!next.length) delete (filters as Record<string, unknown>).country;
    this.pending = { code, result: this.host.connection.state?.result };
    store.setQuery({ filters, years: query.years });
    emit<AsmFilterChangeDetail>(this.host, 'asm-filter-change', { filters, years: query.years });
  }
}
