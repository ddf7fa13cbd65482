// The column model of the CSV layout lives in @asm-kit/crosswalk, shared with its writer (`toCSV`); these are the
// names the CLI's modules and its public index use.
export {
  CSV_FIXED_COLUMNS as FIXED,
  CSV_KNOWN_COLUMNS as KNOWN_COLUMNS,
  csvColumnName as columnName,
} from '@asm-kit/crosswalk';
export type { CsvColumn as ColumnRef } from '@asm-kit/crosswalk';
