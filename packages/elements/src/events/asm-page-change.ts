/** The 1-based page the user moved to. */
export interface AsmPageChangeDetail {
  readonly page: number;
}
/** Fired when the user moves to another page of results. */
export type AsmPageChangeEvent = CustomEvent<AsmPageChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asm-page-change': AsmPageChangeEvent;
  }
}
