/** The search text the user typed. */
export interface AsmSearchDetail {
  readonly text: string;
}
/** Fired when the user changes the search text. */
export type AsmSearchEvent = CustomEvent<AsmSearchDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asm-search': AsmSearchEvent;
  }
}
