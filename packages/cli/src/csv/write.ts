// The CSV writer is @asm-kit/crosswalk's (`toCSV` and the pieces `asm-kit convert` streams with); these are the
// names the CLI's commands and its public index use.
export {
  CSV_BOM as BOM,
  CsvLayoutBuilder as LayoutBuilder,
  csvLine,
  resourceToCsvCells as resourceToCells,
} from '@asm-kit/crosswalk';
export type { CsvWriteOptions } from '@asm-kit/crosswalk';
