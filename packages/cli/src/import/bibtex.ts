import { parse } from '@retorquere/bibtex-parser';
import type { Creator, Entry } from '@retorquere/bibtex-parser';
import { FormatError } from './csl.js';
import { emptyRecord, own, text } from './record.js';
import type { ReadResult, SourceName, SourceRecord } from './record.js';

// BibTeX and BibLaTeX (Zotero, Better BibTeX, JabRef, `asm-kit export --format bibtex`), parsed by
// @retorquere/bibtex-parser, which turns TeX accents and braces into Unicode text.

// Entry type -> CSL type: the inverse of the crosswalk's table, plus the BibLaTeX and JabRef types.
const CSL_TYPES: Readonly<Record<string, string>> = {
  techreport: 'report',
  report: 'report',
  article: 'article-journal',
  book: 'book',
  mvbook: 'book',
  booklet: 'book',
  incollection: 'chapter',
  inbook: 'chapter',
  inproceedings: 'paper-conference',
  conference: 'paper-conference',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  manual: 'standard',
  standard: 'standard',
  dataset: 'dataset',
  software: 'software',
  video: 'motion_picture',
  movie: 'motion_picture',
  misc: 'document',
  online: 'document',
  electronic: 'document',
  www: 'document',
  unpublished: 'document',
};

// Fields read below; any other is reported as dropped, except bookkeeping fields no catalogue needs.
const READ = new Set([
  'title',
  'author',
  'editor',
  'year',
  'date',
  'month',
  'institution',
  'publisher',
  'organization',
  'journal',
  'journaltitle',
  'booktitle',
  'series',
  'number',
  'issue',
  'volume',
  'pages',
  'type',
  'edition',
  'version',
  'doi',
  'isbn',
  'url',
  'langid',
  'language',
  'abstract',
  'keywords',
  'note',
  'file',
  'howpublished',
]);
const QUIET = new Set([
  'urldate',
  'timestamp',
  'shorttitle',
  'address',
  'location',
  'copyright',
  'annotation',
]);

function creators(list: Creator[] | undefined): { people: SourceName[]; corporate: string[] } {
  const result = { people: [] as SourceName[], corporate: [] as string[] };
  for (const creator of list ?? []) {
    if (creator.lastName === undefined && creator.name) {
      result.corporate.push(text(creator.name) ?? creator.name);
      continue;
    }
    const name: SourceName = {};
    const family = text(creator.lastName);
    const given = text(creator.firstName);
    const particle = text(creator.prefix);
    const suffix = text(creator.suffix);
    if (family) name.family = family;
    if (given) name.given = given;
    if (particle) name.particle = particle;
    if (suffix) name.suffix = suffix;
    if (name.family || name.given) result.people.push(name);
  }
  return result;
}

function field(entry: Entry, name: string): string | undefined {
  const value = own(entry.fields, name);
  if (Array.isArray(value)) return text(value.join('; '));
  return text(value);
}

/** Line of each entry's `@type{key` in the source, by key. */
function entryLines(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  const pattern = /@\s*([A-Za-z]+)\s*[{(]\s*([^,\s}]*)/g;
  let line = 1;
  let last = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    for (let index = last; index < match.index; index++) if (source.charCodeAt(index) === 10) line++;
    last = match.index;
    if (!lines.has(match[2] ?? '')) lines.set(match[2] ?? '', line);
  }
  return lines;
}

/** A record from one parsed entry. */
export function bibEntryToRecord(entry: Entry, position: number): SourceRecord {
  const record = emptyRecord(position);
  record.key = entry.key;
  const type = entry.type.toLowerCase();
  record.sourceType = `@${type}`;
  const cslType = CSL_TYPES[type];
  if (cslType) record.cslType = cslType;
  const title = field(entry, 'title');
  if (title) record.title = title;
  const abstract = field(entry, 'abstract');
  if (abstract) record.abstract = abstract;
  const genre = field(entry, 'type');
  if (genre) record.genre = genre;
  const authors = creators(entry.fields.author);
  record.people = authors.people;
  record.corporate = authors.corporate;
  const editors = creators(entry.fields.editor);
  record.editors = [...editors.people, ...editors.corporate.map((name) => ({ name }))];
  const date = field(entry, 'date');
  const year = field(entry, 'year');
  const month = field(entry, 'month');
  if (date) record.date = date;
  else if (year && month) record.date = `${month} ${year}`.replace(/^(\d+) (\d{4})$/, '$2-$1');
  else if (year) record.date = year;
  for (const name of ['institution', 'publisher', 'organization']) {
    for (const value of (own(entry.fields, name) as string[] | undefined) ?? []) {
      const clean = text(value);
      if (clean) record.publishers.push(clean);
    }
  }
  const isArticle = cslType === 'article-journal';
  const container = field(entry, 'journaltitle') ?? field(entry, 'journal') ?? field(entry, 'booktitle');
  const number = field(entry, 'number');
  if (container) {
    record.container = { title: container };
    const volume = field(entry, 'volume');
    const issue = isArticle ? (field(entry, 'issue') ?? number) : field(entry, 'issue');
    // BibTeX page ranges use an en dash ('10--20', read as '10–20'); the catalogue writes a hyphen.
    const pages = field(entry, 'pages')?.replace(/\s*(?:--|–)\s*/, '-');
    if (volume) record.container.volume = volume;
    if (issue) record.container.issue = issue;
    if (pages) record.container.pages = pages;
  }
  const series = field(entry, 'series');
  if (series) {
    record.series = { name: series };
    if (number && !isArticle) record.series.number = number;
  } else if (number && !isArticle) record.dropped.push(`number '${number}' (no series)`);
  const doi = field(entry, 'doi');
  if (doi) record.doi = doi;
  const isbn = field(entry, 'isbn');
  if (isbn) record.isbn.push(isbn);
  const url = field(entry, 'url');
  if (url) record.urls.push(url);
  const howpublished = field(entry, 'howpublished');
  if (howpublished) {
    const link = /\\?url\{([^}]+)\}|^(https?:\/\/\S+)$/.exec(howpublished);
    if (link) record.urls.push((link[1] ?? link[2])!);
    else record.dropped.push('howpublished');
  }
  const language = field(entry, 'langid') ?? field(entry, 'language');
  if (language) record.languages.push(...language.split(/\s*(?:,|;| and )\s*/).filter(Boolean));
  record.keywords = ((own(entry.fields, 'keywords') as string[] | undefined) ?? [])
    .map(text)
    .filter((keyword): keyword is string => keyword !== undefined);
  const version = field(entry, 'version') ?? field(entry, 'edition');
  if (version) record.version = version;
  const note = field(entry, 'note');
  if (note) record.notes.push(note);
  if (field(entry, 'file')) record.dropped.push('file (a path on the exporter’s computer)');
  for (const name of Object.keys(entry.fields)) {
    if (!READ.has(name) && !QUIET.has(name)) record.dropped.push(name);
  }
  return record;
}

/**
 * Reads a BibTeX or BibLaTeX file. Entries the parser cannot read are skipped with its message and line; the
 * file is refused only when nothing in it is an entry.
 */
export function readBibtex(source: string): ReadResult {
  let library: ReturnType<typeof parse>;
  try {
    library = parse(source.replace(/^\uFEFF/, ''), {
      sentenceCase: false,
      english: false,
      unsupported: 'ignore',
      // Keywords as text, so that TeX accents in them are read too (the default keeps them verbatim).
      fieldMode: { keywords: 'richtext' },
    });
  } catch (error) {
    const message = (error as Error).message;
    const line = /line (\d+)/.exec(message);
    throw new FormatError(`not a BibTeX file: ${message}`, line ? Number(line[1]) : undefined);
  }
  const lines = entryLines(source);
  const result: ReadResult = { records: [], skipped: [] };
  // The parser leaves an empty entry for each one it could not read; its errors come in the same order.
  const errors = library.errors.map((error) => error.error);
  const lineOf = (message: string | undefined) => {
    const match = /line (\d+)/.exec(message ?? '');
    return match ? Number(match[1]) : undefined;
  };
  library.entries.forEach((entry, index) => {
    const line = lines.get(entry.key);
    if (Object.keys(entry.fields).length === 0) {
      const error = errors.shift();
      const at = lineOf(error) ?? line;
      result.skipped.push({
        position: index + 1,
        ...(at ? { line: at } : {}),
        reason: `the entry '${entry.key}' could not be read${error ? `: ${error}` : ''}`,
      });
      return;
    }
    const record = bibEntryToRecord(entry, index + 1);
    if (line) record.line = line;
    result.records.push(record);
  });
  if (result.records.length === 0 && library.errors.length > 0) {
    const first = library.errors[0]!.error;
    throw new FormatError(`not a readable BibTeX file: ${first}`, lineOf(first));
  }
  if (result.records.length === 0 && result.skipped.length === 0)
    throw new FormatError('no BibTeX entries found (an entry starts with @article{, @book{, …)');
  for (const error of errors) {
    const at = lineOf(error);
    result.skipped.push({ position: 0, ...(at ? { line: at } : {}), reason: error });
  }
  return result;
}
