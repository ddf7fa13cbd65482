import { countryName, termLabel } from '@asm-kit/schema';
import type { Catalogue, ExtraTerms, LocalizedText, Resource } from '@asm-kit/schema';
import { mediaType } from './internal/languages.js';
import { textIn } from './internal/text.js';

/** A JSON-LD node as plain data, ready for `JSON.stringify` into a `<script type="application/ld+json">`. */
export type JsonLdNode = { [key: string]: JsonLdValue };
/** Any value a JSON-LD node holds. */
export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];

/** Options of {@link toJsonLd} and {@link resourceToJsonLd}. */
export interface JsonLdOptions {
  /** The catalogue the resources come from: names the page and its publisher, and lends its extra terms. */
  catalogue?: Pick<Catalogue, 'name' | 'publisher' | 'extraTerms'> &
    Partial<Pick<Catalogue, 'defaultLanguage'>>;
  /**
   * Language to write names and descriptions in as plain strings. Without it, text in several languages is
   * written as language-tagged values, and text in one language as a plain string.
   */
  language?: string;
  /** URL of the page that lists the resources (the CollectionPage `url`). */
  pageUrl?: string;
  /** Extra terms for labels of catalogue-specific types and knowledge areas (defaults to the catalogue's). */
  extraTerms?: ExtraTerms;
}

const SCHEMA_TYPES: Readonly<Record<string, string>> = {
  report: 'Report',
  'case-study': 'Report',
  'policy-brief': 'Report',
  'workshop-report': 'Report',
  'country-profile': 'Report',
  guide: 'LearningResource',
  toolkit: 'LearningResource',
  'training-material': 'LearningResource',
  'academic-article': 'ScholarlyArticle',
  'conference-paper': 'ScholarlyArticle',
  thesis: 'Thesis',
  book: 'Book',
  'book-chapter': 'Chapter',
  video: 'VideoObject',
  webinar: 'VideoObject',
  presentation: 'PresentationDigitalDocument',
  'infographic-poster': 'ImageObject',
  dataset: 'Dataset',
  map: 'Map',
  tool: 'WebApplication',
  standard: 'CreativeWork',
  'policy-document': 'CreativeWork',
  newsletter: 'CreativeWork',
};

/** schema.org type of a resource type slug; catalogue-specific types become CreativeWork. */
export function schemaOrgType(resourceType: string): string {
  return SCHEMA_TYPES[resourceType] ?? 'CreativeWork';
}

function localized(text: LocalizedText | undefined, language: string | undefined): JsonLdValue | undefined {
  if (!text) return undefined;
  const entries = Object.entries(text);
  if (entries.length === 0) return undefined;
  if (language || entries.length === 1) return textIn(text, language);
  return entries.map(([tag, value]) => ({ '@language': tag, '@value': value }));
}

function licenseUrl(license: string): string {
  // SPDX ids become their SPDX page so that the value is a URL, as search engines expect.
  return /^https?:\/\//.test(license) ? license : `https://spdx.org/licenses/${license}`;
}

function organization(name: string, url?: string): JsonLdNode {
  const node: JsonLdNode = { '@type': 'Organization', name };
  if (url) node.url = url;
  return node;
}

/** schema.org JSON-LD node of one resource (no `@context`: see {@link toJsonLd} or add one). */
export function resourceToJsonLd(resource: Resource, options: JsonLdOptions = {}): JsonLdNode {
  const extraTerms = options.extraTerms ?? options.catalogue?.extraTerms;
  const labelLanguage = options.language ?? 'en';
  const type = schemaOrgType(resource.type);
  const node: JsonLdNode = { '@type': type };
  if (resource.url) {
    node['@id'] = resource.url;
    node.url = resource.url;
  }
  node.identifier = resource.id;
  const name = localized(resource.title, options.language);
  if (name !== undefined) node.name = name;
  const description = localized(resource.summary, options.language);
  if (description !== undefined) node.description = description;
  const authors: JsonLdNode[] = resource.authors.map((author) => {
    const person: JsonLdNode = { '@type': 'Person', name: author.name };
    if (author.affiliation) person.affiliation = organization(author.affiliation);
    if (author.orcid) person.sameAs = `https://orcid.org/${author.orcid}`;
    return person;
  });
  const byRole = (role: string) =>
    resource.organizations.filter((o) => o.role === role).map((o) => organization(o.name, o.url));
  authors.push(...byRole('author'));
  if (authors.length > 0) node.author = authors;
  const publishers = byRole('publisher');
  if (publishers.length > 0) node.publisher = publishers;
  const funders = byRole('funder');
  if (funders.length > 0) node.funder = funders;
  if (resource.credit) node.creditText = resource.credit;
  if (resource.published) {
    node.datePublished = resource.published;
    // Google asks videos for an upload date; the publication date is the best one a catalogue has.
    if (type === 'VideoObject') node.uploadDate = resource.published;
  }
  if (resource.languages.length > 0) {
    node.inLanguage =
      resource.languages.length === 1 ? (resource.languages[0] ?? '') : [...resource.languages];
  }
  if (resource.files.length > 0) {
    node.encoding = resource.files.map((file) => {
      const media: JsonLdNode = { '@type': 'MediaObject', contentUrl: file.url, inLanguage: file.language };
      const format = mediaType(file.format) ?? file.format;
      if (format) media.encodingFormat = format;
      if (file.size !== undefined) media.contentSize = `${file.size} B`;
      if (file.pages !== undefined) media.numberOfPages = file.pages;
      return media;
    });
  }
  if (resource.countries.length > 0) {
    node.spatialCoverage = resource.countries.map((code) => ({
      '@type': 'Country',
      name: countryName(code, labelLanguage),
      identifier: code,
    }));
  }
  if (resource.knowledgeAreas.length > 0) {
    node.about = resource.knowledgeAreas.map((area) => ({
      '@type': 'DefinedTerm',
      name: termLabel('knowledgeAreas', area, labelLanguage, extraTerms),
      termCode: area,
    }));
  }
  if (resource.keywords.length > 0) node.keywords = [...resource.keywords];
  if (resource.audiences.length > 0) {
    node.audience = resource.audiences.map((audience) => ({
      '@type': 'Audience',
      audienceType: termLabel('audiences', audience, labelLanguage),
    }));
  }
  if (type === 'LearningResource') {
    node.learningResourceType = termLabel('resourceTypes', resource.type, labelLanguage, extraTerms);
  } else if (type === 'CreativeWork' || type === 'Report') {
    node.genre = termLabel('resourceTypes', resource.type, labelLanguage, extraTerms);
  }
  const partOf: JsonLdNode[] = [];
  if (resource.series) {
    partOf.push({ '@type': 'CreativeWorkSeries', name: resource.series.name });
    if (resource.series.number) node.position = resource.series.number;
  }
  if (resource.container) {
    const container: JsonLdNode = {
      '@type': resource.container.type === 'journal' ? 'Periodical' : 'Book',
      name: resource.container.title,
    };
    if (resource.container.volume) container.volumeNumber = resource.container.volume;
    if (resource.container.issue) container.issueNumber = resource.container.issue;
    if (resource.container.publisher) container.publisher = organization(resource.container.publisher);
    partOf.push(container);
    if (resource.container.pages) node.pagination = resource.container.pages;
  }
  if (partOf.length > 0) node.isPartOf = partOf.length === 1 ? (partOf[0] as JsonLdNode) : partOf;
  const sameAs: string[] = [];
  const identifiers: JsonLdValue[] = [resource.id];
  if (resource.identifiers.doi) {
    sameAs.push(`https://doi.org/${resource.identifiers.doi}`);
    identifiers.push({ '@type': 'PropertyValue', propertyID: 'DOI', value: resource.identifiers.doi });
  }
  if (resource.identifiers.handle) {
    sameAs.push(`https://hdl.handle.net/${resource.identifiers.handle}`);
    identifiers.push({ '@type': 'PropertyValue', propertyID: 'Handle', value: resource.identifiers.handle });
  }
  if (identifiers.length > 1) node.identifier = identifiers;
  if (sameAs.length > 0) node.sameAs = sameAs;
  if (resource.identifiers.isbn && resource.identifiers.isbn.length > 0) {
    if (type === 'Book') node.isbn = [...resource.identifiers.isbn];
    else
      node.identifier = [
        ...identifiers,
        ...resource.identifiers.isbn.map((isbn) => ({
          '@type': 'PropertyValue',
          propertyID: 'ISBN',
          value: isbn,
        })),
      ];
  }
  if (resource.license) node.license = licenseUrl(resource.license);
  if (resource.access) node.isAccessibleForFree = resource.access === 'open';
  if (resource.version) node.version = resource.version;
  if (resource.thumbnail) node.thumbnailUrl = resource.thumbnail;
  if (resource.duration) node.duration = resource.duration;
  return node;
}

/**
 * schema.org JSON-LD for a listing: a CollectionPage whose main entity is an ItemList of the resources, in
 * order. Plain objects, so the caller decides where they go: in the page head or the light DOM, never in a
 * shadow root, which crawlers do not read.
 * @example script.textContent = JSON.stringify(toJsonLd(hits.map((h) => h.resource), { catalogue }));
 */
export function toJsonLd(resources: readonly Resource[], options: JsonLdOptions = {}): JsonLdNode {
  const page: JsonLdNode = { '@context': 'https://schema.org', '@type': 'CollectionPage' };
  if (options.pageUrl) page.url = options.pageUrl;
  const catalogue = options.catalogue;
  if (catalogue) {
    const name = localized(catalogue.name, options.language ?? catalogue.defaultLanguage);
    if (name !== undefined) page.name = name;
    if (catalogue.publisher) page.publisher = organization(catalogue.publisher);
  }
  page.mainEntity = {
    '@type': 'ItemList',
    numberOfItems: resources.length,
    itemListElement: resources.map((resource, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: resourceToJsonLd(resource, options),
    })),
  };
  return page;
}
