import type { Resource } from '@asm-kit/schema';
import type { CatalogueMeta } from '../pipeline.js';

/** A resource without its empty lists and empty identifiers: what a person would write by hand. */
export function compactResource(resource: Resource): Record<string, unknown> {
  const compact: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.keys(value).length === 0
    )
      continue;
    compact[key] = value;
  }
  return compact;
}

/** Start of a catalogue JSON file up to the opening of its resources list. */
export function catalogueHead(meta: CatalogueMeta): string {
  const settings = JSON.stringify(meta, null, 2);
  return `${settings.slice(0, settings.lastIndexOf('}')).trimEnd()},\n  "resources": [`;
}

/** One resource as an item of the resources list, indented to sit in it. */
export function resourceItem(resource: Resource, first: boolean): string {
  const text = JSON.stringify(compactResource(resource), null, 2).replace(/\n/g, '\n    ');
  return `${first ? '' : ','}\n    ${text}`;
}

/** End of a catalogue JSON file. */
export function catalogueTail(empty: boolean): string {
  return empty ? ']\n}\n' : '\n  ]\n}\n';
}
