import { extname } from 'node:path';
import { readCsv } from './csv/read.js';
import { InputError } from './internal/issues.js';
import type { Problem } from './internal/issues.js';
import { scanCatalogueJson } from './json/scan.js';

/** Largest resource (or catalogue setting) accepted in a JSON file, in characters. */
export const MAX_JSON_VALUE_CHARS = 1_000_000;

/** What a catalogue reader yields: the settings once, then resources (or problems) one at a time. */
export type SourceEvent =
  | { kind: 'meta'; meta: Record<string, unknown>; problems: Problem[] }
  | {
      kind: 'resource';
      /** 1-based number of the resource in the file. */
      index: number;
      line?: number;
      input: unknown;
      /** CSV column behind a path of the resource, for reports. */
      columnOf?: (path: string) => string | undefined;
    }
  | { kind: 'problem'; problem: Problem };

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

/** Streams the settings and resources of a catalogue file, CSV or JSON by its extension. */
export function readSource(path: string, options: SourceOptions = {}): AsyncGenerator<SourceEvent> {
  const format = formatOf(path);
  if (format === 'csv') return readCsv(path, options);
  if (format === 'json') return readJson(path);
  throw new InputError({
    file: path,
    code: 'unknown-format',
    message: `Cannot tell the format of '${path}' from its extension: use .json or .csv.`,
  });
}
