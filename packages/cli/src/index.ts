export { run } from './run.js';
export type { CommandIO } from './commands/context.js';
export { csvTemplate } from './commands/template.js';
export { processCatalogue } from './pipeline.js';
export type { CatalogueMeta, ProcessOptions, ProcessResult } from './pipeline.js';
export type { Problem } from './internal/issues.js';
export { LIST_SEPARATOR, joinList, splitList } from './csv/list.js';
export {
  KNOWN_COLUMNS,
  LayoutBuilder,
  columnName,
  parseColumn,
  parseHeader,
  resourceToCells,
  rowToInput,
  metaRows,
} from './csv/layout.js';
export type { ColumnRef, Header, RowInput } from './csv/layout.js';
export { formatReport, reportJson } from './report.js';
