import { fold } from './draft.js';
import type { DraftResource } from './draft.js';

// Finding a record again in a catalogue, and merging two descriptions of one resource: the first one's
// values win, missing fields are filled, lists are unioned.

/** A resource of a catalogue file as written there (title possibly a plain string). */
export type WrittenResource = Record<string, unknown>;

/** A link compared loosely: no scheme, no `www.`, no trailing slash or fragment, lower case. */
export function normalizeUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '');
}

function titles(resource: WrittenResource): string[] {
  const title = resource.title;
  if (typeof title === 'string') return [fold(title)];
  if (typeof title === 'object' && title !== null)
    return Object.values(title)
      .filter((value): value is string => typeof value === 'string')
      .map(fold);
  return [];
}

function doiOf(resource: WrittenResource): string | undefined {
  const identifiers = resource.identifiers as { doi?: unknown } | undefined;
  return typeof identifiers?.doi === 'string' ? identifiers.doi.toLowerCase() : undefined;
}

function year(resource: WrittenResource): string | undefined {
  return typeof resource.published === 'string' ? resource.published.slice(0, 4) : undefined;
}

/** How a match was found, for the report. */
export type MatchReason = 'DOI' | 'URL' | 'title and year';

/**
 * The resource of `candidates` that `draft` describes: same DOI, else same normalized URL, else same folded
 * title (in any language) and year.
 */
export function findMatch(
  draft: DraftResource,
  candidates: readonly WrittenResource[],
): { index: number; reason: MatchReason } | undefined {
  const doi = draft.identifiers?.doi?.toLowerCase();
  if (doi) {
    const index = candidates.findIndex((candidate) => doiOf(candidate) === doi);
    if (index >= 0) return { index, reason: 'DOI' };
  }
  if (draft.url) {
    const url = normalizeUrl(draft.url);
    const index = candidates.findIndex(
      (candidate) => typeof candidate.url === 'string' && normalizeUrl(candidate.url) === url,
    );
    if (index >= 0) return { index, reason: 'URL' };
  }
  const draftTitles = new Set(Object.values(draft.title).map(fold));
  const draftYear = draft.published?.slice(0, 4);
  const index = candidates.findIndex(
    (candidate) => year(candidate) === draftYear && titles(candidate).some((title) => draftTitles.has(title)),
  );
  return index >= 0 ? { index, reason: 'title and year' } : undefined;
}

function itemKey(value: unknown): string {
  if (typeof value === 'string') return fold(value);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    // People and organizations are the same by name (and role), files by link.
    if (typeof record.url === 'string' && 'language' in record) return `url:${normalizeUrl(record.url)}`;
    if (typeof record.name === 'string')
      return `name:${fold(record.name)}:${typeof record.role === 'string' ? record.role : ''}`;
  }
  return JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Merges `addition` into `target` (changed in place): fields `target` lacks are filled, lists are unioned,
 * identifiers gain the kinds they lack; every value `target` has wins. With `addLanguages` (language versions
 * of one record), a title or summary also gains the languages it lacks.
 * Returns the fields that changed. `targetLanguage` is the language of a plain-string title in `target`.
 */
export function mergeInto(
  target: WrittenResource,
  addition: DraftResource,
  targetLanguage: string,
  options: { addLanguages?: boolean } = {},
): string[] {
  const changed: string[] = [];
  for (const [key, value] of Object.entries(addition)) {
    if (key === 'id' || value === undefined) continue;
    const current = target[key];
    if (current === undefined) {
      target[key] = structuredClone(value);
      changed.push(key);
    } else if (Array.isArray(current) && Array.isArray(value)) {
      const seen = new Set(current.map(itemKey));
      const added = value.filter((item) => !seen.has(itemKey(item)));
      if (added.length > 0) {
        target[key] = [...current, ...structuredClone(added)];
        changed.push(key);
      }
    } else if ((key === 'title' || key === 'summary') && isPlainObject(value) && options.addLanguages) {
      const text: Record<string, unknown> =
        typeof current === 'string' ? { [targetLanguage]: current } : { ...(current as object) };
      let grew = false;
      for (const [language, words] of Object.entries(value)) {
        if (!Object.hasOwn(text, language)) {
          text[language] = words;
          grew = true;
        }
      }
      if (grew) {
        target[key] = text;
        changed.push(key);
      }
    } else if (key === 'identifiers' && isPlainObject(current) && isPlainObject(value)) {
      const merged: Record<string, unknown> = { ...current };
      let grew = false;
      for (const [kind, id] of Object.entries(value)) {
        if (merged[kind] === undefined) {
          merged[kind] = structuredClone(id);
          grew = true;
        } else if (Array.isArray(merged[kind]) && Array.isArray(id)) {
          const have = new Set((merged[kind] as unknown[]).map(String));
          const extra = id.filter((item) => !have.has(String(item)));
          if (extra.length > 0) {
            merged[kind] = [...(merged[kind] as unknown[]), ...extra];
            grew = true;
          }
        }
      }
      if (grew) {
        target[key] = merged;
        changed.push(key);
      }
    }
  }
  return changed;
}
