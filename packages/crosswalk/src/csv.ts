/**
 * `@asm-kit/crosswalk/csv`: the catalogue CSV layout. The writer (`toCSV`, browser-safe, spreadsheet formulas
 * neutralised by default) and the column model and list cells that the CLI's reader shares.
 */
export {
  BOM as CSV_BOM,
  LayoutBuilder as CsvLayoutBuilder,
  csvLine,
  metaRows as csvMetaRows,
  resourceToCells as resourceToCsvCells,
  toCSV,
} from './csv/write.js';
export type { CsvCatalogueSettings, CsvOptions, CsvWriteOptions } from './csv/write.js';
export {
  FIXED as CSV_FIXED_COLUMNS,
  KNOWN_COLUMNS as CSV_KNOWN_COLUMNS,
  columnName as csvColumnName,
} from './csv/columns.js';
export type { ColumnRef as CsvColumn } from './csv/columns.js';
export { guardFormula, unguardFormula } from './csv/formula.js';
export {
  LIST_SEPARATOR as CSV_LIST_SEPARATOR,
  joinList as joinCsvList,
  splitList as splitCsvList,
} from './csv/list.js';
