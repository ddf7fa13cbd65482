import {
  ACCESS_LEVELS,
  AUDIENCES,
  COMMODITIES,
  ORGANIZATION_ROLES,
  type VocabularyName,
} from '../vocabularies/index.js';
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

/** 'a, b or c'. */
const or = (words: readonly string[]): string => `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/** What localized text fields (name, title, summary) take. */
const LOCALIZED =
  "text, or an object of language tag -> text with at least one entry (plain text is in the catalogue's defaultLanguage)";

/**
 * Hints by field path, array indices left out ('files.url' is resources[*].files[*].url). Catalogue
 * envelope fields and resource fields share the table: their names never clash.
 */
export const FIELD_HINTS: Readonly<Record<string, FieldHint>> = /* @__PURE__ */ fieldHints(`
schemaVersion|schema version|the schema version "1.0"|"1.0"|unsupported-schema-version
name|catalogue name|${LOCALIZED}|"planetGOLD knowledge library"|empty-value
publisher|publisher|non-empty text|"planetGOLD"|empty-value
defaultLanguage|language tag|a BCP 47 language tag|"en"|invalid-language
updated|date|a date written YYYY-MM-DD|"2024-06-30"|invalid-date
extraTerms|set of extra terms|an object with resourceTypes and/or knowledgeAreas, each mapping a new slug to its labels by language|{ "knowledgeAreas": { "water": { "en": "Water", "fr": "Eau" } } }|invalid-value
resources|list of resources|a list of resources, each an object with at least id, title and type|[{ "id": "mercury-guide", "title": "Mercury guide", "type": "guide" }]|invalid-type
id|id|an id of lowercase letters, digits and single hyphens|"mercury-free-processing-guide"|invalid-id
url|link|a full http(s) link|"https://www.planetgold.org/resources/guide"|invalid-url
title|title|${LOCALIZED}|{ "en": "Mercury-free gold processing", "fr": "Traitement de l'or sans mercure" }|empty-value
summary|summary|${LOCALIZED}|"A one-paragraph summary of the resource."|empty-value
type|resource type|a resource type slug or a resourceTypes term the catalogue declares in extraTerms|"report"|unknown-term|resourceTypes
knowledgeAreas[]|knowledge area|a knowledge area slug or a knowledgeAreas term the catalogue declares in extraTerms|"mercury-reduction"|unknown-term|knowledgeAreas
keywords[]|keyword|a non-empty keyword|"retorts"|empty-value
commodities[]|commodity|a commodity slug: ${or(COMMODITIES)}|"gold"|unknown-term|commodities
audiences[]|audience|an audience slug: ${or(AUDIENCES)}|"miners"|unknown-term|audiences
languages[]|language tag|a BCP 47 language tag|"fr"|invalid-language
files[]|file|a file object with url and language|{ "url": "https://example.org/guide-en.pdf", "language": "en" }|invalid-type
files.url|file link|a full http(s) link|"https://example.org/guide-en.pdf"|invalid-url
files.language|language tag|a BCP 47 language tag|"fr"|invalid-language
files.format|file format|non-empty text|"pdf"|empty-value
files.size|file size|a size in bytes, a whole number above 0|2480000|invalid-number
files.pages|page count|a number of pages, a whole number above 0|48|invalid-number
published|publication date|a real date written YYYY, YYYY-MM or YYYY-MM-DD|"2021", "2021-03" or "2021-03-15"|invalid-date
authors[]|author|a person object with a name|{ "name": "Kamila Gómez" }|invalid-type
authors.name|author name|non-empty text|"Kamila Gómez"|empty-value
authors.affiliation|affiliation|non-empty text|"Alliance for Responsible Mining"|empty-value
authors.orcid|ORCID iD|an ORCID iD written 0000-0000-0000-0000 without https://orcid.org/|"0000-0002-1825-0097"|invalid-orcid
credit|credit line|non-empty text|"Shawn Blore - for planetGOLD"|empty-value
organizations[]|organization|an organization object with a name and a role|{ "name": "UNEP", "role": "publisher" }|invalid-type
organizations.name|organization name|non-empty text|"UNEP"|empty-value
organizations.role|organization role|one of ${ORGANIZATION_ROLES.join(', ')}|"publisher"|unknown-term|organizationRoles
organizations.url|organization link|a full http(s) link|"https://www.unep.org"|invalid-url
countries[]|country code|an ISO 3166-1 alpha-2 country code|"GH"|invalid-country
project|project|non-empty text|"planetGOLD Burkina Faso"|empty-value
series|series|an object with the series name and, if any, its number|{ "name": "ARM Guides", "number": "4" }|invalid-type
series.name|series name|non-empty text|"ARM Guides"|empty-value
series.number|series number|the number as text|"4"|empty-value
container|journal or book|an object with type ("journal" or "book") and title|{ "type": "journal", "title": "Resources Policy", "volume": "74" }|invalid-type
container.type|container type|journal or book|"journal"|invalid-value
container.title|journal or book title|non-empty text|"Resources Policy"|empty-value
container.volume|volume|the volume as text|"74"|empty-value
container.issue|issue|the issue as text|"2"|empty-value
container.pages|page range|the page range as text|"101-118"|empty-value
container.publisher|publisher|non-empty text|"Elsevier"|empty-value
identifiers|identifiers|an object with doi, isbn and/or handle|{ "doi": "10.1016/j.resourpol.2021.102345" }|invalid-type
identifiers.doi|DOI|a DOI starting with 10. and without https://doi.org/|"10.1016/j.resourpol.2021.102345"|invalid-doi
identifiers.isbn[]|ISBN|an ISBN-10 or ISBN-13 with a correct check digit (hyphens allowed)|"978-3-16-148410-0"|invalid-isbn
identifiers.handle|handle|a handle such as prefix/suffix, without https://hdl.handle.net/|"10986/12345"|invalid-handle
license|license|an SPDX license id or the http(s) link of the license|"CC-BY-4.0"|invalid-license
access|access level|one of ${ACCESS_LEVELS.join(', ')}|"open"|unknown-term|accessLevels
version|version|non-empty text|"1.3"|empty-value
supersedes[]|id|the id of a resource this one replaces|"craft-code-v1"|invalid-id
related[]|id|the id of a related resource|"mercury-free-processing-guide"|invalid-id
thumbnail|image link|a full http(s) link to an image|"https://example.org/cover.jpg"|invalid-url
duration|duration|an ISO 8601 duration|"PT12M30S" (12 minutes 30 seconds)|invalid-duration
citation|citation|non-empty text|"UNEP (2012). Reducing Mercury Use in ASGM: A Practical Guide."|empty-value
`);

/**
 * Reads the table above, one field per line: `key|label|expected|example|code`, then the vocabulary whose terms
 * the field holds, if any. A key ending in '[]' is a list, described from what one element is: the list is 'a
 * list, each item …' with a one-element example, so each list costs one description instead of two. Text rather
 * than arrays of strings because the table ships in browser bundles: about 0.1 KB gzip less, and easier to scan.
 */
// A function, so that bundlers can drop the table (and the calls that build it) from apps that do not validate.
function fieldHints(table: string): Readonly<Record<string, FieldHint>> {
  const hints: Record<string, FieldHint> = {};
  for (const line of table.trim().split('\n')) {
    const [key, label, expected, example, code, vocabulary] = line.split('|') as [
      string,
      string,
      string,
      string,
      IssueCode,
      VocabularyName?,
    ];
    const hint: FieldHint = key.endsWith('[]')
      ? {
          label,
          expected: `a list, each item ${expected}`,
          example: `[${example}]`,
          code,
          item: { expected, example },
        }
      : { label, expected, example, code };
    if (vocabulary) hint.vocabulary = vocabulary;
    hints[key.replace('[]', '')] = hint;
  }
  return hints;
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
