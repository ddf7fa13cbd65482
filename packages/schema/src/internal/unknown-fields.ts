import type { Check } from './check.js';
import type { Finding } from './problem.js';
import { isPlainObject, previewValue } from './strings.js';

/**
 * Findings for object keys the checker does not know, read off the checker itself so that the list of
 * known fields cannot fall behind it. Parsing drops such keys silently; a data owner who wrote
 * 'knowledgeArea' instead of 'knowledgeAreas' deserves to hear that the tags went nowhere.
 * Only follows the checker, never the data, so deeply nested junk costs nothing.
 * The "did you mean" is left to describe-issue.ts, which only loads when problems are worded.
 */
export function findUnknownFields(
  check: Pick<Check, 'shape' | 'item'>,
  value: unknown,
  path: PropertyKey[] = [],
): Finding[] {
  const findings: Finding[] = [];
  // One list of keys, grown and shrunk as the walk descends, copied only for a finding.
  visit(check, value, [...path], findings);
  return findings;
}

function visit(
  check: Pick<Check, 'shape' | 'item'>,
  value: unknown,
  path: PropertyKey[],
  findings: Finding[],
): void {
  const { item, shape } = check;
  if (item && Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visit(item, value[index], path, findings);
      path.pop();
    }
  }
  if (!shape || !isPlainObject(value)) return;
  for (const key of Object.keys(value)) {
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    path.push(key);
    if (field) visit(field, value[key], path, findings);
    else
      findings.push({
        path: [...path],
        code: 'unknown-field',
        value: previewValue(value[key]),
        detail: { kind: 'unknown-field', key, known: Object.keys(shape), at: [...path] },
      });
    path.pop();
  }
}
