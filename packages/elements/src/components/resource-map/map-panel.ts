/**
 * What `<asm-resource-map>` shows around the map, loaded with `import()` once its list has results (a small
 * chunk): the labelled region, the table of counts, the empty state, and the error state when the map's own
 * chunk (map-view.ts, with the geometry) fails to load. The element itself keeps only the reserved box.
 */
import { adoptStyles, html, nothing, type LitElement, type TemplateResult } from 'lit';
import { facetLabel } from '@asm-kit/query';
import { COUNTRY_REGION } from '@asm-kit/schema';
import { formatNumber } from '../../i18n/registry.js';
import { styles } from './map-panel.styles.js';
import type { MapHost, MapRow } from './map-types.js';
import type * as MapViewModule from './map-view.js';
import type { MapView } from './map-view.js';

/** The element's content once loaded; `render` is called from the element's render. */
export class MapPanel {
  private readonly host: MapHost;
  private view?: MapView;
  private failed = false;

  /** `element` is the `<asm-resource-map>`; `view` the import of map-view.ts, started beside this one. */
  constructor(element: LitElement, view: Promise<typeof MapViewModule>) {
    const host = (this.host = element as MapHost);
    const root = host.renderRoot as ShadowRoot;
    const own = [...(host.constructor as typeof LitElement).elementStyles, styles];
    adoptStyles(root, own);
    // A chunk that fails to load, or a map that cannot be set up, leaves the table and says so.
    view
      .then((module) => {
        this.view = new module.MapView(host);
        adoptStyles(root, [...own, module.styles]);
      })
      .catch(() => {
        this.failed = true;
      })
      .finally(() => host.requestUpdate());
  }

  render(): TemplateResult {
    const host = this.host;
    const m = host.locale.messages;
    const lang = host.locale.lang;
    const result = host.connection.state?.result;
    // Only ISO codes are drawn and listed: a custom search source may send anything as a facet value.
    const rows: MapRow[] = (result?.facets.country?.values ?? [])
      .filter((v) => v.count > 0 && Object.hasOwn(COUNTRY_REGION, v.value))
      .map((v) => ({
        value: v.value,
        count: v.count,
        selected: v.selected,
        name: facetLabel('country', v.value, lang),
      }));
    const status = this.failed ? m.mapError : result && !rows.length ? m.mapEmpty : '';
    const busy = !result || (!status && !this.view);
    return html`<section part="base" aria-label=${m.mapLabel} aria-busy=${busy ? 'true' : 'false'}>
      ${
        !status && this.view
          ? this.view.render(rows, m, lang)
          : html`<div part="frame" class="frame">
                ${status ? html`<p part="status">${status}</p>` : nothing}
              </div>
              <div class="bar"></div>`
      }
      ${
        rows.length
          ? // Hidden in a wrapper: a table keeps its content's width, which would widen a phone's page.
            html`<div class=${this.failed ? '' : 'vh'}>
              <table part="table">
                <caption>
                  ${m.mapLabel}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${m.facets.country.label}</th>
                    <th scope="col">${m.resultsHeading}</th>
                    <th scope="col">${m.filtersHeading}</th>
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (row) =>
                      html`<tr>
                        <th scope="row"><bdi>${row.name}</bdi></th>
                        <td>${formatNumber(row.count, lang)}</td>
                        <td>${row.selected ? m.mapSelected : ''}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
    </section>`;
  }
}
