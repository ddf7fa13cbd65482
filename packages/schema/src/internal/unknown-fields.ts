import type * as z from 'zod/mini';
import { FIELD_HINTS, fieldKeyOf } from './field-hints.js';
import type { Finding } from './describe-issue.js';
import { closestMatch, isPlainObject, previewValue } from './strings.js';

/**
 * Findings for object keys the schema does not know, read off the schema itself so that the list of
 * known fields cannot fall behind it. Zod drops such keys silently; a data owner who wrote
 * 'knowledgeArea' instead of 'knowledgeAreas' deserves to hear that the tags went nowhere.
 * Only follows the schema, never the data, so deeply nested junk costs nothing.
 */
export function findUnknownFields(
  schema: z.core.$ZodType,
  value: unknown,
  path: PropertyKey[] = [],
): Finding[] {
  const findings: Finding[] = [];
  visit(schema, value, path, findings);
  return findings;
}

function visit(schema: z.core.$ZodType, value: unknown, path: PropertyKey[], findings: Finding[]): void {
  const typed = schema as z.core.$ZodTypes;
  const def = typed._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
      visit(def.innerType, value, path, findings);
      return;
    case 'pipe':
      visit(def.in, value, path, findings);
      return;
    case 'array':
      if (Array.isArray(value))
        value.forEach((item, index) => visit(def.element, item, [...path, index], findings));
      return;
    case 'object': {
      if (!isPlainObject(value)) return;
      const known = Object.keys(def.shape);
      for (const key of Object.keys(value)) {
        if (Object.hasOwn(def.shape, key)) {
          const field = def.shape[key];
          if (field) visit(field, value[key], [...path, key], findings);
          continue;
        }
        findings.push(unknownField([...path, key], key, known, value[key]));
      }
      return;
    }
    default:
      return;
  }
}

function unknownField(path: PropertyKey[], key: string, known: readonly string[], value: unknown): Finding {
  const suggestion = closestMatch(key, known);
  const didYouMean = suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`;
  const hintKey = suggestion === undefined ? undefined : fieldKeyOf([...path.slice(0, -1), suggestion]);
  const hint = hintKey === undefined ? undefined : FIELD_HINTS[hintKey];
  const example = hint === undefined ? '' : ` ('${suggestion}' holds ${hint.expected}.)`;
  return {
    path,
    code: 'unknown-field',
    message: `Unknown field '${key}': it is ignored.${didYouMean}${example}`,
    value: previewValue(value),
  };
}
