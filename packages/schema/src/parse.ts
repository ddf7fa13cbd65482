import type { Catalogue } from './catalogue.js';
import { checkCatalogue, checkResources, type CatalogueProblem, type CheckOptions } from './check.js';
import { CatalogueError, type CatalogueIssue } from './issues.js';
import { describeProblems } from './messages.js';
import type { Resource } from './resource.js';

/** How to read a catalogue or a list of resources. */
export interface ParseOptions extends CheckOptions {
  /** Throw a {@link CatalogueError} listing every issue instead of leaving bad resources out. */
  strict?: boolean;
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

/**
 * Reads a catalogue (parsed JSON) leniently: every valid resource is kept, each invalid one is left out,
 * and every problem is reported as an issue with a message for the data owner. Problems with the
 * catalogue itself (no name, resources not a list, not an object at all) are issues too: the returned
 * catalogue is always usable, if need be with no resources. With `strict`, throws a
 * {@link CatalogueError} instead when there is any issue. (`checkCatalogue` does the same without loading
 * the messages.)
 *
 * @example
 * const { catalogue, issues } = parseCatalogue(JSON.parse(text));
 * issues.forEach((issue) => console.warn(formatIssue(issue)));
 */
export function parseCatalogue(input: unknown, options: ParseOptions = {}): CatalogueParseResult {
  const { catalogue, problems } = checkCatalogue(input, options);
  return { catalogue, issues: conclude(problems, options) };
}

/**
 * Reads a bare list of resources (no catalogue around it) the way {@link parseCatalogue} reads a
 * catalogue's resources. Issue paths start at the list: '[3].countries[0]'.
 */
export function parseResources(input: unknown, options: ParseOptions = {}): ResourcesParseResult {
  const { resources, problems } = checkResources(input, options);
  return { resources, issues: conclude(problems, options) };
}

/** Problems as issues with messages; in strict mode, any issue at all is thrown. */
function conclude(problems: readonly CatalogueProblem[], options: ParseOptions): CatalogueIssue[] {
  const issues = describeProblems(problems);
  if (options.strict && issues.length > 0) throw new CatalogueError(issues);
  return issues;
}
