import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { readCsv } from './csv/read.js';
import { InputError } from './internal/issues.js';
import type { Problem } from './internal/issues.js';
import { removeOnExit } from './internal/output.js';
import type { SourceEvent } from './internal/source-event.js';
import { scanCatalogueJson } from './json/scan.js';

export type { SourceEvent };

/** Largest resource (or catalogue setting) accepted in a JSON file, in characters. */
export const MAX_JSON_VALUE_CHARS = 1_000_000;

/** Catalogue file formats the CLI reads and writes. */
export type CatalogueFormat = 'csv' | 'json';

/** Format of a catalogue file from its extension; undefined when it is neither CSV nor JSON. */
export function formatOf(path: string): CatalogueFormat | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') return 'csv';
  if (extension === '.json') return 'json';
  return undefined;
}

/** Options of {@link readSource}. */
export interface SourceOptions {
  /** Language of CSV `title` / `summary` columns without a language tag when the file sets none. */
  defaultLanguage?: string;
  /** The file's name in problems, when `path` is not what the user typed (standard input read into a copy). */
  name?: string;
  /** The format, when the extension of `path` does not tell it. */
  format?: CatalogueFormat;
  /** Whether the quote the CSV writer adds before formula-like cells is removed (default true). */
  formulaGuard?: boolean;
}

/**
 * Reads a JSON catalogue in two streaming passes: the settings first (they may come after the resources in
 * the file, and the resources need the default language and extra terms), then the resources one by one.
 */
async function* readJson(path: string): AsyncGenerator<SourceEvent> {
  const meta: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for await (const event of scanCatalogueJson(path, {
    meta: true,
    resources: false,
    maxValueChars: MAX_JSON_VALUE_CHARS,
  })) {
    if (event.kind !== 'meta') continue;
    try {
      meta[event.key] = JSON.parse(event.text);
    } catch (error) {
      problems.push({
        file: path,
        line: event.line,
        field: event.key,
        code: 'json-syntax',
        message: `The value of "${event.key}" is not valid JSON: ${(error as Error).message}`,
      });
    }
  }
  yield { kind: 'meta', meta, problems };
  for await (const event of scanCatalogueJson(path, {
    meta: false,
    resources: true,
    maxValueChars: MAX_JSON_VALUE_CHARS,
  })) {
    if (event.kind !== 'resource') continue;
    let input: unknown;
    try {
      input = JSON.parse(event.text);
    } catch (error) {
      yield {
        kind: 'problem',
        problem: {
          file: path,
          line: event.line,
          record: event.index + 1,
          code: 'json-syntax',
          message: `Resource ${event.index + 1} is not valid JSON: ${(error as Error).message}`,
        },
      };
      continue;
    }
    yield { kind: 'resource', index: event.index + 1, line: event.line, input };
  }
}

/** Streams the settings and resources of a catalogue file, CSV or JSON by its extension (or `format`). */
export function readSource(path: string, options: SourceOptions = {}): AsyncGenerator<SourceEvent> {
  const format = options.format ?? formatOf(path);
  const name = options.name ?? path;
  if (format === 'csv') return named(readCsv(path, options), path, name);
  if (format === 'json') return named(readJson(path), path, name);
  throw new InputError({
    file: name,
    code: 'unknown-format',
    message: `Cannot tell the format of '${name}' from its extension: use .json or .csv.`,
  });
}

// Problems name the file as the user typed it, never the private copy of standard input.
async function* named(
  events: AsyncGenerator<SourceEvent>,
  path: string,
  name: string,
): AsyncGenerator<SourceEvent> {
  if (path === name) return yield* events;
  const rename = (problem: Problem): Problem => ({
    ...problem,
    file: problem.file === path ? name : problem.file,
    message: problem.message.split(path).join(name),
  });
  try {
    for await (const event of events) {
      if (event.kind === 'problem') yield { kind: 'problem', problem: rename(event.problem) };
      else if (event.kind === 'meta') yield { ...event, problems: event.problems.map(rename) };
      else yield event;
    }
  } catch (error) {
    if (error instanceof InputError) throw new InputError(rename(error.problem));
    throw error;
  }
}

/** An input file ready to be read, as often as a command needs. */
export interface Input {
  /** What the user typed ('-' for standard input): the name in every message. */
  name: string;
  /** The file to read: the input itself, or a private copy of standard input, a pipe or a device. */
  path: string;
  /** CSV or JSON, from the extension or else from the first character; undefined when neither tells. */
  format: CatalogueFormat | undefined;
  /** Removes the private copy, if one was made. */
  dispose(): Promise<void>;
}

/**
 * Opens the input of a command. `-` is standard input. Standard input, pipes and devices can be read only
 * once, whereas the readers take two passes (settings, then resources), so they are first copied to a private
 * temporary file, which {@link Input.dispose} removes. A folder is refused by its name.
 */
export async function openInput(file: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Input> {
  let info: Awaited<ReturnType<typeof stat>> | undefined;
  if (file !== '-') {
    try {
      info = await stat(file);
    } catch {
      // A missing or unreadable file is reported by the reader with the usual message.
    }
    if (info?.isDirectory())
      throw new InputError({
        file,
        code: 'input-folder',
        message: `'${file}' is a folder, not a catalogue file: give the path of a .csv or .json file in it.`,
      });
    if (!info || info.isFile())
      return { name: file, path: file, format: formatOf(file), dispose: async () => {} };
  }
  const directory = await mkdtemp(join(tmpdir(), 'asm-kit-input-'));
  const path = join(directory, 'input');
  const forget = removeOnExit(directory);
  const dispose = async () => {
    await rm(directory, { recursive: true, force: true });
    forget();
  };
  try {
    await pipeline(file === '-' ? stdin : createReadStream(file), createWriteStream(path, { mode: 0o600 }));
    // Only the user may read the copy (mode 600 in a private folder): it may hold data not for others.
    return { name: file, path, format: formatOf(file) ?? (await sniffFormat(path)), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

// JSON catalogues start with '{' (after a byte-order mark and white space); anything else is read as CSV.
async function sniffFormat(path: string): Promise<CatalogueFormat> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const start = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    return start.startsWith('{') ? 'json' : 'csv';
  } finally {
    await handle.close();
  }
}
