/**
 * What the "Download these results" control (download-control.ts, on view) and the code that makes the file
 * (download-view.ts, loaded on the first click) share.
 */
import type { LoadedCatalogue } from '../../internal/shared-catalogue.js';

/** What a download needs from its list besides the list itself, read at the moment of the click. */
export interface DownloadContext {
  /** UI language, for the announcement and the catalogue name in the file name. */
  lang: string;
  /** Name, default language and terms of the catalogue (absent for a bare list of resources). */
  info?: LoadedCatalogue['info'];
}

/** The formats offered, by the name each button shows (format names are not translated). */
export const FORMAT_LABELS = ['RIS', 'BibTeX', 'CSL-JSON', 'CSV'] as const;

/** One of {@link FORMAT_LABELS}. */
export type FormatLabel = (typeof FORMAT_LABELS)[number];
