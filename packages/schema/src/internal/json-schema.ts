import * as z from 'zod/mini';
import { CatalogueSchema, SCHEMA_VERSION } from '../catalogue.js';
import { LANGUAGE_TAG_PATTERN } from '../language-tag.js';
import { COUNTRY_CODES, VOCABULARIES, type VocabularyName } from '../vocabularies/index.js';
import { FIELD_HINTS } from './field-hints.js';
import { RESERVED_KEYS } from './rules.js';

/** Where the published JSON Schema can be fetched (the npm package file, served by a package CDN). */
export const CATALOGUE_JSON_SCHEMA_ID = 'https://unpkg.com/@asm-kit/schema/dist/catalogue.schema.json';

/** Plain JSON object, as JSON Schema documents are. */
export type JsonObject = { [key: string]: unknown };

/**
 * JSON Schema (draft 2020-12) of a catalogue *file*, generated from {@link CatalogueSchema}'s input side so
 * it cannot drift from the parser. Rules that JSON Schema cannot say (calendar dates, ISBN and ORCID
 * check digits, terms a catalogue adds in extraTerms, unique ids) are left to `parseCatalogue`; the
 * descriptions say so. Partners who do not use TypeScript validate with it and get editor completion.
 */
export function createCatalogueJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(CatalogueSchema, { io: 'input', target: 'draft-2020-12' }) as JsonObject;
  // zod may share one JSON object between fields built from one zod schema (name, title, summary):
  // copy before annotating so each field gets its own description.
  const { $schema, ...rest } = JSON.parse(JSON.stringify(generated)) as JsonObject;
  annotate(rest, []);
  harden(rest);
  const resource = (rest.properties as JsonObject).resources as JsonObject;
  ((resource.items as JsonObject).properties as JsonObject).countries = {
    ...(((resource.items as JsonObject).properties as JsonObject).countries as JsonObject),
    items: { type: 'string', pattern: COUNTRY_CODE_PATTERN },
  };
  rest.allOf = [
    builtInTermsUnlessExtended('resourceTypes', 'type'),
    builtInTermsUnlessExtended('knowledgeAreas', 'knowledgeAreas'),
  ];
  // Lets a catalogue name this schema for editors; parseCatalogue ignores the field.
  (rest.properties as JsonObject).$schema = {
    type: 'string',
    description: 'Address of this JSON Schema, for editors. Ignored by parseCatalogue.',
  };
  return {
    $schema,
    $id: CATALOGUE_JSON_SCHEMA_ID,
    title: `ASM knowledge library catalogue, schema version ${SCHEMA_VERSION}`,
    description:
      'A catalogue of knowledge resources on artisanal and small-scale mining (ASM), as read by @asm-kit/schema. ' +
      'Checks this schema cannot express (real calendar dates, ISBN/ORCID check digits, well-formed links, unique ids, ' +
      'and the terms of a vocabulary the catalogue extends in extraTerms) are made by parseCatalogue, which also ' +
      'explains each problem.',
    ...rest,
  };
}

/** Vocabulary whose terms a field takes, to list them in the field's description. */
const VOCABULARY_OF_FIELD: Readonly<Record<string, VocabularyName>> = {
  type: 'resourceTypes',
  knowledgeAreas: 'knowledgeAreas',
};

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Walks the generated schema: each known property gets its field hint (what is expected, an example) as
 * description, and objects with declared properties refuse others, as parseCatalogue reports them
 * ('unknown-field'): an editor then flags 'knowledgeArea' while the data owner types it.
 */
function annotate(node: JsonObject, fieldPath: readonly string[]): void {
  if (isJsonObject(node.properties)) {
    node.additionalProperties ??= false;
    for (const [name, child] of Object.entries(node.properties)) {
      if (!isJsonObject(child)) continue;
      const childPath = [...fieldPath, name];
      describe(child, childPath);
      annotate(child, childPath);
    }
  }
  if (isJsonObject(node.items)) annotate(node.items, fieldPath);
  if (isJsonObject(node.additionalProperties)) annotate(node.additionalProperties, fieldPath);
  if (Array.isArray(node.anyOf))
    for (const option of node.anyOf) if (isJsonObject(option)) annotate(option, fieldPath);
}

function describe(node: JsonObject, fieldPath: readonly string[]): void {
  // Resource fields are keyed without the leading 'resources' (see FIELD_HINTS).
  const key = (fieldPath[0] === 'resources' && fieldPath.length > 1 ? fieldPath.slice(1) : fieldPath).join(
    '.',
  );
  const hint = FIELD_HINTS[key];
  if (hint === undefined) return;
  const vocabulary = VOCABULARY_OF_FIELD[key];
  const terms =
    vocabulary === undefined ? '' : ` Built-in terms: ${Object.keys(VOCABULARIES[vocabulary]).join(', ')}.`;
  node.description = `${hint.label.charAt(0).toUpperCase()}${hint.label.slice(1)}: ${hint.expected}.${terms} Example: ${hint.example}`;
}

/**
 * What zod cannot put in the JSON Schema of an object keyed by data, added so that the JSON Schema refuses
 * what parseCatalogue refuses: no key of RESERVED_KEYS ('reserved-key'), and at least one entry in localized
 * text and in the labels of an extra term (an empty-value rule in zod). Every such object, and only such
 * an object, is keyed by language tags.
 */
function harden(node: JsonObject): void {
  const names = node.propertyNames;
  if (isJsonObject(names) && typeof names.pattern === 'string') {
    names.not = { enum: [...RESERVED_KEYS] };
    if (names.pattern === LANGUAGE_TAG_PATTERN.source) node.minProperties = 1;
  }
  for (const child of Object.values(node)) {
    if (Array.isArray(child)) for (const item of child) if (isJsonObject(item)) harden(item);
    if (isJsonObject(child)) harden(child);
  }
}

/**
 * The country codes parseCatalogue accepts, in any case (it upper-cases them): one alternative per first
 * letter, e.g. [Gg][AaBbDd…]. zod's pattern only says "two letters"; its list of codes is in a pipe that
 * JSON Schema cannot follow.
 */
const COUNTRY_CODE_PATTERN = /* @__PURE__ */ countryCodePattern();

function countryCodePattern(): string {
  const either = (letter: string) => `${letter}${letter.toLowerCase()}`;
  const byFirst = new Map<string, string>();
  for (const code of COUNTRY_CODES) byFirst.set(code[0]!, (byFirst.get(code[0]!) ?? '') + either(code[1]!));
  const alternatives = [...byFirst].map(([first, seconds]) => `[${either(first)}][${seconds}]`);
  return `^(?:${alternatives.join('|')})$`;
}

/**
 * The built-in terms of `vocabulary` for the resource field `field`, unless the catalogue declares terms of
 * that vocabulary in extraTerms. JSON Schema cannot compare a value with keys found elsewhere in the file,
 * so in a catalogue that extends the vocabulary the field only has to be a slug; parseCatalogue checks it
 * against the built-in and the declared terms.
 */
function builtInTermsUnlessExtended(
  vocabulary: 'resourceTypes' | 'knowledgeAreas',
  field: string,
): JsonObject {
  const terms = { type: 'string', enum: Object.keys(VOCABULARIES[vocabulary]) };
  return {
    if: {
      type: 'object',
      required: ['extraTerms'],
      properties: {
        extraTerms: {
          type: 'object',
          required: [vocabulary],
          properties: { [vocabulary]: { type: 'object', minProperties: 1 } },
        },
      },
    },
    else: {
      type: 'object',
      properties: {
        resources: {
          type: 'array',
          items: {
            type: 'object',
            properties: { [field]: field === 'type' ? terms : { type: 'array', items: terms } },
          },
        },
      },
    },
  };
}
