import { COUNTRY_CODES, LICENSE_PATTERN } from '@asm-kit/schema';
import type { SourceRecord } from './record.js';
import { fold } from './draft.js';
import type { Draft, DraftResource, MappingOptions } from './draft.js';
import { resourceType } from './guess-type.js';
import { normalizeLanguage } from './guess-language.js';
import { catalogueName, handleOf, isHttpUrl, normalizeDate, normalizeDoi, splitIsbns } from './values.js';
import { classifyKeywords } from './keywords.js';

// One imported record mapped onto the resource model, with what the report says about it.

function unique<T>(values: readonly T[], key: (value: T) => string = String): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Maps one source record onto the resource model, with the report's notes; undefined (and a reason) when the
 * record has no title, the one thing a resource cannot do without.
 */
export function mapRecord(
  record: SourceRecord,
  options: MappingOptions,
): { draft: Draft } | { skipped: string } {
  if (!record.title) return { skipped: 'it has no title' };
  const attention: string[] = [];
  const dropped = [...record.dropped];
  const mapped: string[] = ['title'];

  // Languages: the first is the language of the title and abstract.
  const languages: string[] = [];
  for (const raw of record.languages) {
    const tag = normalizeLanguage(raw);
    if (tag) languages.push(tag);
    else attention.push(`unknown language '${raw}' (dropped): add the BCP 47 tag to languages`);
  }
  const language = unique(languages)[0];
  const textLanguage = language ?? options.defaultLanguage;
  if (!language && record.languages.length === 0)
    attention.push(`no language: the title was taken to be in '${options.defaultLanguage}'`);

  const { type, guessed } = resourceType(record);
  if (!guessed)
    attention.push(`no type guessed from '${record.sourceType ?? '(none)'}': set to 'report', check it`);
  const resource: DraftResource = { title: { [textLanguage]: record.title }, type };
  mapped.push('type');
  if (record.abstract) {
    resource.summary = { [textLanguage]: record.abstract };
    mapped.push('summary');
  }
  if (languages.length > 0) {
    resource.languages = unique(languages);
    mapped.push('languages');
  }

  // People: persons are authors; corporate names are organizations with the role 'author'.
  const authors = record.people.map(catalogueName).filter((name): name is string => !!name);
  const editors = record.editors.map(catalogueName).filter((name): name is string => !!name);
  if (authors.length === 0 && editors.length > 0) {
    authors.push(...editors);
    attention.push(`no author: the editors (${editors.join('; ')}) were taken as authors`);
  } else if (editors.length > 0) {
    dropped.push(`editors (${editors.join('; ')})`);
  }
  if (authors.length > 0) {
    resource.authors = unique(authors).map((name) => ({ name }));
    mapped.push('authors');
  }
  const organizations: NonNullable<DraftResource['organizations']> = [];
  for (const name of record.corporate) organizations.push({ name, role: 'author' });

  // Container: an article's journal or a chapter's book; a book's publisher is the container's.
  const publishers = unique(
    record.publishers.flatMap((publisher) => publisher.split(/\s*;\s*/)).filter(Boolean),
  );
  if (record.container) {
    const isJournal = type === 'academic-article' || record.cslType === 'article-journal';
    resource.container = { type: isJournal ? 'journal' : 'book', title: record.container.title };
    for (const key of ['volume', 'issue', 'pages'] as const) {
      const value = record.container[key];
      if (value) resource.container[key] = value;
    }
    if (publishers.length > 0) resource.container.publisher = publishers.join('; ');
    mapped.push('container');
  } else {
    for (const name of publishers) organizations.push({ name, role: 'publisher' });
  }
  if (organizations.length > 0) {
    resource.organizations = unique(organizations, (o) => `${o.role}\u0000${fold(o.name)}`);
    mapped.push('organizations');
  }
  if (!resource.authors && !record.corporate.length)
    attention.push('no author: add the people or organizations who wrote it');

  // Date.
  const date = record.date === undefined ? undefined : normalizeDate(record.date);
  if (date) {
    resource.published = date.date;
    mapped.push('published');
    if (!date.exact) attention.push(`date '${String(record.date)}' was read as the year ${date.date}`);
  } else if (record.date !== undefined) {
    attention.push(`no year: the date '${String(record.date)}' could not be read`);
  } else {
    attention.push('no year: add the publication date');
  }

  // Identifiers and links.
  const identifiers: NonNullable<DraftResource['identifiers']> = {};
  if (record.doi) {
    const doi = normalizeDoi(record.doi);
    if (doi) identifiers.doi = doi;
    else dropped.push(`DOI '${record.doi}' (not a DOI)`);
  }
  const isbns = unique(record.isbn.flatMap(splitIsbns));
  if (isbns.length > 0) identifiers.isbn = isbns;
  const urls: string[] = [];
  for (const url of unique(record.urls)) {
    const doi = /doi\.org\//i.test(url) ? normalizeDoi(url) : undefined;
    const handle = handleOf(url);
    if (doi && !identifiers.doi) identifiers.doi = doi;
    if (handle && !identifiers.handle) identifiers.handle = handle;
    if (isHttpUrl(url)) urls.push(url);
    else if (!doi) dropped.push(`link '${url}' (not an http(s) link)`);
  }
  if (Object.keys(identifiers).length > 0) {
    resource.identifiers = identifiers;
    mapped.push('identifiers');
  }
  // A DOI link is the DOI, not the landing page, unless it is the only link.
  const landing = urls.find((url) => !/doi\.org\//i.test(url)) ?? urls[0];
  if (landing) {
    resource.url = landing;
    mapped.push('url');
  }
  const files = unique(record.fileUrls.filter(isHttpUrl));
  if (files.length > 0) {
    resource.files = files.map((url) => ({ url, language: textLanguage }));
    mapped.push('files');
    if (!language) attention.push(`files were taken to be in '${textLanguage}'`);
  }
  for (const url of record.fileUrls.filter((url) => !isHttpUrl(url)))
    dropped.push(`file '${url}' (not an http(s) link)`);

  // Keywords, knowledge areas and countries.
  const classified = classifyKeywords(record.keywords, options.areas);
  for (const place of record.coverage) {
    const byCode = /^[a-z]{2}$/i.test(place.trim()) ? place.trim().toUpperCase() : undefined;
    const code =
      byCode && (COUNTRY_CODES as readonly string[]).includes(byCode)
        ? byCode
        : classifyKeywords([place], undefined).countries[0];
    if (code) classified.countries.push(code);
    else classified.keywords.push(place);
  }
  if (classified.areas.length > 0) {
    resource.knowledgeAreas = classified.areas;
    mapped.push('knowledgeAreas');
  }
  if (classified.keywords.length > 0) {
    resource.keywords = unique(classified.keywords, fold);
    mapped.push('keywords');
  }
  if (classified.countries.length > 0) {
    resource.countries = unique(classified.countries);
    mapped.push('countries');
  }

  // Series, rights, version.
  if (record.series) {
    resource.series = { name: record.series.name };
    if (record.series.number) resource.series.number = record.series.number;
    mapped.push('series');
  }
  let license = record.license;
  let access = record.access;
  for (const note of record.notes) {
    for (const part of note.split(/\.\s+(?=License:|Access:)/)) {
      const match = /^(License|Access):\s*(.+?)\.?$/i.exec(part.trim());
      if (match?.[1]?.toLowerCase() === 'license') license ??= match[2];
      else if (match?.[1]?.toLowerCase() === 'access') access ??= match[2];
      else dropped.push(`note '${part.trim().slice(0, 60)}'`);
    }
  }
  if (license) {
    if (LICENSE_PATTERN.test(license.trim())) {
      resource.license = license.trim();
      mapped.push('license');
    } else dropped.push(`license '${license.slice(0, 60)}' (not an SPDX id or a link)`);
  }
  if (access) {
    const level = fold(access);
    if (level === 'open' || level === 'registration' || level === 'paywalled') {
      resource.access = level;
      mapped.push('access');
    } else dropped.push(`access '${access}'`);
  }
  if (record.version) {
    resource.version = record.version;
    mapped.push('version');
  }
  if (record.duration) {
    resource.duration = record.duration;
    mapped.push('duration');
  }
  if (record.pages && !record.container) dropped.push(`number of pages (${record.pages})`);

  const draft: Draft = { position: record.position, resource, mapped, attention, dropped };
  if (record.line !== undefined) draft.line = record.line;
  if (record.key !== undefined) draft.key = record.key;
  if (language !== undefined) draft.language = language;
  return { draft };
}
