import { basename, extname } from 'node:path';
import { formatPath, parseCatalogue, parseResources } from '@asm-kit/schema';
import type { CatalogueIssue, Resource } from '@asm-kit/schema';
import type { CatalogueMeta } from './csv/settings.js';
import { ProblemList } from './internal/issues.js';
import type { Problem } from './internal/issues.js';
import type { Progress } from './internal/progress.js';
import { formatOf, readSource } from './source.js';
import type { CatalogueFormat, SourceEvent } from './source.js';

export type { CatalogueMeta };

/** Options of {@link processCatalogue}. */
export interface ProcessOptions {
  /** Language of CSV `title` / `summary` columns without a tag when the file sets no #defaultLanguage. */
  defaultLanguage?: string;
  /** Catalogue name when a CSV file sets none (default: the file name). */
  name?: string;
  /** Called once with the checked catalogue settings, before any resource. */
  onMeta?: (meta: CatalogueMeta) => void | Promise<void>;
  /** Called with each valid resource, in file order. */
  onResource?: (resource: Resource, index: number) => void | Promise<void>;
  /** Shows how far reading has come on a terminal. */
  progress?: Progress;
  /** Problems kept in memory for the report; the rest are only counted. */
  maxProblems?: number;
  /** The file's name in problems when `path` is a private copy (of standard input): what the user typed. */
  file?: string;
  /** CSV or JSON, when the extension of `path` does not tell. */
  format?: CatalogueFormat;
  /** Whether the quote the CSV writer adds before formula-like cells is removed on reading (default true). */
  formulaGuard?: boolean;
}

/** What reading a catalogue found. */
export interface ProcessResult {
  meta: CatalogueMeta;
  problems: ProblemList;
  /** Resources (records) read. */
  records: number;
  /** Resources that passed. */
  valid: number;
}

type ResourceEvent = Extract<SourceEvent, { kind: 'resource' }>;

// Resources are checked in batches: one schema call per resource would dominate the time on large files.
const BATCH = 250;

/**
 * Reads a catalogue file (CSV or JSON) as a stream and checks it with @asm-kit/schema: settings first, then
 * resources in batches, each problem located by file, line, record and field. Ids are checked for duplicates
 * across the whole file. Memory holds one batch, the ids and the first `maxProblems` problems.
 */
export async function processCatalogue(path: string, options: ProcessOptions = {}): Promise<ProcessResult> {
  const problems = new ProblemList(options.maxProblems ?? 1000);
  const file = options.file ?? path;
  const format = options.format ?? formatOf(path);
  const ids = new Map<string, number>();
  let meta: CatalogueMeta | undefined;
  let batch: ResourceEvent[] = [];
  let records = 0;
  let valid = 0;

  const toProblem = (
    issue: CatalogueIssue,
    event?: ResourceEvent,
    relative: readonly (string | number)[] = [],
  ): Problem => {
    const problem: Problem = { file, code: issue.code, message: issue.message, path: issue.path };
    if (event) {
      problem.record = event.index;
      if (event.line !== undefined) problem.line = event.line;
      const field = relative.length > 0 ? (event.columnOf?.(relative) ?? formatPath(relative)) : undefined;
      if (field) problem.field = field;
      problem.path = formatPath(['resources', event.index - 1, ...relative]);
    } else if (issue.path) {
      problem.field = issue.path;
    }
    if (issue.resourceId !== undefined) problem.resourceId = issue.resourceId;
    if (issue.value !== undefined) problem.value = issue.value;
    return problem;
  };

  const flush = async () => {
    if (batch.length === 0 || !meta) return;
    const current = batch;
    batch = [];
    const { resources, issues } = parseResources(
      current.map((event) => event.input),
      { defaultLanguage: meta.defaultLanguage, extraTerms: meta.extraTerms },
    );
    const rejected = new Set<number>();
    for (const issue of issues) {
      // Paths of a list of resources start at the list: [position, ...path in the resource].
      const [position = -1, ...relative] = issue.segments;
      const event = typeof position === 'number' ? current[position] : undefined;
      if (issue.code !== 'unknown-field' && typeof position === 'number') rejected.add(position);
      const problem = toProblem(issue, event, relative);
      if (issue.code === 'duplicate-id' && event) {
        // The schema names the first use by its place in the batch; the report names it by record number.
        const firstUse = current.find(
          (other) => (other.input as { id?: unknown } | null)?.id === issue.resourceId,
        );
        problem.message = `The id '${issue.resourceId}' is already used by record ${firstUse?.index ?? '?'}: ids must be unique in a catalogue. Give this one its own id, e.g. '${issue.resourceId}-2'.`;
        delete problem.value;
      }
      problems.add(problem);
    }
    let next = 0;
    for (let position = 0; position < current.length; position++) {
      if (rejected.has(position)) continue;
      const resource = resources[next++];
      const event = current[position];
      if (!resource || !event) continue;
      const first = ids.get(resource.id);
      if (first !== undefined) {
        const problem: Problem = {
          file,
          record: event.index,
          resourceId: resource.id,
          field: 'id',
          path: `resources[${event.index - 1}].id`,
          code: 'duplicate-id',
          message: `The id '${resource.id}' is already used by record ${first}: ids must be unique in a catalogue. Give this one its own id, e.g. '${resource.id}-2'.`,
        };
        if (event.line !== undefined) problem.line = event.line;
        problems.add(problem);
        continue;
      }
      ids.set(resource.id, event.index);
      valid++;
      await options.onResource?.(resource, event.index);
    }
  };

  const source = readSource(path, {
    defaultLanguage: options.defaultLanguage,
    name: file,
    format,
    formulaGuard: options.formulaGuard,
  });
  for await (const event of source) {
    if (event.kind === 'meta') {
      const input: Record<string, unknown> = { ...event.meta };
      for (const problem of event.problems) problems.add(problem);
      if (input.name === undefined && format === 'csv') {
        // A spreadsheet of resources often has no #name row; its file name is a fair name for it.
        input.name = options.name ?? (file === '-' ? 'stdin' : basename(file, extname(file)));
      }
      if (input.defaultLanguage === undefined && options.defaultLanguage !== undefined) {
        input.defaultLanguage = options.defaultLanguage;
      }
      const { catalogue, issues } = parseCatalogue({ ...input, resources: [] });
      for (const issue of issues) problems.add(toProblem(issue));
      const { resources: _resources, ...settings } = catalogue;
      meta = settings;
      await options.onMeta?.(meta);
    } else if (event.kind === 'problem') {
      records++;
      problems.add(event.problem);
    } else {
      records++;
      batch.push(event);
      if (batch.length >= BATCH) await flush();
      options.progress?.update(records);
    }
  }
  await flush();
  options.progress?.done();
  if (!meta) throw new Error('the catalogue reader ended without reading the settings');
  return { meta, problems, records, valid };
}
