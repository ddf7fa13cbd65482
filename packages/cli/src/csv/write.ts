import { stringify } from 'csv-stringify/sync';

/** How CSV output is written. */
export interface CsvWriteOptions {
  /** Cell delimiter: ',' (default), ';' for spreadsheets in locales with a decimal comma, or '\t'. */
  delimiter?: string;
}

/**
 * One CSV record: cells quoted when they hold the delimiter, a quote or a line break, CRLF at the end as
 * RFC 4180 and spreadsheets expect.
 */
export function csvLine(cells: readonly string[], options: CsvWriteOptions = {}): string {
  return stringify([cells as string[]], {
    delimiter: options.delimiter ?? ',',
    record_delimiter: '\r\n',
    // csv-stringify quotes a cell holding the whole record delimiter (CRLF) but not a lone LF or CR, which a
    // reader would take for the end of the record: such cells are quoted too.
    quoted_match: /[\r\n]/,
  });
}

/** Byte-order mark that makes Excel open a UTF-8 CSV with its accents intact. */
export const BOM = '\uFEFF';
