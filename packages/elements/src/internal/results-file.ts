/**
 * The files of the list's "Download these results" control. Loaded with the control's code on its first click:
 * the citation formats come from the crosswalk chunk the Cite panel shares, the CSV writer from the crosswalk's own
 * `csv` entry, so a visitor who only opens "Cite" never loads it.
 */
import { toBibTeX, toCsl, toRIS } from '@asm-kit/crosswalk';
import { toCSV, type CsvCatalogueSettings } from '@asm-kit/crosswalk/csv';
import type { Resource } from '@asm-kit/schema';
import { FILE_TYPES, type FileFormat } from './crosswalk.js';

/** The formats of the list's "Download these results" control. */
export type ResultsFormat = FileFormat;

/** A file ready to save. */
export interface ResultsFile {
  text: string;
  /** MIME type with its charset, for the Blob. */
  mimeType: string;
  /** Safe file name: `<catalogue-name>-results.<extension>`, lower-case ASCII letters, digits and hyphens. */
  filename: string;
}

/**
 * A file name stem from a catalogue name: accents dropped, anything but ASCII letters and digits turned into
 * hyphens, at most 60 characters; 'library' when nothing is left (no name, or a name in a non-Latin script).
 */
function fileStem(name: string | undefined): string {
  const stem = (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return stem || 'library';
}

/**
 * The resources as a file a reference manager (RIS, BibTeX, CSL-JSON) or a spreadsheet (the catalogue CSV
 * layout, which `asm-kit convert` reads back) opens, named after the catalogue.
 */
export function resultsFile(
  resources: readonly Resource[],
  format: ResultsFormat,
  options: { name?: string; catalogue?: CsvCatalogueSettings } = {},
): ResultsFile {
  const extraTerms = options.catalogue?.extraTerms;
  const text =
    format === 'ris'
      ? toRIS(resources, { extraTerms })
      : format === 'bibtex'
        ? toBibTeX(resources, { extraTerms })
        : format === 'csl'
          ? JSON.stringify(toCsl(resources, { extraTerms }), null, 2)
          : toCSV(resources, { catalogue: options.catalogue });
  const file = FILE_TYPES[format];
  return {
    text,
    mimeType: `${file.type};charset=utf-8`,
    filename: `${fileStem(options.name)}-results.${file.extension}`,
  };
}
