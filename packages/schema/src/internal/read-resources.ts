import type { Resource, ResourceContext } from '../resource.js';
import { issueCodeOf, resourceCheck, type RawIssue } from './check.js';
import type { Finding } from './problem.js';
import { findUnknownFields } from './unknown-fields.js';
import { isPlainObject, previewValue } from './strings.js';
import { formatPath } from '../issues.js';
import type { ExtraTerms } from '../vocabularies/index.js';

/** Resources that passed, and every problem found on the way. */
export interface ResourcesReading {
  resources: Resource[];
  findings: Finding[];
}

/** Findings for failed checks, with the paths the checks saw (relative to what was checked). */
export function checkFindings(issues: readonly RawIssue[], extraTerms: ExtraTerms | undefined): Finding[] {
  return issues.map((failure) => {
    // A bad key of an object is the offending value, not the value under it.
    const input: unknown =
      failure.code === 'invalid_key' ? failure.path[failure.path.length - 1] : failure.input;
    const finding: Finding = {
      path: failure.path,
      code: issueCodeOf(failure),
      detail: { kind: 'check', failure, extraTerms },
    };
    if (input !== undefined) finding.value = previewValue(input);
    return finding;
  });
}

/**
 * Reads a list of resources leniently: every valid resource is kept; a resource with any problem other
 * than an unknown field is left out and each of its problems reported; the second resource with an id
 * already seen is left out too. `path` is where the list sits ([] for a bare list, ['resources'] in a
 * catalogue).
 */
export function readResources(
  items: readonly unknown[],
  context: ResourceContext,
  path: readonly PropertyKey[],
): ResourcesReading {
  return drain(readResourcesInSteps(items, context, path));
}

/** Records read between two pauses of {@link readResourcesInSteps}: a few milliseconds of work. */
export const RECORDS_PER_STEP = 256;

/** Runs a stepwise reading to its end in one go. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link readResources} in steps: pauses (yields) after every {@link RECORDS_PER_STEP} records, so a caller on
 * the main thread of a page can let it paint and answer input between steps of a large catalogue.
 */
export function* readResourcesInSteps(
  items: readonly unknown[],
  context: ResourceContext,
  path: readonly PropertyKey[],
): Generator<void, ResourcesReading> {
  const check = resourceCheck(context.defaultLanguage, context.extraTerms);
  const resources: Resource[] = [];
  const findings: Finding[] = [];
  const firstIndexOfId = new Map<string, number>();

  for (let index = 0; index < items.length; index++) {
    if (index % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
    const item = items[index];
    const itemPath = [...path, index];
    const at = (finding: Finding): Finding => ({
      ...finding,
      path: [...itemPath, ...finding.path],
      ...idOf(item),
    });
    if (!isPlainObject(item)) {
      findings.push({
        path: itemPath,
        code: 'invalid-resource',
        value: previewValue(item),
        detail: { kind: 'not-a-resource' },
      });
      continue;
    }
    findings.push(...findUnknownFields(check, item).map(at));
    const issues: RawIssue[] = [];
    const resource = check(item, [], issues) as Resource;
    if (issues.length > 0) {
      findings.push(...checkFindings(issues, context.extraTerms).map(at));
      continue;
    }
    const firstIndex = firstIndexOfId.get(resource.id);
    if (firstIndex !== undefined) {
      findings.push({
        path: [...itemPath, 'id'],
        resourceId: resource.id,
        code: 'duplicate-id',
        value: previewValue(resource.id),
        detail: { kind: 'duplicate-id', id: resource.id, firstPath: formatPath([...path, firstIndex]) },
      });
      continue;
    }
    firstIndexOfId.set(resource.id, index);
    resources.push(resource);
  }
  return { resources, findings };
}

/** The id to name a resource by in its issues, even when the resource is invalid; a huge id is not shown. */
function idOf(item: unknown): { resourceId?: string } {
  return isPlainObject(item) && typeof item.id === 'string' && item.id.length <= 200
    ? { resourceId: item.id }
    : {};
}
