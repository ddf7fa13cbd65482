import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { CsvError } from 'csv-parse';
import { InputError } from '../internal/issues.js';
import type { Problem } from '../internal/issues.js';
import type { SourceEvent } from '../internal/source-event.js';
import { unguardFormula } from '@asm-kit/crosswalk';
import { parseHeader } from './header.js';
import { rowToInput } from './rows.js';
import { applyMetaRow } from './settings.js';

/** Largest CSV record accepted: far above any real resource, low enough to stop a runaway quote early. */
export const MAX_RECORD_CHARS = 1_000_000;

/** What the first bytes of a file say about how to read it. */
export interface CsvSniff {
  delimiter: string;
}

/**
 * Looks at the start of a file: refuses binary and UTF-16 files, and picks the delimiter of the header row
 * among comma, semicolon (spreadsheets in many European locales) and tab, outside quotes.
 */
export async function sniffCsv(path: string): Promise<CsvSniff> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, bytesRead);
    if (bytesRead === 0)
      throw new InputError({
        file: path,
        code: 'empty-file',
        message:
          'The file is empty: a catalogue CSV needs a header row and at least one resource. Start from `asm-kit template`.',
      });
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      throw new InputError({
        file: path,
        code: 'encoding',
        message:
          'The file is UTF-16 text. Save it as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8 (Comma delimited)).',
      });
    }
    if (bytes.includes(0)) {
      throw new InputError({
        file: path,
        code: 'not-text',
        message:
          'The file is not text (it contains NUL bytes): is it a spreadsheet (.xlsx) rather than a CSV? Export it as "CSV UTF-8".',
      });
    }
    // A multi-byte character may be cut at the end of the sample: only whole characters are checked.
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(
        bytes.subarray(0, Math.max(0, bytesRead - (bytesRead === buffer.length ? 3 : 0))),
      );
    } catch {
      throw new InputError({
        file: path,
        code: 'encoding',
        message:
          'The file is not UTF-8 text (Excel\'s plain "CSV" format on Windows saves Windows-1252, which garbles accents). Save it as "CSV UTF-8 (Comma delimited)", or in LibreOffice choose the character set "Unicode (UTF-8)".',
      });
    }
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    // The header is the first record (newlines inside quotes do not count) that is not a # settings row.
    let header = '';
    let record = '';
    let quoted = false;
    for (const char of text) {
      if (char === '"') quoted = !quoted;
      if ((char === '\n' || char === '\r') && !quoted) {
        if (record.trim() !== '' && !/^"?#/.test(record)) {
          header = record;
          break;
        }
        record = '';
      } else {
        record += char;
      }
    }
    header ||= record;
    const counts = new Map<string, number>([
      [',', 0],
      [';', 0],
      ['\t', 0],
    ]);
    quoted = false;
    for (const char of header) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    let delimiter = ',';
    for (const [candidate, count] of counts) if (count > (counts.get(delimiter) ?? 0)) delimiter = candidate;
    return { delimiter };
  } finally {
    await handle.close();
  }
}

const CSV_MESSAGES: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED:
    'A quoted cell is never closed: a double quote (") opens a cell here and no closing quote follows. Close the quote, or write a quote inside a cell as two quotes ("").',
  CSV_INVALID_CLOSING_QUOTE:
    'A double quote (") appears inside a cell that is not quoted as a whole, or text follows a closing quote. Quote the whole cell and double the inner quotes: "He said ""gold""".',
  INVALID_OPENING_QUOTE:
    'A double quote (") appears inside a cell that is not quoted as a whole. Quote the whole cell and double the inner quotes.',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'Text follows the closing quote of a cell. Quote the whole cell and write inner quotes as two quotes ("").',
  CSV_MAX_RECORD_SIZE: `A record is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters: most likely a quote is never closed, so the rest of the file is read as one cell.`,
};

function csvProblem(path: string, error: unknown, line: number): Problem {
  const csvError = error as Partial<CsvError> & { code?: string };
  const known = csvError.code ? CSV_MESSAGES[csvError.code] : undefined;
  return {
    file: path,
    line,
    code: 'csv-syntax',
    message: known ?? `The CSV cannot be read: ${error instanceof Error ? error.message : String(error)}`,
  };
}

/** Options of {@link readCsv}. */
export interface CsvReadOptions {
  /** Language of `title` / `summary` columns without a language, when the file sets no #defaultLanguage. */
  defaultLanguage?: string;
  /**
   * Whether the quote that the CSV writer adds before formula-like cells ('=x) is removed (default true).
   * False reads every cell exactly as it is in the file.
   */
  formulaGuard?: boolean;
}

/**
 * Streams a catalogue CSV: settings rows (`#name.en,...`) first, then the header, then one resource per row.
 * Yields the settings once the header is read, then each row as a resource input with its line number.
 * Memory stays bounded by the longest record, whatever the file size.
 */
export async function* readCsv(path: string, options: CsvReadOptions = {}): AsyncGenerator<SourceEvent> {
  const { delimiter } = await sniffCsv(path);
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      raw: true,
      max_record_size: MAX_RECORD_CHARS,
      skip_empty_lines: false,
      // Any line end, mixed within a file: a header saved with LF and rows appended with CRLF, or the reverse.
      record_delimiter: ['\r\n', '\n', '\r'],
    }),
  );
  const meta: Record<string, unknown> = {};
  const metaProblems: Problem[] = [];
  let header: ReturnType<typeof parseHeader> | undefined;
  let line = 1;
  let index = 0;
  try {
    for await (const parsed of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const { raw } = parsed;
      const record = options.formulaGuard === false ? parsed.record : parsed.record.map(unguardFormula);
      const startLine = line;
      // csv-parse leaves the final line feed out of `raw` when a record ends with CRLF, and keeps it with LF.
      line += (raw.match(/\n/g)?.length ?? 0) + (raw.endsWith('\n') ? 0 : 1);
      const first = record[0]?.trim() ?? '';
      if (record.every((cell) => cell.trim() === '')) continue;
      if (first.startsWith('#')) {
        // `#key,value` rows before the header are settings; `# text` rows, and any # row after it, are comments.
        if (!header && /^#\S/.test(first)) {
          const message = applyMetaRow(meta, first, record[1] ?? '');
          if (message)
            metaProblems.push({
              file: path,
              line: startLine,
              field: first,
              code: 'unknown-setting',
              message,
            });
        }
        continue;
      }
      if (!header) {
        header = parseHeader(record);
        if (header.problems.length > 0) {
          const problems = header.problems.map((problem): Problem => ({
            file: path,
            line: startLine,
            field: problem.name,
            code: problem.column === 0 ? 'missing-column' : 'unknown-column',
            message: problem.column === 0 ? problem.message : `Column ${problem.column}: ${problem.message}`,
          }));
          throw new InputError({
            ...problems[0]!,
            message: problems.map((problem) => problem.message).join('\n'),
          });
        }
        yield { kind: 'meta', meta, problems: metaProblems };
        continue;
      }
      index++;
      const expected = header.columns.length;
      const trailingEmpty =
        record.length > expected && record.slice(expected).every((cell) => cell.trim() === '');
      if (record.length !== expected && !trailingEmpty) {
        yield {
          kind: 'problem',
          problem: {
            file: path,
            line: startLine,
            record: index,
            resourceId: /^[a-z0-9-]+$/.test(record[0] ?? '') ? record[0] : undefined,
            code: 'csv-column-count',
            message: `This row has ${record.length} cells but the header has ${expected} columns: a cell is missing or a delimiter (${delimiter === '\t' ? 'tab' : delimiter}) is extra. Check quotes around cells that contain the delimiter.`,
          },
        };
        continue;
      }
      const defaultLanguage =
        typeof meta.defaultLanguage === 'string' ? meta.defaultLanguage : (options.defaultLanguage ?? 'en');
      const row = rowToInput(record, header.columns, defaultLanguage);
      yield { kind: 'resource', index, line: startLine, input: row.input, columnOf: row.columnOf };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(csvProblem(path, error, line));
  }
  if (!header) {
    throw new InputError({
      file: path,
      code: 'empty-file',
      message:
        'The file has no header row: the first row that does not start with # must name the columns (id, type, title.en, ...). Start from `asm-kit template`.',
    });
  }
}
