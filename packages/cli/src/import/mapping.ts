import {
  COUNTRY_CODES,
  KNOWLEDGE_AREAS,
  RESOURCE_TYPES,
  UI_LANGUAGES,
  VOCABULARIES,
  countryName,
} from '@asm-kit/schema';
import { splitPersonalName } from '@asm-kit/crosswalk';
import type { SourceName, SourceRecord } from './record.js';

// The guesses of the importer, shared by every format: resource types, languages, names, dates, identifiers
// and keywords. Each guess that may be wrong leaves a note the data owner reads in the report.

/** A resource in the written form of a catalogue (what `asm-kit validate` reads), without its id yet. */
export interface DraftResource {
  id?: string;
  url?: string;
  title: Record<string, string>;
  summary?: Record<string, string>;
  type: string;
  knowledgeAreas?: string[];
  keywords?: string[];
  languages?: string[];
  files?: { url: string; language: string }[];
  published?: string;
  authors?: { name: string }[];
  organizations?: { name: string; role: 'author' | 'publisher' }[];
  countries?: string[];
  series?: { name: string; number?: string };
  container?: {
    type: 'journal' | 'book';
    title: string;
    volume?: string;
    issue?: string;
    pages?: string;
    publisher?: string;
  };
  identifiers?: { doi?: string; isbn?: string[]; handle?: string };
  license?: string;
  access?: 'open' | 'registration' | 'paywalled';
  version?: string;
  duration?: string;
}

/** One mapped record with what the report says about it. */
export interface Draft {
  position: number;
  line?: number;
  key?: string;
  /** Language of this record (one language version), when known. */
  language?: string;
  resource: DraftResource;
  /** Catalogue fields that received a value. */
  mapped: string[];
  /** What the data owner should check: guesses, missing values. */
  attention: string[];
  /** Source fields or values that were not kept. */
  dropped: string[];
}

/** Options of the mapping. */
export interface MappingOptions {
  /** Language of titles whose record names none. */
  defaultLanguage: string;
  /** Folded keyword -> knowledge-area slug, from `--areas`. */
  areas?: ReadonlyMap<string, string>;
}

/** Lower case, no accents, straight apostrophes, single spaces: how keywords and titles are compared. */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------------------
// Types

// The inverse of the crosswalk's CSL table: what a CSL type most likely was in the catalogue.
const FROM_CSL: Readonly<Record<string, string>> = {
  report: 'report',
  'article-journal': 'academic-article',
  article: 'academic-article',
  'article-magazine': 'academic-article',
  book: 'book',
  chapter: 'book-chapter',
  'paper-conference': 'conference-paper',
  thesis: 'thesis',
  motion_picture: 'video',
  broadcast: 'video',
  speech: 'presentation',
  graphic: 'infographic-poster',
  dataset: 'dataset',
  map: 'map',
  standard: 'standard',
  software: 'tool',
  legislation: 'policy-document',
  regulation: 'policy-document',
  bill: 'policy-document',
};

let typeLabels: Map<string, string> | undefined;

/** Folded label (any UI language) or slug of a built-in resource type -> slug. */
function typeByLabel(label: string): string | undefined {
  if (!typeLabels) {
    typeLabels = new Map();
    for (const slug of RESOURCE_TYPES) {
      typeLabels.set(slug, slug);
      for (const language of UI_LANGUAGES) {
        typeLabels.set(fold(VOCABULARIES.resourceTypes[slug]![language]), slug);
      }
    }
  }
  return typeLabels.get(fold(label).replace(/\s+/g, ' '));
}

/**
 * The resource type of a record: its genre when the genre is a type label ('Policy brief', 'Guía'), else
 * the type its CSL type stands for; `guessed` false when neither says anything.
 */
export function resourceType(record: Pick<SourceRecord, 'cslType' | 'genre' | 'sourceType'>): {
  type: string;
  guessed: boolean;
} {
  const byGenre = record.genre ? typeByLabel(record.genre) : undefined;
  if (byGenre) return { type: byGenre, guessed: true };
  const byCsl = record.cslType ? FROM_CSL[record.cslType] : undefined;
  if (byCsl) return { type: byCsl, guessed: true };
  const byWord = record.sourceType ? typeByLabel(record.sourceType) : undefined;
  if (byWord) return { type: byWord, guessed: true };
  return { type: 'report', guessed: false };
}

// ---------------------------------------------------------------------------------------------------------
// Languages

const LANGUAGE_WORDS: Readonly<Record<string, string>> = {
  // babel / polyglossia names (BibLaTeX langid)
  english: 'en',
  american: 'en-US',
  usenglish: 'en-US',
  british: 'en-GB',
  ukenglish: 'en-GB',
  french: 'fr',
  francais: 'fr',
  spanish: 'es',
  portuguese: 'pt',
  brazilian: 'pt-BR',
  brazil: 'pt-BR',
  indonesian: 'id',
  bahasa: 'id',
  dutch: 'nl',
  german: 'de',
  ngerman: 'de',
  italian: 'it',
  swahili: 'sw',
  russian: 'ru',
  arabic: 'ar',
  chinese: 'zh',
  mongolian: 'mn',
  filipino: 'fil',
  malagasy: 'mg',
  // ISO 639-2 (B and T) codes that library systems write
  eng: 'en',
  fre: 'fr',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ind: 'id',
  dut: 'nl',
  nld: 'nl',
  ger: 'de',
  deu: 'de',
  ita: 'it',
  swa: 'sw',
  rus: 'ru',
  ara: 'ar',
  chi: 'zh',
  zho: 'zh',
  mon: 'mn',
  mlg: 'mg',
};

let languageNames: Map<string, string> | undefined;

/** Folded names of the two-letter languages in the UI languages ('espagnol', 'spanish') -> code. */
function languageByName(name: string): string | undefined {
  if (!languageNames) {
    languageNames = new Map();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const display of UI_LANGUAGES) {
      const names = new Intl.DisplayNames(display, { type: 'language', fallback: 'none' });
      for (const a of letters)
        for (const b of letters) {
          const found = names.of(a + b);
          if (found && !languageNames.has(fold(found))) languageNames.set(fold(found), a + b);
        }
    }
  }
  return languageNames.get(fold(name));
}

const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/**
 * A BCP 47 tag for a language as a source writes it: 'english' and 'eng' -> 'en', 'en_us' -> 'en-US',
 * 'Français' -> 'fr'; undefined when it cannot tell.
 * @example normalizeLanguage('brazilian') // 'pt-BR'
 */
export function normalizeLanguage(value: string): string | undefined {
  const raw = value.trim().replace(/_/g, '-');
  const word = fold(raw);
  if (Object.hasOwn(LANGUAGE_WORDS, word)) return LANGUAGE_WORDS[word];
  if (TAG.test(raw)) {
    try {
      const [canonical] = Intl.getCanonicalLocales(raw);
      const primary = canonical?.split('-')[0] ?? '';
      const known = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(primary);
      if (canonical && known) return canonical;
    } catch {
      // not a tag after all: try it as a name
    }
  }
  return languageByName(raw);
}

// ---------------------------------------------------------------------------------------------------------
// Names

/**
 * A person's name as the catalogue writes it: 'Jan van der Berg' when the crosswalk splits that back into the
 * same parts, else the explicit 'Racionero Gómez, Blanca' form, which it always honours.
 */
export function catalogueName(name: SourceName): string | undefined {
  if (name.name !== undefined && name.family === undefined) {
    const whole = name.name.replace(/\s+/g, ' ').trim();
    return whole === '' ? undefined : whole;
  }
  const family = [name.particle, name.family].filter(Boolean).join(' ').trim();
  const given = (name.given ?? '').trim();
  if (!family) return given || undefined;
  if (!given) return family;
  const plain = [given, family, name.suffix].filter(Boolean).join(' ');
  const split = splitPersonalName(plain);
  const sameFamily = [split['non-dropping-particle'], split.family].filter(Boolean).join(' ') === family;
  if (sameFamily && split.given === given && (split.suffix ?? '') === (name.suffix ?? '')) return plain;
  return [family, given, name.suffix].filter(Boolean).join(', ');
}

// ---------------------------------------------------------------------------------------------------------
// Dates

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function partial(year: number, month?: number, day?: number): string {
  if (month === undefined || month < 1 || month > 12) return String(year);
  if (day === undefined || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A catalogue date ('2019', '2019-05', '2019-05-03') from what a source writes; `exact` false when only a year
 * could be picked out of free text ('Spring 2019', 'c2019').
 */
export function normalizeDate(value: string | number[]): { date: string; exact: boolean } | undefined {
  if (Array.isArray(value)) {
    const [year, month, day] = value.map(Number);
    if (year === undefined || !Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
    return { date: partial(year, month, day), exact: true };
  }
  const clean = value.trim();
  const iso = /^(\d{4})(?:[-/](\d{1,2})?(?:[-/](\d{1,2})?)?)?\/?(?:[T ].*)?$/.exec(clean);
  if (iso) {
    const month = iso[2] ? Number(iso[2]) : undefined;
    const day = iso[3] ? Number(iso[3]) : undefined;
    return { date: partial(Number(iso[1]), month, day), exact: true };
  }
  const named = /^(?:(\d{1,2})\s+)?([a-z]{3})[a-z]*\.?\s+(\d{4})$/i.exec(clean);
  const month = named ? MONTHS[named[2]!.toLowerCase()] : undefined;
  if (named && month) {
    return { date: partial(Number(named[3]), month, named[1] ? Number(named[1]) : undefined), exact: true };
  }
  const year = /(?:^|\D)((?:1[5-9]|20)\d{2})(?:\D|$)/.exec(clean);
  return year ? { date: year[1]!, exact: false } : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Identifiers and links

/** A DOI without its resolver prefix ('https://doi.org/10.1/x', 'doi:10.1/x' -> '10.1/x'). */
export function normalizeDoi(value: string): string | undefined {
  const doi = value
    .trim()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
    .trim();
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined;
}

/** The Handle of a hdl.handle.net link ('https://hdl.handle.net/10986/1234' -> '10986/1234'). */
export function handleOf(url: string): string | undefined {
  const match = /^https?:\/\/hdl\.handle\.net\/(\d+(?:\.\d+)*\/\S+)$/i.exec(url.trim());
  return match?.[1];
}

/** The ISBNs in a field ('978-92-1-158385-1, 9789211583851' or 'ISBN 92-1-158385-X'). */
export function splitIsbns(value: string): string[] {
  return value
    .split(/[,;]|\s(?=ISBN)/i)
    .map((part) =>
      part
        .replace(/^\s*ISBN(?:-1[03])?:?\s*/i, '')
        .replace(/\s*\(.*\)\s*$/, '')
        .trim(),
    )
    .filter((part) => /^[0-9][0-9 -]{8,15}[0-9Xx]$/.test(part));
}

/** True for an absolute http(s) link: the only links a catalogue keeps. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !/\s/.test(value);
  } catch {
    return false;
  }
}

const LICENSE = /^(?:[A-Za-z0-9][A-Za-z0-9.+-]*|https?:\/\/\S+)$/;

// ---------------------------------------------------------------------------------------------------------
// Keywords

let areaLabels: Map<string, string> | undefined;
let countryNames: Map<string, string> | undefined;

function areaByLabel(keyword: string): string | undefined {
  if (!areaLabels) {
    areaLabels = new Map();
    for (const slug of KNOWLEDGE_AREAS) {
      areaLabels.set(slug, slug);
      for (const language of UI_LANGUAGES)
        areaLabels.set(fold(VOCABULARIES.knowledgeAreas[slug]![language]), slug);
    }
  }
  return areaLabels.get(keyword);
}

function countryByName(keyword: string): string | undefined {
  if (!countryNames) {
    countryNames = new Map();
    for (const code of COUNTRY_CODES)
      for (const language of UI_LANGUAGES) {
        const name = countryName(code, language);
        if (name !== code) countryNames.set(fold(name.replace(/[’']/g, "'")), code);
      }
  }
  return countryNames.get(keyword.replace(/[’']/g, "'"));
}

/**
 * Sorts a record's keywords: those the `--areas` file maps, and the labels of built-in knowledge areas (what
 * `asm-kit export` writes), become knowledge areas; country names become countries; the rest stay keywords.
 */
export function classifyKeywords(
  keywords: readonly string[],
  areas: ReadonlyMap<string, string> | undefined,
): { areas: string[]; countries: string[]; keywords: string[] } {
  const result = { areas: [] as string[], countries: [] as string[], keywords: [] as string[] };
  const seen = new Set<string>();
  for (const keyword of keywords) {
    const folded = fold(keyword);
    if (folded === '' || seen.has(folded)) continue;
    seen.add(folded);
    const area = areas?.get(folded) ?? areaByLabel(folded);
    const country = area ? undefined : countryByName(folded);
    if (area) result.areas.push(area);
    else if (country) result.countries.push(country);
    else result.keywords.push(keyword.replace(/\s+/g, ' ').trim());
  }
  result.areas = [...new Set(result.areas)];
  result.countries = [...new Set(result.countries)];
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// The record

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
    if (LICENSE.test(license.trim())) {
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
