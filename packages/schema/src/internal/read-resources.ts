import type { Resource, ResourceContext } from '../resource.js';
import { resourceCheck, type RawIssue } from './check.js';
import { describeIssues, type Finding } from './describe-issue.js';
import { findUnknownFields } from './unknown-fields.js';
import { isPlainObject, previewValue } from './strings.js';
import { formatPath } from '../issues.js';

/** A finding tied to the resource it concerns. */
export interface ResourceFinding extends Finding {
  resourceId?: string;
}

/** Resources that passed, and every problem found on the way. */
export interface ResourcesReading {
  resources: Resource[];
  findings: ResourceFinding[];
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
  const check = resourceCheck(context.defaultLanguage, context.extraTerms);
  const resources: Resource[] = [];
  const findings: ResourceFinding[] = [];
  const firstIndexOfId = new Map<string, number>();

  items.forEach((item, index) => {
    const itemPath = [...path, index];
    const at = (finding: Finding): ResourceFinding => ({
      ...finding,
      path: [...itemPath, ...finding.path],
      ...idOf(item),
    });
    if (!isPlainObject(item)) {
      findings.push({
        path: itemPath,
        code: 'invalid-resource',
        message:
          'A resource must be an object with at least id, title and type, e.g. { "id": "mercury-guide", "title": "Mercury guide", "type": "guide" }.',
        value: previewValue(item),
      });
      return;
    }
    findings.push(...findUnknownFields(check, item).map(at));
    const issues: RawIssue[] = [];
    const resource = check(item, [], issues) as Resource;
    if (issues.length > 0) {
      findings.push(...describeIssues(issues, context.extraTerms).map(at));
      return;
    }
    const firstIndex = firstIndexOfId.get(resource.id);
    if (firstIndex !== undefined) {
      findings.push({
        path: [...itemPath, 'id'],
        resourceId: resource.id,
        code: 'duplicate-id',
        message: `The id '${resource.id}' is already used by ${formatPath([...path, firstIndex])}: ids must be unique in a catalogue, so this second one is left out. Give it its own id, e.g. '${resource.id}-2'.`,
        value: previewValue(resource.id),
      });
      return;
    }
    firstIndexOfId.set(resource.id, index);
    resources.push(resource);
  });
  return { resources, findings };
}

/** The id to name a resource by in its issues, even when the resource is invalid; a huge id is not shown. */
function idOf(item: unknown): { resourceId?: string } {
  return isPlainObject(item) && typeof item.id === 'string' && item.id.length <= 200
    ? { resourceId: item.id }
    : {};
}
