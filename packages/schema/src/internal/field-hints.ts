import type { VocabularyName } from '../vocabularies/index.js';
import type { IssueCode } from '../issues.js';

/** What a field holds, in words a data owner understands; used in issue messages and the JSON Schema. */
export interface FieldHint {
  /** Noun phrase for "not a valid …" / "not a known …". */
  label: string;
  /** What is expected, completing "Expected …". */
  expected: string;
  /** A valid value, as written in the JSON file. */
  example: string;
  /** Code of an issue with the value's content (its type and presence have codes of their own). */
  code: IssueCode;
  /** For a list: what one element is, to describe a problem with one element. */
  item?: { expected: string; example: string };
  /** Vocabulary whose terms the field holds, for "did you mean" suggestions. */
  vocabulary?: VocabularyName;
}

const TEXT: Omit<FieldHint, 'label' | 'example'> = { expected: 'non-empty text', code: 'empty-value' };
const LOCALIZED =
  "text, or an object of language tag -> text with at least one entry (plain text is in the catalogue's defaultLanguage)";
const LANGUAGE: Omit<FieldHint, 'example'> = {
  label: 'language tag',
  expected: 'a BCP 47 language tag',
  code: 'invalid-language',
};
const URL: Omit<FieldHint, 'example' | 'label'> = {
  expected: 'a full http(s) link',
  code: 'invalid-url',
};
const ID: Omit<FieldHint, 'label'> = {
  expected: 'an id of lowercase letters, digits and single hyphens',
  example: '"mercury-free-processing-guide"',
  code: 'invalid-id',
};

/**
 * Hints by field path, array indices left out ('files.url' is resources[*].files[*].url). Catalogue
 * envelope fields and resource fields share the table: their names never clash.
 */
export const FIELD_HINTS: Readonly<Record<string, FieldHint>> = /* @__PURE__ */ fieldHints();

// A function, so that bundlers can drop the table (the spreads look like side effects to them).
function fieldHints(): Readonly<Record<string, FieldHint>> {
  return {
    schemaVersion: {
      label: 'schema version',
      expected: 'the schema version "1.0"',
      example: '"1.0"',
      code: 'unsupported-schema-version',
    },
    name: {
      ...TEXT,
      label: 'catalogue name',
      expected: LOCALIZED,
      example: '"planetGOLD knowledge library"',
    },
    publisher: { ...TEXT, label: 'publisher', example: '"planetGOLD"' },
    defaultLanguage: { ...LANGUAGE, example: '"en"' },
    updated: {
      label: 'date',
      expected: 'a date written YYYY-MM-DD',
      example: '"2024-06-30"',
      code: 'invalid-date',
    },
    extraTerms: {
      label: 'set of extra terms',
      expected:
        'an object with resourceTypes and/or knowledgeAreas, each mapping a new slug to its labels by language',
      example: '{ "knowledgeAreas": { "water": { "en": "Water", "fr": "Eau" } } }',
      code: 'invalid-value',
    },
    resources: {
      label: 'list of resources',
      expected: 'a list of resources, each an object with at least id, title and type',
      example: '[{ "id": "mercury-guide", "title": "Mercury guide", "type": "guide" }]',
      code: 'invalid-type',
    },

    id: { ...ID, label: 'id' },
    url: { ...URL, label: 'link', example: '"https://www.planetgold.org/resources/guide"' },
    title: {
      ...TEXT,
      label: 'title',
      expected: LOCALIZED,
      example: '{ "en": "Mercury-free gold processing", "fr": "Traitement de l\'or sans mercure" }',
    },
    summary: {
      ...TEXT,
      label: 'summary',
      expected: LOCALIZED,
      example: '"A one-paragraph summary of the resource."',
    },
    type: {
      label: 'resource type',
      expected: 'a resource type slug or a resourceTypes term the catalogue declares in extraTerms',
      example: '"report"',
      code: 'unknown-term',
      vocabulary: 'resourceTypes',
    },
    knowledgeAreas: {
      item: {
        expected: 'a knowledge area slug or a knowledgeAreas term the catalogue declares in extraTerms',
        example: '"mercury-reduction"',
      },
      label: 'knowledge area',
      expected: 'a list of knowledge area slugs or knowledgeAreas terms the catalogue declares in extraTerms',
      example: '["mercury-reduction", "formalization"]',
      code: 'unknown-term',
      vocabulary: 'knowledgeAreas',
    },
    keywords: {
      item: { expected: 'a non-empty keyword', example: '"retorts"' },
      ...TEXT,
      label: 'keyword',
      expected: 'a list of non-empty keywords',
      example: '["cyanide", "retorts"]',
    },
    commodities: {
      item: {
        expected: 'a commodity slug: gold, diamonds, coloured-gemstones, 3t, cobalt or other',
        example: '"gold"',
      },
      label: 'commodity',
      expected: 'a list of commodity slugs',
      example: '["gold"]',
      code: 'unknown-term',
      vocabulary: 'commodities',
    },
    audiences: {
      item: {
        expected: 'an audience slug: miners, government, industry, ngos, researchers, media or donors',
        example: '"miners"',
      },
      label: 'audience',
      expected: 'a list of audience slugs',
      example: '["miners", "government"]',
      code: 'unknown-term',
      vocabulary: 'audiences',
    },
    languages: {
      item: { expected: 'a BCP 47 language tag', example: '"fr"' },
      ...LANGUAGE,
      expected: 'a list of BCP 47 language tags',
      example: '["en", "fr", "es-419"]',
    },
    files: {
      item: {
        expected: 'a file object with url and language',
        example: '{ "url": "https://example.org/guide-en.pdf", "language": "en" }',
      },
      label: 'file',
      expected: 'a list of files, each with url and language',
      example: '[{ "url": "https://example.org/guide-en.pdf", "language": "en" }]',
      code: 'invalid-type',
    },
    'files.url': { ...URL, label: 'file link', example: '"https://example.org/guide-en.pdf"' },
    'files.language': { ...LANGUAGE, example: '"fr"' },
    'files.format': { ...TEXT, label: 'file format', example: '"pdf"' },
    'files.size': {
      label: 'file size',
      expected: 'a size in bytes, a whole number above 0',
      example: '2480000',
      code: 'invalid-number',
    },
    'files.pages': {
      label: 'page count',
      expected: 'a number of pages, a whole number above 0',
      example: '48',
      code: 'invalid-number',
    },
    published: {
      label: 'publication date',
      expected: 'a real date written YYYY, YYYY-MM or YYYY-MM-DD',
      example: '"2021", "2021-03" or "2021-03-15"',
      code: 'invalid-date',
    },
    authors: {
      item: { expected: 'a person object with a name', example: '{ "name": "Kamila Gómez" }' },
      label: 'author',
      expected: 'a list of people, each with a name',
      example: '[{ "name": "Kamila Gómez" }]',
      code: 'invalid-type',
    },
    'authors.name': { ...TEXT, label: 'author name', example: '"Kamila Gómez"' },
    'authors.affiliation': { ...TEXT, label: 'affiliation', example: '"Alliance for Responsible Mining"' },
    'authors.orcid': {
      label: 'ORCID iD',
      expected: 'an ORCID iD written 0000-0000-0000-0000 without https://orcid.org/',
      example: '"0000-0002-1825-0097"',
      code: 'invalid-orcid',
    },
    credit: { ...TEXT, label: 'credit line', example: '"Shawn Blore - for planetGOLD"' },
    organizations: {
      item: {
        expected: 'an organization object with a name and a role',
        example: '{ "name": "UNEP", "role": "publisher" }',
      },
      label: 'organization',
      expected: 'a list of organizations, each with a name and a role',
      example: '[{ "name": "UNEP", "role": "publisher" }]',
      code: 'invalid-type',
    },
    'organizations.name': { ...TEXT, label: 'organization name', example: '"UNEP"' },
    'organizations.role': {
      label: 'organization role',
      expected: 'one of author, publisher, funder, implementer',
      example: '"publisher"',
      code: 'unknown-term',
      vocabulary: 'organizationRoles',
    },
    'organizations.url': { ...URL, label: 'organization link', example: '"https://www.unep.org"' },
    countries: {
      item: { expected: 'an ISO 3166-1 alpha-2 country code', example: '"GH"' },
      label: 'country code',
      expected: 'a list of ISO 3166-1 alpha-2 country codes',
      example: '["GH", "BF"]',
      code: 'invalid-country',
    },
    project: { ...TEXT, label: 'project', example: '"planetGOLD Burkina Faso"' },
    series: {
      label: 'series',
      expected: 'an object with the series name and, if any, its number',
      example: '{ "name": "ARM Guides", "number": "4" }',
      code: 'invalid-type',
    },
    'series.name': { ...TEXT, label: 'series name', example: '"ARM Guides"' },
    'series.number': { ...TEXT, label: 'series number', expected: 'the number as text', example: '"4"' },
    container: {
      label: 'journal or book',
      expected: 'an object with type ("journal" or "book") and title',
      example: '{ "type": "journal", "title": "Resources Policy", "volume": "74" }',
      code: 'invalid-type',
    },
    'container.type': {
      label: 'container type',
      expected: 'journal or book',
      example: '"journal"',
      code: 'invalid-value',
    },
    'container.title': { ...TEXT, label: 'journal or book title', example: '"Resources Policy"' },
    'container.volume': { ...TEXT, label: 'volume', expected: 'the volume as text', example: '"74"' },
    'container.issue': { ...TEXT, label: 'issue', expected: 'the issue as text', example: '"2"' },
    'container.pages': {
      ...TEXT,
      label: 'page range',
      expected: 'the page range as text',
      example: '"101-118"',
    },
    'container.publisher': { ...TEXT, label: 'publisher', example: '"Elsevier"' },
    identifiers: {
      label: 'identifiers',
      expected: 'an object with doi, isbn and/or handle',
      example: '{ "doi": "10.1016/j.resourpol.2021.102345" }',
      code: 'invalid-type',
    },
    'identifiers.doi': {
      label: 'DOI',
      expected: 'a DOI starting with 10. and without https://doi.org/',
      example: '"10.1016/j.resourpol.2021.102345"',
      code: 'invalid-doi',
    },
    'identifiers.isbn': {
      item: {
        expected: 'an ISBN-10 or ISBN-13 with a correct check digit (hyphens allowed)',
        example: '"978-3-16-148410-0"',
      },
      label: 'ISBN',
      expected: 'a list of ISBN-10 or ISBN-13 with a correct check digit (hyphens allowed)',
      example: '["978-3-16-148410-0"]',
      code: 'invalid-isbn',
    },
    'identifiers.handle': {
      label: 'handle',
      expected: 'a handle such as prefix/suffix, without https://hdl.handle.net/',
      example: '"10986/12345"',
      code: 'invalid-handle',
    },
    license: {
      label: 'license',
      expected: 'an SPDX license id or the http(s) link of the license',
      example: '"CC-BY-4.0"',
      code: 'invalid-license',
    },
    access: {
      label: 'access level',
      expected: 'one of open, registration, paywalled',
      example: '"open"',
      code: 'unknown-term',
      vocabulary: 'accessLevels',
    },
    version: { ...TEXT, label: 'version', example: '"1.3"' },
    supersedes: {
      item: { expected: 'the id of a resource this one replaces', example: '"craft-code-v1"' },
      ...ID,
      label: 'id',
      expected: 'a list of ids of resources this one replaces',
      example: '["craft-code-v1"]',
    },
    related: {
      item: { expected: 'the id of a related resource', example: '"mercury-free-processing-guide"' },
      ...ID,
      label: 'id',
      expected: 'a list of ids of related resources',
      example: '["mercury-free-processing-guide"]',
    },
    thumbnail: {
      ...URL,
      label: 'image link',
      expected: 'a full http(s) link to an image',
      example: '"https://example.org/cover.jpg"',
    },
    duration: {
      label: 'duration',
      expected: 'an ISO 8601 duration',
      example: '"PT12M30S" (12 minutes 30 seconds)',
      code: 'invalid-duration',
    },
    citation: {
      ...TEXT,
      label: 'citation',
      example: '"UNEP (2012). Reducing Mercury Use in ASGM: A Practical Guide."',
    },
  };
}

/**
 * Key of {@link FIELD_HINTS} for a path inside a catalogue or resource: indices and map keys (language
 * tags of a title, say) are dropped by taking the longest known run of names.
 */
export function fieldKeyOf(path: readonly PropertyKey[]): string | undefined {
  let key: string | undefined;
  let candidate = '';
  for (const segment of path) {
    if (typeof segment !== 'string') continue;
    const next = candidate === '' ? segment : `${candidate}.${segment}`;
    if (!Object.hasOwn(FIELD_HINTS, next)) {
      if (key !== undefined) break;
      continue;
    }
    candidate = next;
    key = next;
  }
  return key;
}
