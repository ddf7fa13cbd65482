/**
 * Why a catalogue could not be loaded: no answer ('network'), an HTTP error ('http'), no answer in time
 * ('timeout'), not JSON ('json'), JSON that is not a catalogue such as `[]` or `null` ('format'), or a failed
 * search of a custom source ('search').
 */
export type LoadErrorKind = 'network' | 'http' | 'timeout' | 'json' | 'format' | 'search';

/** Details of a failed load. */
export interface AsmLoadErrorDetail {
  readonly kind: LoadErrorKind;
  /** HTTP status when `kind` is 'http'. */
  readonly status?: number;
  readonly src?: string;
  readonly error?: unknown;
}
/** Fired when the catalogue cannot be fetched in time, is answered with an HTTP error, or is not a catalogue. */
export type AsmLoadErrorEvent = CustomEvent<AsmLoadErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asm-load-error': AsmLoadErrorEvent;
  }
}
