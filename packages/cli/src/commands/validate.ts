import { parseArgs } from 'node:util';
import { createProgress } from '../internal/progress.js';
import { InputError, ProblemList } from '../internal/issues.js';
import { processCatalogue } from '../pipeline.js';
import { openInput } from '../source.js';
import type { ProcessResult } from '../pipeline.js';
import { formatReport, reportJson } from '../report.js';
import type { CommandIO } from './context.js';
import { UsageError } from './context.js';

/** Help of `asm-kit validate`. */
export const VALIDATE_HELP = `Usage: asm-kit validate <catalogue.json|catalogue.csv|-> [options]

Checks a catalogue against the asm-kit schema and reports every problem with its file, line, record
(resource number), field and what is expected. Large files are read as a stream; - reads standard input.

Options:
  --json                   print the report as JSON (for scripts and CI)
  --default-language <tag> language of CSV title/summary columns without a tag (default: en)
  --max-problems <n>       problems to list before "and N more" (default: 1000)
  -h, --help               show this help

Exit code: 0 when the catalogue is valid, 1 when it has problems or cannot be read, 2 on wrong usage.
`;

/** `asm-kit validate`: exit code 0 when valid, 1 otherwise. */
export async function validateCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      'default-language': { type: 'string' },
      'max-problems': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file)
    throw new UsageError('validate needs the catalogue file to check, e.g. asm-kit validate catalogue.csv');
  if (extra.length > 0)
    throw new UsageError(`validate checks one file at a time; got also: ${extra.join(' ')}`);
  const maxProblems = values['max-problems'] === undefined ? 1000 : Number(values['max-problems']);
  if (!Number.isInteger(maxProblems) || maxProblems < 0)
    throw new UsageError('--max-problems must be a whole number');
  let result: Pick<ProcessResult, 'problems' | 'records' | 'valid'> & { stopped?: boolean };
  const input = await openInput(file, io.stdin);
  try {
    result = await processCatalogue(input.path, {
      file: input.name,
      format: input.format,
      defaultLanguage: values['default-language'],
      maxProblems,
      progress: values.json ? undefined : createProgress(`Checking ${file}`, io.stderr),
    });
  } catch (error) {
    // A file that cannot be read to the end (broken quote, not JSON) is one more problem of the report.
    if (!(error instanceof InputError)) throw error;
    const problems = new ProblemList(maxProblems);
    problems.add(error.problem);
    result = { problems, records: 0, valid: 0, stopped: true };
  } finally {
    await input.dispose();
  }
  io.stdout.write(values.json ? reportJson(file, result) : formatReport(file, result));
  return result.problems.total === 0 ? 0 : 1;
}
