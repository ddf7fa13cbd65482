import type { IssueCode } from '../issues.js';
import type { ExtraTerms } from '../vocabularies/index.js';
import type { RawIssue } from './check.js';

/** A failed check of the checker (check.ts), with its path relative to the resource or catalogue field. */
export type CheckFailure = RawIssue;

/**
 * What a problem is about, in data: what describeProblems (messages.ts) words it from. One kind per family
 * of messages; the offending values are the values themselves, not copies.
 */
export type ProblemDetail =
  /** A value failed a check of a field: `failure.path` starts at the resource (or the catalogue). */
  | { kind: 'check'; failure: CheckFailure; extraTerms?: ExtraTerms }
  /** An object key no check knows; `known` are the keys expected there, `at` the path from the resource. */
  | { kind: 'unknown-field'; key: string; known: readonly string[]; at: readonly PropertyKey[] }
  /** An item of the resource list that is not an object. */
  | { kind: 'not-a-resource' }
  /** A resource with an id already used by the resource at `firstPath`. */
  | { kind: 'duplicate-id'; id: string; firstPath: string }
  /** checkResources got something other than a list. */
  | { kind: 'not-a-list'; input: unknown }
  /** checkCatalogue got something other than a catalogue object. */
  | { kind: 'not-a-catalogue'; input: unknown }
  /** A schemaVersion this package does not read. */
  | { kind: 'schema-version' };

/** A problem before its path is written out: path as segments, from what was checked. */
export interface Finding {
  path: PropertyKey[];
  resourceId?: string;
  code: IssueCode;
  value?: string;
  detail: ProblemDetail;
}
