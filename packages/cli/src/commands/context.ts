/** Where a command writes: standard output and error, replaceable in tests. */
export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** What `-` reads as the input file (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** A wrong use of the command line (unknown option, missing argument): exit code 2 and the command's help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Values `--delimiter` accepts for CSV output, by what a person types. */
const DELIMITERS: Readonly<Record<string, string>> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\\t': '\t',
};

/** The CSV delimiter a `--delimiter` option names (comma when absent); a UsageError for anything else. */
export function csvDelimiter(option: string | undefined): string {
  const delimiter = DELIMITERS[option ?? ','];
  if (!delimiter) throw new UsageError(`--delimiter must be comma, semicolon or tab, not '${option}'`);
  return delimiter;
}
