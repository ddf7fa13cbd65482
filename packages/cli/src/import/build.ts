import { SCHEMA_VERSION, parseCatalogue } from '@asm-kit/schema';
import { fold } from './draft.js';
import type { Draft } from './draft.js';
import { findMatch, mergeInto } from './merge.js';
import type { WrittenResource } from './merge.js';
import type { RecordReport } from './report.js';

// From mapped records to a catalogue: language versions put back together, ids given, records found in
// the `--merge` catalogue merged into it, and every value the schema refuses taken out (and reported), so
// that what is written always passes `asm-kit validate`.

/** The catalogue an import merges into, as read from its file. */
export interface BaseCatalogue {
  /** The catalogue object as written in its file (settings and resources). */
  document: Record<string, unknown>;
  resources: WrittenResource[];
  defaultLanguage: string;
}

/** Options of {@link buildCatalogue}. */
export interface BuildOptions {
  name: string;
  defaultLanguage: string;
  base?: BaseCatalogue;
}

/** The catalogue written and the report of every record. */
export interface BuildResult {
  catalogue: Record<string, unknown>;
  records: RecordReport[];
}

const MAX_SLUG = 60;

/**
 * The id of a resource: its title as a slug (accents dropped, at most 60 characters, cut at a word) with the
 * year; 'record-<n>' when the title has no Latin letters or digits.
 * @example slugify('Using a mercury retort', '2021') // 'using-a-mercury-retort-2021'
 */
export function slugify(title: string, year: string | undefined, position: number): string {
  let slug = fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) slug = slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '');
  if (slug === '') slug = `record-${position}`;
  return year ? `${slug}-${year}` : slug;
}

/** The language of a citation key that ends with `_<language>`, as `asm-kit export` writes versions. */
function versionBase(draft: Draft): string | undefined {
  if (!draft.key || !draft.language) return undefined;
  const suffix = `_${draft.language.toLowerCase()}`;
  return draft.key.toLowerCase().endsWith(suffix) ? draft.key.slice(0, -suffix.length) : undefined;
}

function reportOf(draft: Draft, status: RecordReport['status']): RecordReport {
  return {
    position: draft.position,
    ...(draft.line !== undefined ? { line: draft.line } : {}),
    ...(draft.key !== undefined ? { key: draft.key } : {}),
    title: Object.values(draft.resource.title)[0] ?? '',
    status,
    mapped: [...draft.mapped],
    attention: [...draft.attention],
    dropped: [...draft.dropped],
  };
}

type Segment = string | number;

function pathSegments(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

/**
 * Removes what an issue points at from a resource: the list item it is in (an author, an ISBN), one kind of
 * identifier or one language of a text, else the whole field. False when the field is one a resource
 * cannot lose (id, type, its only title).
 */
function removeAt(resource: WrittenResource, segments: Segment[]): string | false {
  const [field, next, third] = segments;
  if (typeof field !== 'string' || field === 'id' || field === 'type') return false;
  const value = resource[field];
  if (Array.isArray(value) && typeof next === 'number') {
    value.splice(next, 1);
    if (value.length === 0) delete resource[field];
    return `${field}[${next}]`;
  }
  if (field === 'identifiers' && typeof next === 'string' && typeof value === 'object' && value) {
    const identifiers = value as Record<string, unknown>;
    const list = identifiers[next];
    if (Array.isArray(list) && typeof third === 'number') {
      list.splice(third, 1);
      if (list.length === 0) delete identifiers[next];
    } else delete identifiers[next];
    if (Object.keys(identifiers).length === 0) delete resource.identifiers;
    return `identifiers.${next}`;
  }
  if ((field === 'title' || field === 'summary') && typeof next === 'string' && value) {
    const text = value as Record<string, unknown>;
    delete text[next];
    if (Object.keys(text).length > 0) return `${field}.${next}`;
    if (field === 'title') return false;
  }
  delete resource[field];
  return field;
}

/** Builds the catalogue from the mapped records; see the module comment. */
export function buildCatalogue(drafts: readonly Draft[], options: BuildOptions): BuildResult {
  const reports: RecordReport[] = [];
  const base = options.base;
  const resources: WrittenResource[] = base ? base.resources.map((r) => structuredClone(r)) : [];
  const existingCount = resources.length;
  const targetLanguage = base?.defaultLanguage ?? options.defaultLanguage;

  // 1. Language versions (`key_en`, `key_fr` with matching languages) back into one resource.
  const groups = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const key = versionBase(draft);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), draft]);
  }
  const combinedInto = new Map<Draft, Draft>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const [first, ...others] = members as [Draft, ...Draft[]];
    for (const other of others) {
      combinedInto.set(other, first);
      mergeInto(first.resource as unknown as WrittenResource, other.resource, targetLanguage, {
        addLanguages: true,
      });
    }
  }

  // 2. Merge into the base catalogue, or add with a new id.
  const ids = new Set(resources.map((resource) => String(resource.id)));
  const indexOf = new Map<Draft, number>();
  const reportByDraft = new Map<Draft, RecordReport>();
  for (const draft of drafts) {
    const into = combinedInto.get(draft);
    if (into) {
      const report = reportOf(draft, 'combined');
      report.combinedWith = into.position;
      reports.push(report);
      continue;
    }
    const report = reportOf(draft, 'added');
    reportByDraft.set(draft, report);
    reports.push(report);
    const match = base ? findMatch(draft.resource, resources.slice(0, existingCount)) : undefined;
    if (match) {
      const target = resources[match.index]!;
      const filled = mergeInto(target, draft.resource, targetLanguage);
      report.status = 'merged';
      report.mergedWith = { id: String(target.id), by: match.reason, filled };
      report.id = String(target.id);
      indexOf.set(draft, match.index);
      continue;
    }
    const slug = slugify(
      Object.values(draft.resource.title)[0] ?? '',
      draft.resource.published?.slice(0, 4),
      draft.position,
    );
    let id = slug;
    for (let n = 2; ids.has(id); n++) id = `${slug}-${n}`;
    ids.add(id);
    report.id = id;
    indexOf.set(draft, resources.length);
    resources.push({ id, ...draft.resource });
  }

  // 3. Take out what the schema refuses, until it accepts the whole catalogue.
  const document: Record<string, unknown> = base
    ? { ...base.document, resources }
    : { schemaVersion: SCHEMA_VERSION, name: { [options.defaultLanguage]: options.name } };
  if (!base) {
    document.defaultLanguage = options.defaultLanguage;
    document.resources = resources;
  }
  let entries = resources.map((resource, index) => ({
    resource,
    existing: index < existingCount,
    report: undefined as RecordReport | undefined,
  }));
  for (const [draft, index] of indexOf) {
    const entry = entries[index];
    if (entry && index >= existingCount) entry.report = reportByDraft.get(draft);
  }
  for (let round = 0; round < 6; round++) {
    document.resources = entries.map((entry) => entry.resource);
    const { issues } = parseCatalogue(document);
    const relevant = issues.filter((issue) => /^resources\[\d+\]/.test(issue.path));
    if (relevant.length === 0) break;
    // Deepest and last first, so that removing a list item does not shift the next issue's index.
    relevant.sort((a, b) => b.path.localeCompare(a.path, 'en', { numeric: true }));
    const removed = new Set<number>();
    for (const issue of relevant) {
      const [, index, ...rest] = pathSegments(issue.path) as [string, number, ...Segment[]];
      const entry = entries[index];
      if (!entry || removed.has(index)) continue;
      const what = rest.length > 0 ? removeAt(entry.resource, rest) : false;
      const message = `${issue.message}${issue.value ? ` Got: ${issue.value}` : ''}`;
      const report = entry.report ?? reports.find((r) => r.id === entry.resource.id);
      if (what === false && !entry.existing) {
        removed.add(index);
        if (entry.report) {
          entry.report.status = 'skipped';
          entry.report.reason = `the schema refuses it: ${rest.join('.') || 'the record'}: ${message}`;
          delete entry.report.id;
        }
      } else if (what !== false) {
        report?.dropped.push(`${what}: ${message}`);
      }
    }
    entries = entries.filter((_, index) => !removed.has(index));
  }
  document.resources = entries.map((entry) => entry.resource);
  return { catalogue: document, records: reports };
}
