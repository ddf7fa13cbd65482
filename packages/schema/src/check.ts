import type { Catalogue } from './catalogue.js';
import { SCHEMA_VERSION } from './schema-version.js';
import { formatPath, type IssueCode } from './issues.js';
import { isLanguageTag, normalizeLanguageTag } from './language-tag.js';
import { toLocalizedText } from './localized-text.js';
import { FALLBACK_LANGUAGE, type Resource } from './resource.js';
import type { ExtraTerms } from './vocabularies/index.js';
import { CATALOGUE_FIELDS, type RawIssue } from './internal/check.js';
import type { Finding, ProblemDetail } from './internal/problem.js';
import { checkFindings, drain, readResourcesInSteps } from './internal/read-resources.js';
import { findUnknownFields } from './internal/unknown-fields.js';
import { isPlainObject, previewValue } from './internal/strings.js';

// This module decides; it never words. The words of the problems (describe-issue.ts, field-hints.ts) are in
// '@asm-kit/schema/messages', so that an app checks every record on load and only loads the words when a
// catalogue has problems. check-graph.test.ts keeps that import graph free of them.

export type { CheckFailure, ProblemDetail } from './internal/problem.js';

/** How to check a catalogue or a list of resources. */
export interface CheckOptions {
  /** Language of plain-string text when the catalogue names none (default 'en'). */
  defaultLanguage?: string;
  /** Terms to accept beyond the built-in vocabularies, added to the catalogue's own extraTerms. */
  extraTerms?: ExtraTerms;
}

/**
 * One problem found in a catalogue, without the words: a {@link CatalogueIssue} but for its message.
 * `describeProblems` from '@asm-kit/schema/messages' writes the message.
 */
export interface CatalogueProblem {
  /** Where: 'resources[12].countries[1]'; '' for the catalogue itself. */
  path: string;
  /** The same place as steps, for tools: ['resources', 12, 'countries', 1]; [] for the catalogue itself. */
  segments: (string | number)[];
  /** Id of the resource concerned, when it has one. */
  resourceId?: string;
  /** Stable machine code: 'unknown-term', 'duplicate-id', 'invalid-url', … */
  code: IssueCode;
  /** The offending value as JSON, cut to 80 characters with an ellipsis. */
  value?: string;
  /**
   * What the message is written from (which check failed, on which value). Its form follows the checks and
   * may change in any release: tools should read `path`, `code` and `value`. It holds the offending values
   * themselves, so describe problems in the realm that checked them rather than serialising them.
   */
  detail: ProblemDetail;
}

/** A usable catalogue and every problem found while checking it. */
export interface CatalogueCheckResult {
  catalogue: Catalogue;
  problems: CatalogueProblem[];
}

/** The valid resources of a list and every problem found while checking it. */
export interface ResourcesCheckResult {
  resources: Resource[];
  problems: CatalogueProblem[];
}

/** The fields of a catalogue file as CATALOGUE_FIELDS returns them when they pass (CatalogueDocumentSchema's output). */
interface CatalogueFields {
  name: string | Record<string, string>;
  publisher: string;
  defaultLanguage: string;
  updated: string;
  extraTerms: NonNullable<Catalogue['extraTerms']>;
  resources: unknown[];
}

/** Name given to a catalogue whose own name is missing or unreadable, so the result stays usable. */
function untitled(): Catalogue['name'] {
  return { [FALLBACK_LANGUAGE]: 'Untitled catalogue' };
}

/**
 * Reads a catalogue (parsed JSON) exactly as `parseCatalogue` does, with the same catalogue out, but reports
 * problems without their messages, so that the code and text that word them are not loaded. When there are
 * problems and a person will read them, load the words then:
 *
 * @example
 * const { catalogue, problems } = checkCatalogue(JSON.parse(text));
 * if (problems.length > 0) {
 *   const { describeProblems } = await import('@asm-kit/schema/messages');
 *   describeProblems(problems).forEach((issue) => console.warn(formatIssue(issue)));
 * }
 */
export function checkCatalogue(input: unknown, options: CheckOptions = {}): CatalogueCheckResult {
  return drain(checkCatalogueInSteps(input, options));
}

/**
 * {@link checkCatalogue} in steps, for a page that checks a large catalogue on its main thread: the generator
 * pauses every few hundred records, and the caller resumes it (`next()`) when the page has painted and answered
 * input; the result is the generator's return value.
 *
 * @example
 * const steps = checkCatalogueInSteps(json);
 * let step = steps.next();
 * while (!step.done) {
 *   await new Promise((resolve) => setTimeout(resolve));
 *   step = steps.next();
 * }
 * const { catalogue, problems } = step.value;
 */
export function* checkCatalogueInSteps(
  input: unknown,
  options: CheckOptions = {},
): Generator<void, CatalogueCheckResult> {
  const findings: Finding[] = [];
  const catalogue = yield* readCatalogue(input, options, findings);
  return { catalogue, problems: findings.map(toProblem) };
}

/**
 * Reads a bare list of resources as `parseResources` does, reporting problems without their messages (see
 * {@link checkCatalogue}). Problem paths start at the list: '[3].countries[0]'.
 */
export function checkResources(input: unknown, options: CheckOptions = {}): ResourcesCheckResult {
  return drain(checkResourcesInSteps(input, options));
}

/** {@link checkResources} in steps, as {@link checkCatalogueInSteps} does it. */
export function* checkResourcesInSteps(
  input: unknown,
  options: CheckOptions = {},
): Generator<void, ResourcesCheckResult> {
  const findings: Finding[] = [];
  let resources: Resource[] = [];
  if (Array.isArray(input)) {
    const reading = yield* readResourcesInSteps(
      input,
      { defaultLanguage: defaultLanguageOf(options), extraTerms: options.extraTerms },
      [],
    );
    resources = reading.resources;
    findings.push(...reading.findings);
  } else findings.push(whole(input, 'invalid-type', { kind: 'not-a-list', input }));
  return { resources, problems: findings.map(toProblem) };
}

function defaultLanguageOf(options: CheckOptions): string {
  if (options.defaultLanguage === undefined) return FALLBACK_LANGUAGE;
  // A bad option is a bug in the calling code, not in the data: fail loudly.
  if (!isLanguageTag(options.defaultLanguage))
    throw new RangeError(`options.defaultLanguage '${options.defaultLanguage}' is not a BCP 47 language tag`);
  return normalizeLanguageTag(options.defaultLanguage);
}

function* readCatalogue(
  input: unknown,
  options: CheckOptions,
  findings: Finding[],
): Generator<void, Catalogue> {
  const fallbackLanguage = defaultLanguageOf(options);
  if (!isPlainObject(input)) {
    findings.push(whole(input, 'invalid-catalogue', { kind: 'not-a-catalogue', input }));
    return {
      schemaVersion: SCHEMA_VERSION,
      name: untitled(),
      defaultLanguage: fallbackLanguage,
      resources: [],
    };
  }

  // The resources are checked one by one below, each with its own path and id. "$schema" is where an
  // editor finds the JSON Schema of the file: not data, but not a mistake either.
  const { resources: _resources, $schema: _editorSchema, ...envelope } = input;
  findings.push(...findUnknownFields({ shape: CATALOGUE_FIELDS }, envelope));
  /** The field `key` as checked, or undefined when it is absent or fails (its problems are then reported). */
  const read = <K extends keyof CatalogueFields>(key: K): CatalogueFields[K] | undefined => {
    const issues: RawIssue[] = [];
    const value = CATALOGUE_FIELDS[key]!(input[key], [key], issues);
    if (issues.length === 0) return value as CatalogueFields[K];
    findings.push(...checkFindings(issues, undefined));
    return undefined;
  };

  if (Object.hasOwn(input, 'schemaVersion') && input.schemaVersion !== SCHEMA_VERSION) {
    findings.push({
      path: ['schemaVersion'],
      code: 'unsupported-schema-version',
      value: previewValue(input.schemaVersion),
      detail: { kind: 'schema-version' },
    });
  }
  const defaultLanguage = read('defaultLanguage') ?? fallbackLanguage;
  const name = read('name');
  const publisher = read('publisher');
  const updated = read('updated');
  const extraTerms = read('extraTerms');

  let items: readonly unknown[] = [];
  if (Array.isArray(input.resources)) items = input.resources;
  else read('resources'); // only to report why there is no list

  const context = { defaultLanguage, extraTerms: mergeExtraTerms(options.extraTerms, extraTerms) };
  const reading = yield* readResourcesInSteps(items, context, ['resources']);
  findings.push(...reading.findings);

  const catalogue: Catalogue = {
    schemaVersion: SCHEMA_VERSION,
    name: name === undefined ? untitled() : toLocalizedText(name, defaultLanguage),
    defaultLanguage,
    resources: reading.resources,
  };
  if (publisher !== undefined) catalogue.publisher = publisher;
  if (updated !== undefined) catalogue.updated = updated;
  if (extraTerms !== undefined) catalogue.extraTerms = extraTerms;
  return catalogue;
}

/** A problem with the input as a whole. */
function whole(input: unknown, code: IssueCode, detail: ProblemDetail): Finding {
  return { path: [], code, value: previewValue(input), detail };
}

/** The caller's extra terms plus the catalogue's; the catalogue's labels win for a slug both declare. */
function mergeExtraTerms(
  fromOptions: ExtraTerms | undefined,
  fromCatalogue: ExtraTerms | undefined,
): ExtraTerms | undefined {
  if (fromOptions === undefined || fromCatalogue === undefined) return fromCatalogue ?? fromOptions;
  return {
    resourceTypes: { ...fromOptions.resourceTypes, ...fromCatalogue.resourceTypes },
    knowledgeAreas: { ...fromOptions.knowledgeAreas, ...fromCatalogue.knowledgeAreas },
  };
}

/** A finding as a public problem: the path written out, keys in the order of CatalogueIssue. */
function toProblem(finding: Finding): CatalogueProblem {
  const problem: CatalogueProblem = {
    path: formatPath(finding.path),
    segments: finding.path.map((step) => (typeof step === 'number' ? step : String(step))),
    code: finding.code,
    detail: finding.detail,
  };
  if (finding.resourceId !== undefined) problem.resourceId = finding.resourceId;
  if (finding.value !== undefined) problem.value = finding.value;
  return problem;
}
