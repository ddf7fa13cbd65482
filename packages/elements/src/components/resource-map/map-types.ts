/** Types shared by the map's two chunks (map-panel.ts and map-view.ts). */
import type { LitElement } from 'lit';
import type { Store, StoreState } from '@asm-kit/query';
import type { LocaleController } from '../../controllers/locale-controller.js';

/** One country of the results: the facet value (ISO code), its count, whether it is a filter, and its name. */
export interface MapRow {
  readonly value: string;
  readonly count: number;
  readonly selected: boolean;
  readonly name: string;
}

/** What the chunks read from `<asm-resource-map>` (its store connection and locale are protected there). */
export interface MapHost extends LitElement {
  readonly connection: { readonly store?: Store; readonly state?: StoreState };
  readonly locale: LocaleController;
}
