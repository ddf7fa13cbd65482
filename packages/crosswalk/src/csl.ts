import { termLabel } from '@asm-kit/schema';
import type { ExtraTerms, Resource } from '@asm-kit/schema';
import { dateParts } from './internal/dates.js';
import { wordsLanguage } from './internal/languages.js';
import { textIn } from './internal/text.js';
import { splitPersonalName } from './names.js';
import type { CslName } from './names.js';

/** CSL item types the crosswalk produces (a subset of CSL 1.0.2). */
export type CslType =
  | 'report'
  | 'article-journal'
  | 'book'
  | 'chapter'
  | 'paper-conference'
  | 'thesis'
  | 'motion_picture'
  | 'speech'
  | 'graphic'
  | 'dataset'
  | 'map'
  | 'standard'
  | 'software'
  | 'document';

/** A CSL-JSON item, as citeproc-js, Zotero, Pandoc and reference managers read it. */
export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  abstract?: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  publisher?: string;
  'container-title'?: string;
  'collection-title'?: string;
  'collection-number'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  genre?: string;
  language?: string;
  URL?: string;
  DOI?: string;
  ISBN?: string;
  keyword?: string;
  license?: string;
  version?: string;
  dimensions?: string;
  'number-of-pages'?: string;
}

/** Options of {@link toCsl}. */
export interface CslOptions {
  /** Catalogue extra terms, so that labels of catalogue-specific types and knowledge areas are found. */
  extraTerms?: ExtraTerms;
}

const CSL_TYPES: Readonly<Record<string, CslType>> = {
  report: 'report',
  guide: 'report',
  'case-study': 'report',
  'policy-brief': 'report',
  'workshop-report': 'report',
  'country-profile': 'report',
  toolkit: 'document',
  'training-material': 'document',
  'policy-document': 'document',
  newsletter: 'document',
  'academic-article': 'article-journal',
  book: 'book',
  'book-chapter': 'chapter',
  'conference-paper': 'paper-conference',
  thesis: 'thesis',
  video: 'motion_picture',
  webinar: 'motion_picture',
  presentation: 'speech',
  'infographic-poster': 'graphic',
  dataset: 'dataset',
  map: 'map',
  standard: 'standard',
  tool: 'software',
};

// Types whose CSL type already says what they are; the others carry their label as CSL `genre`
// ('Policy brief', 'Note d'orientation') so that a citation shows it in brackets.
const SELF_DESCRIBING = new Set(['report', 'academic-article', 'book', 'book-chapter', 'conference-paper']);

/** CSL type of a resource type slug; catalogue-specific types become 'document'. */
export function cslType(resourceType: string): CslType {
  return CSL_TYPES[resourceType] ?? 'document';
}

/** Organizations of a resource with a role, by name. */
export function organizationNames(resource: Resource, role: string): string[] {
  return resource.organizations.filter((organization) => organization.role === role).map((o) => o.name);
}

/**
 * Authors as CSL names: the people, split into parts; when no person is named, the organizations with the role
 * 'author' as literal (corporate) names, which citation styles print whole.
 */
export function cslAuthors(resource: Resource): CslName[] {
  if (resource.authors.length > 0) return resource.authors.map((author) => splitPersonalName(author.name));
  return organizationNames(resource, 'author').map((literal) => ({ literal }));
}

/** The language versions of a resource: its languages, else the languages its title is written in. */
export function languageVersions(resource: Resource): string[] {
  if (resource.languages.length > 0) return [...resource.languages];
  return Object.keys(resource.title).slice(0, 1);
}

/** Item id of one language version: the resource id alone when it has one version, else `id_lang`. */
export function cslId(resource: Resource, language: string, versions: number): string {
  return versions > 1 ? `${resource.id}_${language.toLowerCase()}` : resource.id;
}

/** CSL item of one language version of a resource. */
export function toCslItem(resource: Resource, language: string, options: CslOptions = {}): CslItem {
  const versions = languageVersions(resource);
  const labelLanguage = wordsLanguage(language);
  const item: CslItem = {
    id: cslId(resource, language, Math.max(versions.length, 1)),
    type: cslType(resource.type),
    title: textIn(resource.title, language) ?? resource.id,
  };
  const abstract = textIn(resource.summary, language);
  if (abstract) item.abstract = abstract;
  const authors = cslAuthors(resource);
  if (authors.length > 0) item.author = authors;
  const date = dateParts(resource.published);
  if (date) {
    const parts = [date.year];
    if (date.month) parts.push(date.month);
    if (date.day) parts.push(date.day);
    item.issued = { 'date-parts': [parts] };
  }
  const publishers = organizationNames(resource, 'publisher');
  if (resource.container?.publisher) item.publisher = resource.container.publisher;
  else if (publishers.length > 0) item.publisher = publishers.join('; ');
  if (resource.container) {
    item['container-title'] = resource.container.title;
    if (resource.container.volume) item.volume = resource.container.volume;
    if (resource.container.issue) item.issue = resource.container.issue;
    if (resource.container.pages) item.page = resource.container.pages;
  }
  if (resource.series) {
    item['collection-title'] = resource.series.name;
    if (resource.series.number) item['collection-number'] = resource.series.number;
  }
  if (!SELF_DESCRIBING.has(resource.type)) {
    item.genre = termLabel('resourceTypes', resource.type, labelLanguage, options.extraTerms);
  }
  if (language) item.language = language;
  const file = resource.files.find((candidate) => candidate.language === language);
  const url = resource.url ?? file?.url;
  if (url) item.URL = url;
  if (resource.identifiers.doi) item.DOI = resource.identifiers.doi;
  if (resource.identifiers.isbn && resource.identifiers.isbn.length > 0) {
    item.ISBN = resource.identifiers.isbn.join(', ');
  }
  const keywords = [
    ...resource.knowledgeAreas.map((area) =>
      termLabel('knowledgeAreas', area, labelLanguage, options.extraTerms),
    ),
    ...resource.keywords,
  ];
  if (keywords.length > 0) item.keyword = keywords.join(', ');
  if (resource.license) item.license = resource.license;
  if (resource.version) item.version = resource.version;
  if (resource.duration) item.dimensions = resource.duration;
  if (file?.pages) item['number-of-pages'] = String(file.pages);
  return item;
}

/**
 * CSL-JSON items for resources: one item per language version, because a citation names one edition, and
 * corporate authors as `{ literal }` so they are never split into given and family names.
 * @example toCsl(resource) // [{ id: 'taxes-fees_en', type: 'report', issued: { 'date-parts': [[2019]] }, ... }]
 */
export function toCsl(resources: Resource | readonly Resource[], options: CslOptions = {}): CslItem[] {
  const list: readonly Resource[] = Array.isArray(resources) ? resources : [resources as Resource];
  return list.flatMap((resource) =>
    languageVersions(resource).map((language) => toCslItem(resource, language, options)),
  );
}
