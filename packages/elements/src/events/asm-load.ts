/** How many resources are now searchable. */
export interface AsmLoadDetail {
  readonly count: number;
  readonly src?: string;
}
/** Fired when a catalogue has been loaded and indexed (from `src`, `catalogue` or `resources`). */
export type AsmLoadEvent = CustomEvent<AsmLoadDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asm-load': AsmLoadEvent;
  }
}
