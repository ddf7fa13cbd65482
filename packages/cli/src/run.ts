import { readFileSync } from 'node:fs';
import { closestMatch } from '@asm-kit/schema';
import { InputError } from './internal/issues.js';
import { formatProblem } from './report.js';
import type { CommandIO } from './commands/context.js';
import { UsageError } from './commands/context.js';
import { CONVERT_HELP, convertCommand } from './commands/convert.js';
import { EXPORT_HELP, exportCommand } from './commands/export.js';
import { IMPORT_HELP, importCommand } from './commands/import.js';
import { TEMPLATE_HELP, templateCommand } from './commands/template.js';
import { VALIDATE_HELP, validateCommand } from './commands/validate.js';

const HELP = `Usage: asm-kit <command> [options]

Tools for the data owners of ASM knowledge libraries.

Commands:
  validate <catalogue>            check a catalogue (JSON or CSV) and report every problem
  convert <input> -o <output>     convert a catalogue between CSV and JSON, both ways
  export <catalogue> --format F   write CSL-JSON, BibTeX, RIS, schema.org JSON-LD or an Atom feed
  import <file|url> [-o file]     make a catalogue from CSL-JSON, BibTeX, RIS, Dublin Core or OAI-PMH
  template [-o file.csv]          write a CSV template to start a catalogue in a spreadsheet

Run 'asm-kit <command> --help' for the options of a command.
Options: -h, --help   show this help;  -v, --version   show the version
`;

const COMMANDS: Readonly<
  Record<string, { run: (args: string[], io: CommandIO) => Promise<number>; help: string }>
> = {
  validate: { run: validateCommand, help: VALIDATE_HELP },
  convert: { run: convertCommand, help: CONVERT_HELP },
  export: { run: exportCommand, help: EXPORT_HELP },
  import: { run: importCommand, help: IMPORT_HELP },
  template: { run: templateCommand, help: TEMPLATE_HELP },
};

function version(): string {
  try {
    // The package.json sits one level above both src/ and dist/.
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function systemMessage(error: NodeJS.ErrnoException): string | undefined {
  const path = error.path ? `'${error.path}'` : 'the file';
  switch (error.code) {
    case 'ENOENT':
      return `Cannot read ${path}: no such file.`;
    case 'EACCES':
    case 'EPERM':
      return `Cannot open ${path}: permission denied.`;
    case 'EISDIR':
      return `${path} is a folder, not a catalogue file.`;
    case 'EEXIST':
      return `Cannot create ${path}: it already exists.`;
    case 'ENOSPC':
      return 'The disk is full: nothing was written.';
    default:
      return undefined;
  }
}

/**
 * Runs the asm-kit command line with `argv` (without `node` and the script) and returns the exit code: 0 for
 * success, 1 for problems in the data or an unreadable file, 2 for a wrong use of the command line. Every
 * failure is reported on stderr as a message for the person at the terminal, never as a stack trace.
 */
export async function run(
  argv: readonly string[],
  io: CommandIO = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' && args[0] ? COMMANDS[args[0]] : undefined;
    (name === undefined ? io.stderr : io.stdout).write(topic ? topic.help : HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const suggestion = closestMatch(name, Object.keys(COMMANDS));
    io.stderr.write(
      `asm-kit: '${name}' is not a command.${suggestion ? ` Did you mean '${suggestion}'?` : ''}\n\n${HELP}`,
    );
    return 2;
  }
  try {
    return await command.run([...args], io);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr.write(
        `asm-kit ${name}: ${(error as Error).message}\nRun 'asm-kit ${name} --help' for usage.\n`,
      );
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr.write(`${formatProblem(error.problem)}\nNothing was written.\n`);
      return 1;
    }
    const system = error instanceof Error ? systemMessage(error as NodeJS.ErrnoException) : undefined;
    if (system) {
      io.stderr.write(`asm-kit ${name}: ${system}\n`);
      return 1;
    }
    // A bug or an unforeseen failure: still one readable line; the stack only when asked for.
    io.stderr.write(
      `asm-kit ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (process.env.ASM_KIT_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
