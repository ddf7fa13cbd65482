import { emptyRecord, own, text } from './record.js';
import type { ReadResult, SourceName, SourceRecord } from './record.js';

// CSL-JSON (Zotero, citeproc, Pandoc, and what `asm-kit export --format csl-json` writes) and the CSL
// items citation-js makes of RIS: read onto the format-neutral record.

// CSL fields that become catalogue fields; every other non-empty field of an item is reported as dropped.
const KNOWN = new Set([
  'id',
  'type',
  'title',
  'abstract',
  'author',
  'editor',
  'collection-editor',
  'container-author',
  'issued',
  'publisher',
  'container-title',
  'collection-title',
  'collection-number',
  'volume',
  'issue',
  'page',
  'genre',
  'language',
  'URL',
  'DOI',
  'ISBN',
  'keyword',
  'license',
  'version',
  'edition',
  'dimensions',
  'number-of-pages',
  'note',
  'accessed',
  'citation-key',
  'source',
  '_graph',
  'title-short',
  'shortTitle',
]);

function names(value: unknown): { people: SourceName[]; corporate: string[] } {
  const result = { people: [] as SourceName[], corporate: [] as string[] };
  if (!Array.isArray(value)) return result;
  for (const entry of value) {
    const literal = text(own(entry, 'literal'));
    if (literal) {
      result.corporate.push(literal);
      continue;
    }
    const family = text(own(entry, 'family'));
    const given = text(own(entry, 'given'));
    if (!family && !given) continue;
    const name: SourceName = {};
    if (family) name.family = family;
    if (given) name.given = given;
    const particle = [text(own(entry, 'dropping-particle')), text(own(entry, 'non-dropping-particle'))]
      .filter(Boolean)
      .join(' ');
    if (particle) name.particle = particle;
    const suffix = text(own(entry, 'suffix'));
    if (suffix) name.suffix = suffix;
    result.people.push(name);
  }
  return result;
}

function date(value: unknown): string | number[] | undefined {
  const parts = own(value, 'date-parts');
  if (Array.isArray(parts) && Array.isArray(parts[0]) && parts[0].length > 0) {
    return (parts[0] as unknown[]).map(Number);
  }
  return text(own(value, 'raw')) ?? text(own(value, 'literal')) ?? text(value);
}

/** A record from one CSL item (a parsed JSON object); `position` is its place in the file. */
export function cslItemToRecord(item: unknown, position: number): SourceRecord {
  const record = emptyRecord(position);
  const field = (name: string) => text(own(item, name));
  const key = field('id') ?? field('citation-key');
  if (key) record.key = key;
  const title = field('title');
  if (title) record.title = title;
  const abstract = field('abstract');
  if (abstract) record.abstract = abstract;
  const type = field('type');
  if (type) {
    record.sourceType = type;
    record.cslType = type;
  }
  const genre = field('genre');
  if (genre) record.genre = genre;
  const authors = names(own(item, 'author'));
  record.people = authors.people;
  record.corporate = authors.corporate;
  const editors = names(own(item, 'editor'));
  record.editors = [...editors.people, ...editors.corporate.map((name) => ({ name }))];
  const issued = own(item, 'issued');
  const when = issued === undefined ? undefined : date(issued);
  if (when !== undefined) record.date = when;
  const publisher = field('publisher');
  if (publisher) record.publishers.push(publisher);
  const container = field('container-title');
  if (container) {
    record.container = { title: container };
    const volume = field('volume');
    const issue = field('issue');
    const page = field('page');
    if (volume) record.container.volume = volume;
    if (issue) record.container.issue = issue;
    if (page) record.container.pages = page;
  }
  const series = field('collection-title');
  if (series) {
    record.series = { name: series };
    const number = field('collection-number');
    if (number) record.series.number = number;
  }
  const doi = field('DOI');
  if (doi) record.doi = doi;
  const isbn = field('ISBN');
  if (isbn) record.isbn.push(isbn);
  const url = field('URL');
  if (url) record.urls.push(url);
  const language = field('language');
  if (language) record.languages.push(language);
  const keyword = field('keyword');
  // CSL keeps keywords in one string: the crosswalk and Zotero separate them with commas.
  if (keyword) record.keywords.push(...keyword.split(/\s*[,;]\s*/).filter(Boolean));
  const license = field('license');
  if (license) record.license = license;
  const version = field('version') ?? field('edition');
  if (version) record.version = version;
  const dimensions = field('dimensions');
  if (dimensions && /^P[0-9T]/.test(dimensions)) record.duration = dimensions;
  else if (dimensions) record.dropped.push(`dimensions '${dimensions}'`);
  const pages = field('number-of-pages');
  if (pages) record.pages = pages;
  const note = field('note');
  if (note) record.notes.push(...note.split(/\n+/));
  if (typeof item === 'object' && item !== null) {
    for (const name of Object.keys(item)) {
      if (!KNOWN.has(name) && own(item, name) !== undefined && own(item, name) !== '')
        record.dropped.push(name);
    }
  }
  return record;
}

/** Line where each item of a top-level JSON array starts, for the report. */
function itemLines(source: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectItem = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\n') line++;
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (expectItem && !/[\s,\]]/.test(char)) {
      lines.push(line);
      expectItem = false;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth++;
      if (depth === 1 && char === '[') expectItem = true;
    } else if (char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 1) expectItem = true;
  }
  return lines;
}

/**
 * Where JSON.parse stopped, as a line number, from its message: 'at position 120', 'line 4', or (Node 20) the
 * text around the error ('Unexpected token '}', ..."{"title": }" is not valid JSON'), found again in the source.
 */
function jsonErrorLine(source: string, message: string): number | undefined {
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const byLine = /line (\d+)/.exec(message);
  if (byLine) return Number(byLine[1]);
  const byPosition = /position (\d+)/.exec(message);
  if (byPosition) return lineOf(Number(byPosition[1]));
  if (/end of JSON input/.test(message)) return lineOf(source.trimEnd().length);
  const context = /^Unexpected token '([\s\S])', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(
    message,
  );
  if (!context) return undefined;
  const at = source.indexOf(context[2]!);
  if (at < 0) return undefined;
  return lineOf(at + Math.max(0, context[2]!.indexOf(context[1]!)));
}

/** Error for an input file that cannot be read at all; `line` when the parser tells where. */
export class FormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'FormatError';
  }
}

/** Reads a CSL-JSON file: an array of items (or one item, or `{ items: [...] }`). */
export function readCsl(source: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    throw new FormatError(`not valid JSON: ${message}`, jsonErrorLine(source, message));
  }
  const items = Array.isArray(data)
    ? data
    : Array.isArray(own(data, 'items'))
      ? (own(data, 'items') as unknown[])
      : [data];
  const lines = Array.isArray(data) ? itemLines(source) : [];
  const result: ReadResult = { records: [], skipped: [] };
  items.forEach((item, index) => {
    const line = lines[index];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      result.skipped.push({
        position: index + 1,
        ...(line ? { line } : {}),
        reason: 'it is not a CSL item (an object)',
      });
      return;
    }
    const record = cslItemToRecord(item, index + 1);
    if (line) record.line = line;
    result.records.push(record);
  });
  return result;
}
