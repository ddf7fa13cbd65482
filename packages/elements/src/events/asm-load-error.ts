/** Why a catalogue could not be loaded. */
export type LoadErrorKind = 'network' | 'http' | 'json' | 'search';

/** Details of a failed load. */
export interface AsmLoadErrorDetail {
  readonly kind: LoadErrorKind;
  /** HTTP status when `kind` is 'http'. */
  readonly status?: number;
  readonly src?: string;
  readonly error?: unknown;
}
/** Fired when the catalogue cannot be fetched, is answered with an HTTP error, or is not JSON. */
export type AsmLoadErrorEvent = CustomEvent<AsmLoadErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asm-load-error': AsmLoadErrorEvent;
  }
}
