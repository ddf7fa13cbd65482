import * as z from 'zod/mini';
import { CatalogueSchema, SCHEMA_VERSION } from '../catalogue.js';
import { VOCABULARIES, type VocabularyName } from '../vocabularies/index.js';
import { FIELD_HINTS } from './field-hints.js';

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
      'Checks this schema cannot express (real calendar dates, ISBN/ORCID check digits, vocabulary terms, unique ids) ' +
      'are made by parseCatalogue, which also explains each problem.',
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
