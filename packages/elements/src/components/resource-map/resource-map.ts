import { html, type TemplateResult } from 'lit';
import { StoreConsumer } from '../../internal/store-consumer.js';
import { base } from '../../styles/tokens.js';
import { styles } from './resource-map.styles.js';

/**
 * @tag asm-resource-map
 * @summary A choropleth of the current results by country: each country is shaded by its number of results
 * (the country facet's counts, which follow the search and every other filter), and clicking it, or pressing
 * Enter or Space on it, toggles it as a country filter, like the filter bar's checkbox.
 *
 * One Tab stop leads into the map; the arrow keys move between the countries that have results (Left and Right
 * west to east, Up and Down north to south), Home and End go to the westernmost and easternmost. A table of the
 * same counts follows the map for screen readers. On a narrow container (under 30rem) the map zooms to the
 * countries with results, with a button to show the whole world. Inside `<asm-resource-list map>` it sits above
 * the results; standing alone, point `for` at the list.
 *
 * Everything but the reserved box is loaded with `import()` once the list has results: the table and states (a
 * small chunk), and the map with its geometry (Natural Earth 1:110m through world-atlas, d3-geo and
 * topojson-client, a larger one). Should the map fail to load, a message says so and the table is shown (should
 * the table's chunk fail too, the message alone).
 *
 * @fires asm-filter-change - The user toggled a country. `detail: { filters, years }`.
 *
 * @csspart base - Wrapper (a labelled region).
 * @csspart frame - The box of the map (its size is reserved while the map loads).
 * @csspart map - The SVG map.
 * @csspart country - A country with results (a toggle button); also `selected` when it is a filter.
 * @csspart legend - The colour classes.
 * @csspart zoom - The button that switches between the whole world and the countries with results.
 * @csspart detail - The name and count of the country hovered or focused.
 * @csspart status - Loading error or empty message.
 * @csspart table - The table of counts (visually hidden unless the map failed to load).
 *
 * @cssprop --asm-color-accent - Colour of the most results; fewer are mixed with the background.
 * @cssprop --asm-color-surface - Countries without results.
 */
export class AsmResourceMap extends StoreConsumer {
  static override styles = [base, styles];

  /** The table, states and map (map-panel.ts), once loaded; false while loading, true if that failed. */
  private panel?: { render(): TemplateResult } | boolean;

  override render(): TemplateResult {
    if (this.connection.state?.result && this.panel === undefined) {
      this.panel = false;
      // Both chunks at once: the panel would otherwise fetch the map only after it arrived.
      const view = import('./map-view.js');
      // Handled by the panel; this only keeps a failure from being reported twice when the panel failed too.
      view.catch(() => {});
      import('./map-panel.js').then(
        ({ MapPanel }) => this.loaded(new MapPanel(this, view)),
        () => this.loaded(true),
      );
    }
    const panel = this.panel;
    return typeof panel === 'object'
      ? panel.render()
      : html`<div part="frame" class="frame">
            ${panel ? html`<p part="status">${this.locale.messages.mapError}</p>` : ''}
          </div>
          <div class="bar"></div>`;
  }

  private loaded(panel: { render(): TemplateResult } | boolean): void {
    this.panel = panel;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'asm-resource-map': AsmResourceMap;
  }
}
