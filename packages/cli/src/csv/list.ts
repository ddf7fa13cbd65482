// List cells (`gold | diamonds`) are joined by the crosswalk's CSV writer and split by the CLI's reader with the
// same escaping rules, defined once in @asm-kit/crosswalk.
export {
  CSV_LIST_SEPARATOR as LIST_SEPARATOR,
  joinCsvList as joinList,
  splitCsvList as splitList,
} from '@asm-kit/crosswalk';
