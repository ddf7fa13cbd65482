import type { CatalogueIssue } from '@asm-kit/schema';

/** What was wrong in the catalogue, and how many records were left out because of it. */
export interface AsmDataIssuesDetail {
  readonly issues: readonly CatalogueIssue[];
  /** Records dropped because they were invalid; the valid ones are shown. */
  readonly skipped: number;
  /** The catalogue URL, when it was loaded from `src`. */
  readonly src?: string;
}
/** Fired once per load when the catalogue had invalid records or values (the list still shows the valid ones). */
export type AsmDataIssuesEvent = CustomEvent<AsmDataIssuesDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asm-data-issues': AsmDataIssuesEvent;
  }
}
