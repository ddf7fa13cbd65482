import type { SkippedRecord } from './record.js';

// The import report: per record, what became of it and what the data owner should look at. Printed on
// standard error, and written as JSON with `--report`.

/** What became of one record of the input. */
export interface RecordReport {
  /** 1-based position in the input (across OAI-PMH pages); 0 for text the parser could not place. */
  position: number;
  line?: number;
  /** The record's own key in the input (citation key, RIS ID, OAI identifier). */
  key?: string;
  title: string;
  /** added: a new resource; merged: into a resource of --merge; combined: a language version of another
   * record; skipped: not imported. */
  status: 'added' | 'merged' | 'combined' | 'skipped';
  /** Id of the resource in the catalogue written. */
  id?: string;
  mergedWith?: { id: string; by: string; filled: string[] };
  /** Position of the record this language version was combined with. */
  combinedWith?: number;
  reason?: string;
  mapped: string[];
  attention: string[];
  dropped: string[];
}

/** The whole report, as `--report` writes it. */
export interface ImportReport {
  input: string;
  format: string;
  records: number;
  added: number;
  merged: number;
  combined: number;
  skipped: number;
  needAttention: number;
  items: RecordReport[];
}

/** Report entries for records a reader skipped. */
export function skippedReports(skipped: readonly SkippedRecord[]): RecordReport[] {
  return skipped.map((record) => ({
    position: record.position,
    ...(record.line !== undefined ? { line: record.line } : {}),
    title: record.title ?? '',
    status: 'skipped',
    reason: record.reason,
    mapped: [],
    attention: [],
    dropped: [],
  }));
}

/** The report of an import, records in input order. */
export function importReport(input: string, format: string, items: RecordReport[]): ImportReport {
  const sorted = [...items].sort((a, b) => a.position - b.position || (a.line ?? 0) - (b.line ?? 0));
  const count = (status: RecordReport['status']) => sorted.filter((item) => item.status === status).length;
  return {
    input,
    format,
    records: sorted.filter((item) => item.position > 0).length,
    added: count('added'),
    merged: count('merged'),
    combined: count('combined'),
    skipped: count('skipped'),
    needAttention: sorted.filter(
      (item) => item.status !== 'skipped' && (item.attention.length > 0 || item.dropped.length > 0),
    ).length,
    items: sorted,
  };
}

function quote(title: string): string {
  const short = title.length > 70 ? `${title.slice(0, 69)}…` : title;
  return short ? ` "${short}"` : '';
}

/** The report as text for the terminal: one block per record that needs a look, then a summary line. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  for (const item of report.items) {
    const where = `${report.input}${item.line !== undefined ? `:${item.line}` : ''}: ${
      item.position > 0 ? `record ${item.position}` : 'unreadable text'
    }${quote(item.title)}`;
    if (item.status === 'skipped') {
      lines.push(`${where}: skipped: ${item.reason ?? 'not imported'}`);
      continue;
    }
    const head =
      item.status === 'merged'
        ? `merged into '${item.mergedWith?.id}' (same ${item.mergedWith?.by})${
            item.mergedWith && item.mergedWith.filled.length > 0
              ? `, filled: ${item.mergedWith.filled.join(', ')}`
              : ', nothing new'
          }`
        : item.status === 'combined'
          ? `combined with record ${item.combinedWith} as another language version`
          : `added as '${item.id}'`;
    const notes = [
      ...item.attention.map((note) => `  check: ${note}`),
      ...item.dropped.map((note) => `  dropped: ${note}`),
    ];
    if (notes.length > 0 || item.status !== 'added') lines.push(`${where}: ${head}`, ...notes);
  }
  const parts = [
    `${report.added} added`,
    report.merged > 0 ? `${report.merged} merged` : '',
    report.combined > 0 ? `${report.combined} combined as language versions` : '',
    report.skipped > 0 ? `${report.skipped} skipped` : '',
  ].filter(Boolean);
  lines.push(
    `${report.input}: ${report.records} record${report.records === 1 ? '' : 's'} read (${report.format}): ${parts.join(', ')}; ${report.needAttention} need${report.needAttention === 1 ? 's' : ''} a look.`,
  );
  return `${lines.join('\n')}\n`;
}
