import type { Resource } from '@asm-kit/schema';
import { stripResolverPrefix } from '@asm-kit/schema';
import { tokenize } from '@asm-kit/query/engine';

/** One valid record of one catalogue, in its catalogue's order. */
export interface SourceRecord {
  /** Where the catalogue came from (a URL or a file name); unique per catalogue. */
  source: string;
  record: Resource;
}

/** Where a merged resource comes from: a record of a catalogue. */
export interface Provenance {
  source: string;
  /** The record's id in that catalogue (the merged resource may carry another one, see {@link federate}). */
  id: string;
  url?: string;
}

/** A resource of the library: the record shown, and every record it stands for. */
export interface MergedResource {
  resource: Resource;
  sources: Provenance[];
}

/** A DOI, compared case-insensitively (DOIs are), without a resolver prefix should one remain. */
function doiKey(r: Resource): string | undefined {
  const doi = r.identifiers?.doi;
  return doi ? stripResolverPrefix(doi).toLowerCase() : undefined;
}

/** A URL without what does not change the page: scheme, 'www.', default port, trailing slash, fragment. */
export function urlKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    return `${host}${u.port ? ':' + u.port : ''}${path}${u.search}`;
  } catch {
    return undefined;
  }
}

/** Folded words of each title (every language) with the year: 'mercury free mining|2019'. None without a year. */
function titleKeys(r: Resource): string[] {
  const year = /^\d{4}/.exec(r.published ?? '')?.[0];
  if (!year) return [];
  return Object.values(r.title).map((t) => `${tokenize(t).join(' ')}|${year}`);
}

/** Whether two records of different catalogues are the same resource: same DOI, else same URL, else same title and year. */
function same(a: Resource, b: Resource): boolean {
  const [da, db] = [doiKey(a), doiKey(b)];
  if (da && db) return da === db;
  const [ua, ub] = [urlKey(a.url), urlKey(b.url)];
  if (ua && ub) return ua === ub;
  const tb = new Set(titleKeys(b));
  return titleKeys(a).some((k) => tb.has(k));
}

/**
 * Merges the records of several catalogues into the resources of one library, in order (catalogue by catalogue,
 * each in its own order). A record that is the same resource as one of an earlier catalogue (see `same`) joins
 * it: the earlier record is shown and both are listed as sources. Records of one catalogue are never merged with
 * each other. An id taken by another resource gets a suffix ('guide' -> 'guide-2'); the provenance keeps the
 * original id.
 */
export function federate(records: readonly SourceRecord[]): MergedResource[] {
  const merged: MergedResource[] = [];
  const index = new Map<string, MergedResource[]>();
  const ids = new Set<string>();
  const keysOf = (r: Resource): string[] => {
    const keys = titleKeys(r).map((k) => 't ' + k);
    const doi = doiKey(r);
    const url = urlKey(r.url);
    if (doi) keys.unshift('d ' + doi);
    if (url) keys.unshift('u ' + url);
    return keys;
  };
  for (const { source, record } of records) {
    const keys = keysOf(record);
    const provenance: Provenance = { source, id: record.id, ...(record.url ? { url: record.url } : {}) };
    const match = keys
      .flatMap((k) => index.get(k) ?? [])
      .find((m) => !m.sources.some((s) => s.source === source) && same(m.resource, record));
    if (match) {
      match.sources.push(provenance);
      continue;
    }
    let id = record.id;
    for (let n = 2; ids.has(id); n++) id = `${record.id}-${n}`;
    ids.add(id);
    const entry: MergedResource = {
      resource: id === record.id ? record : { ...record, id },
      sources: [provenance],
    };
    merged.push(entry);
    for (const k of keys) {
      const list = index.get(k);
      if (list) list.push(entry);
      else index.set(k, [entry]);
    }
  }
  return merged;
}
