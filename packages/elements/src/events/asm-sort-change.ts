import type { SortOrder } from '@asm-kit/query';

/** The sort order the user picked. */
export interface AsmSortChangeDetail {
  readonly sort: SortOrder;
}
/** Fired when the user picks another sort order. */
export type AsmSortChangeEvent = CustomEvent<AsmSortChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asm-sort-change': AsmSortChangeEvent;
  }
}
