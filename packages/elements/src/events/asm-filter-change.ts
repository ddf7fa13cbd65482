import type { Filters, Query } from '@asm-kit/query';

/** The user's filters and year range after the change (locked filters are not included). */
export interface AsmFilterChangeDetail {
  readonly filters: Filters;
  readonly years: Query['years'];
}
/** Fired when the user selects or removes a filter, changes the year range, or clears all filters. */
export type AsmFilterChangeEvent = CustomEvent<AsmFilterChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asm-filter-change': AsmFilterChangeEvent;
  }
}
