import type { LocalizedText, Resource } from '@asm-kit/schema';

/**
 * What the cards of a catalogue need to link resources to each other: the titles of every resource some record
 * links to, and the reverse of `supersedes` (a record listed in several is said to be replaced by the first).
 * Plain data, so that a catalogue indexed in a worker can send it to the page instead of every record.
 */
export interface LinkTable {
  titles: [id: string, title: LocalizedText][];
  supersededBy: [old: string, newer: string][];
}

/** The links of a catalogue, or undefined when no record links to another (the common case: nothing to load). */
export function linkTable(resources: readonly Resource[]): LinkTable | undefined {
  const supersededBy = new Map<string, string>();
  const targets = new Set<string>();
  for (const r of resources) {
    for (const id of r.related) targets.add(id);
    for (const old of r.supersedes ?? []) {
      targets.add(old);
      if (old !== r.id && !supersededBy.has(old)) supersededBy.set(old, r.id);
    }
  }
  if (!targets.size) return undefined;
  for (const newer of supersededBy.values()) targets.add(newer);
  const titles: LinkTable['titles'] = [];
  for (const r of resources) if (targets.has(r.id)) titles.push([r.id, r.title]);
  return { titles, supersededBy: [...supersededBy] };
}
