import * as z from 'zod/mini';
import { durationSchema, partialDateSchema } from './dates.js';
import { doiSchema, handleSchema, isbnSchema, licenseSchema, orcidSchema } from './identifiers.js';
import { languageTagSchema } from './language-tag.js';
import { localizedTextInputSchema, localizedTextSchema } from './localized-text.js';
import { httpUrlSchema } from './urls.js';
import { SLUG, rule, visibleText } from './internal/rules.js';
import {
  ACCESS_LEVELS,
  AUDIENCES,
  COMMODITIES,
  COUNTRY_CODES,
  ORGANIZATION_ROLES,
  VOCABULARIES,
  type ExtraTerms,
} from './vocabularies/index.js';

/** What parsing a resource depends on beyond the resource itself: its catalogue's settings. */
export interface ResourceContext {
  /** Language of plain-string title and summary. */
  defaultLanguage: string;
  /** Resource types and knowledge areas the catalogue adds to the built-in vocabularies. */
  extraTerms?: ExtraTerms | undefined;
}

/** Language assumed for plain-string text when neither the catalogue nor the caller names one. */
export const FALLBACK_LANGUAGE = 'en';

type ExtensibleVocabulary = 'resourceTypes' | 'knowledgeAreas';

/** A slug of `vocabulary`: checked against the built-in terms plus the catalogue's extra terms. */
function termSchema(vocabulary: ExtensibleVocabulary, extraTerms: ExtraTerms | undefined) {
  const builtIn = VOCABULARIES[vocabulary];
  const extra = extraTerms?.[vocabulary] ?? {};
  return z
    .string()
    .check(
      rule('unknown-term', (slug) =>
        Object.hasOwn(builtIn, slug) || Object.hasOwn(extra, slug)
          ? undefined
          : 'this term is not in the vocabulary',
      ),
    );
}

/** An id of another resource (or of this one): a slug. */
function idSchema() {
  return z.string().check(z.regex(SLUG));
}

/** ISO 3166-1 alpha-2 country code; lower case is accepted and upper-cased ('gh' -> 'GH'). */
function countryCodeSchema() {
  return z.pipe(
    z.pipe(
      z.string().check(z.regex(/^[a-zA-Z]{2}$/)),
      z.transform((code: string) => code.toUpperCase()),
    ),
    z.enum(COUNTRY_CODES),
  );
}

/** One downloadable language version of a resource. */
function fileSchema() {
  return z.object({
    url: httpUrlSchema(),
    language: languageTagSchema(),
    format: z.optional(visibleText()),
    size: z.optional(z.number().check(z.int(), z.positive())),
    pages: z.optional(z.number().check(z.int(), z.positive())),
  });
}

/** A person who wrote the resource; `credit` keeps the verbatim credit line beside this structure. */
function authorSchema() {
  return z.object({
    name: visibleText(),
    affiliation: z.optional(visibleText()),
    orcid: z.optional(orcidSchema()),
  });
}

/** An organization and the part it played. */
function organizationSchema() {
  return z.object({
    name: visibleText(),
    role: z.enum(ORGANIZATION_ROLES),
    url: z.optional(httpUrlSchema()),
  });
}

/** The series a resource belongs to; the number is text ('4', 'IV', '2021/3'). */
function seriesSchema() {
  return z.object({
    name: visibleText(),
    number: z.optional(visibleText()),
  });
}

/** The journal or book an article or chapter appeared in. */
function containerSchema() {
  return z.object({
    type: z.enum(['journal', 'book']),
    title: visibleText(),
    volume: z.optional(visibleText()),
    issue: z.optional(visibleText()),
    pages: z.optional(visibleText()),
    publisher: z.optional(visibleText()),
  });
}

/** Persistent identifiers of a resource. */
function identifiersSchema() {
  return z.object({
    doi: z.optional(doiSchema()),
    isbn: z.optional(z.array(isbnSchema())),
    handle: z.optional(handleSchema()),
  });
}

/**
 * Resource schema built from the parts that depend on the catalogue. One builder serves both the
 * contextual schema (plain-string text resolved, terms checked) and the context-free one the catalogue
 * schema reads first, so the two cannot drift apart.
 */
function buildResourceSchema<Text extends z.core.SomeType, Term extends z.core.SomeType>(
  text: Text,
  term: (vocabulary: ExtensibleVocabulary) => Term,
) {
  return z.object({
    id: idSchema(),
    url: z.optional(httpUrlSchema()),
    title: text,
    summary: z.optional(text),
    type: term('resourceTypes'),
    knowledgeAreas: z._default(z.array(term('knowledgeAreas')), []),
    keywords: z._default(z.array(visibleText()), []),
    commodities: z._default(z.array(z.enum(COMMODITIES)), []),
    audiences: z._default(z.array(z.enum(AUDIENCES)), []),
    languages: z._default(z.array(languageTagSchema()), []),
    files: z._default(z.array(fileSchema()), []),
    published: z.optional(partialDateSchema()),
    authors: z._default(z.array(authorSchema()), []),
    credit: z.optional(visibleText()),
    organizations: z._default(z.array(organizationSchema()), []),
    countries: z._default(z.array(countryCodeSchema()), []),
    project: z.optional(visibleText()),
    series: z.optional(seriesSchema()),
    container: z.optional(containerSchema()),
    identifiers: z._default(identifiersSchema(), {}),
    license: z.optional(licenseSchema()),
    access: z.optional(z.enum(ACCESS_LEVELS)),
    version: z.optional(visibleText()),
    supersedes: z.optional(z.array(idSchema())),
    related: z._default(z.array(idSchema()), []),
    thumbnail: z.optional(httpUrlSchema()),
    duration: z.optional(durationSchema()),
    citation: z.optional(visibleText()),
  });
}

/**
 * Resource schema for a catalogue's settings: plain-string title and summary go under
 * `context.defaultLanguage`, and `type` / `knowledgeAreas` may use the catalogue's extra terms.
 */
export function createResourceSchema(context: ResourceContext) {
  return buildResourceSchema(localizedTextSchema(context.defaultLanguage), (vocabulary) =>
    termSchema(vocabulary, context.extraTerms),
  );
}

/**
 * One resource of a knowledge library, outside any catalogue: plain-string text is English and only the
 * built-in vocabularies are known. Use {@link parseResources} with options for other settings.
 */
export const ResourceSchema = /* @__PURE__ */ createResourceSchema({ defaultLanguage: FALLBACK_LANGUAGE });

/**
 * The written form of a resource without the checks that need its catalogue: what a catalogue file
 * holds and what the JSON Schema describes. Terms only need to be slugs here.
 */
export const ResourceDocumentSchema = /* @__PURE__ */ resourceDocumentSchema();

function resourceDocumentSchema() {
  return buildResourceSchema(localizedTextInputSchema(), () => z.string().check(z.regex(SLUG)));
}

/** A resource after parsing: arrays default to [], text is localized, country codes are upper case. */
export type Resource = z.output<typeof ResourceSchema>;
/** A resource as written in a catalogue file. */
export type ResourceInput = z.input<typeof ResourceSchema>;
