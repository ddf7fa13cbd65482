import { SCHEMA_VERSION, type Catalogue } from './catalogue.js';
import { CatalogueError, formatPath, type CatalogueIssue } from './issues.js';
import { isLanguageTag, normalizeLanguageTag } from './language-tag.js';
import { toLocalizedText } from './localized-text.js';
import { FALLBACK_LANGUAGE, type Resource } from './resource.js';
import type { ExtraTerms } from './vocabularies/index.js';
import { CATALOGUE_FIELDS, type RawIssue } from './internal/check.js';
import { describeIssues, describeType } from './internal/describe-issue.js';
import { readResources, type ResourceFinding } from './internal/read-resources.js';
import { findUnknownFields } from './internal/unknown-fields.js';
import { isPlainObject, previewValue } from './internal/strings.js';

/** How to read a catalogue or a list of resources. */
export interface ParseOptions {
  /** Throw a {@link CatalogueError} listing every issue instead of leaving bad resources out. */
  strict?: boolean;
  /** Language of plain-string text when the catalogue names none (default 'en'). */
  defaultLanguage?: string;
  /** Terms to accept beyond the built-in vocabularies, added to the catalogue's own extraTerms. */
  extraTerms?: ExtraTerms;
}

/** A usable catalogue and every issue found while reading it. */
export interface CatalogueParseResult {
  catalogue: Catalogue;
  issues: CatalogueIssue[];
}

/** The valid resources of a list and every issue found while reading it. */
export interface ResourcesParseResult {
  resources: Resource[];
  issues: CatalogueIssue[];
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
 * Reads a catalogue (parsed JSON) leniently: every valid resource is kept, each invalid one is left out,
 * and every problem is reported as an issue with a message for the data owner. Problems with the
 * catalogue itself (no name, resources not a list, not an object at all) are issues too: the returned
 * catalogue is always usable, if need be with no resources. With `strict`, throws a
 * {@link CatalogueError} instead when there is any issue.
 *
 * @example
 * const { catalogue, issues } = parseCatalogue(JSON.parse(text));
 * issues.forEach((issue) => console.warn(formatIssue(issue)));
 */
export function parseCatalogue(input: unknown, options: ParseOptions = {}): CatalogueParseResult {
  const findings: ResourceFinding[] = [];
  const catalogue = readCatalogue(input, options, findings);
  return { catalogue, issues: conclude(findings, options) };
}

/**
 * Reads a bare list of resources (no catalogue around it) the way {@link parseCatalogue} reads a
 * catalogue's resources. Issue paths start at the list: '[3].countries[0]'.
 */
export function parseResources(input: unknown, options: ParseOptions = {}): ResourcesParseResult {
  const findings: ResourceFinding[] = [];
  let resources: Resource[] = [];
  if (Array.isArray(input)) {
    const reading = readResources(
      input,
      { defaultLanguage: defaultLanguageOf(options), extraTerms: options.extraTerms },
      [],
    );
    resources = reading.resources;
    findings.push(...reading.findings);
  } else {
    const hint =
      isPlainObject(input) && Array.isArray(input.resources)
        ? ' This looks like a catalogue: read it with parseCatalogue.'
        : '';
    findings.push({
      path: [],
      code: 'invalid-type',
      message: `Got ${describeType(input)} where a list of resources is expected.${hint} Expected [{ "id": "…", "title": "…", "type": "…" }, …].`,
      value: previewValue(input),
    });
  }
  return { resources, issues: conclude(findings, options) };
}

function defaultLanguageOf(options: ParseOptions): string {
  if (options.defaultLanguage === undefined) return FALLBACK_LANGUAGE;
  // A bad option is a bug in the calling code, not in the data: fail loudly.
  if (!isLanguageTag(options.defaultLanguage))
    throw new RangeError(`options.defaultLanguage '${options.defaultLanguage}' is not a BCP 47 language tag`);
  return normalizeLanguageTag(options.defaultLanguage);
}

function readCatalogue(input: unknown, options: ParseOptions, findings: ResourceFinding[]): Catalogue {
  const fallbackLanguage = defaultLanguageOf(options);
  if (!isPlainObject(input)) {
    findings.push(notACatalogue(input));
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
  /** The field `key` as checked, or undefined when it is absent or fails (its issues are then reported). */
  const read = <K extends keyof CatalogueFields>(key: K): CatalogueFields[K] | undefined => {
    const issues: RawIssue[] = [];
    const value = CATALOGUE_FIELDS[key]!(input[key], [key], issues);
    if (issues.length === 0) return value as CatalogueFields[K];
    findings.push(...describeIssues(issues, undefined));
    return undefined;
  };

  if (Object.hasOwn(input, 'schemaVersion') && input.schemaVersion !== SCHEMA_VERSION) {
    findings.push(unsupportedVersion(input.schemaVersion));
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
  const reading = readResources(items, context, ['resources']);
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

function notACatalogue(input: unknown): ResourceFinding {
  const hint = Array.isArray(input) ? ' A bare list of resources is read with parseResources.' : '';
  return {
    path: [],
    code: 'invalid-catalogue',
    message: `Got ${describeType(input)} where a catalogue object is expected.${hint} Expected an object with name and resources, e.g. { "schemaVersion": "1.0", "name": "My library", "defaultLanguage": "en", "resources": [] }.`,
    value: previewValue(input),
  };
}

function unsupportedVersion(version: unknown): ResourceFinding {
  return {
    path: ['schemaVersion'],
    code: 'unsupported-schema-version',
    message: `This version of @asm-kit/schema reads schemaVersion "${SCHEMA_VERSION}": the catalogue is read as "${SCHEMA_VERSION}" and fields of a newer version are ignored. Upgrade @asm-kit/schema, or write "schemaVersion": "${SCHEMA_VERSION}".`,
    value: previewValue(version),
  };
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

/** Findings as public issues; in strict mode, any issue at all is thrown. */
function conclude(findings: readonly ResourceFinding[], options: ParseOptions): CatalogueIssue[] {
  const issues = findings.map((finding) => {
    const issue: CatalogueIssue = {
      path: formatPath(finding.path),
      code: finding.code,
      message: finding.message,
    };
    if (finding.resourceId !== undefined) issue.resourceId = finding.resourceId;
    if (finding.value !== undefined) issue.value = finding.value;
    return issue;
  });
  if (options.strict && issues.length > 0) throw new CatalogueError(issues);
  return issues;
}
