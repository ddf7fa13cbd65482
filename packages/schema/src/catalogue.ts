import * as z from 'zod/mini';
import { fullDateSchema } from './dates.js';
import { LANGUAGE_TAG_PATTERN, languageTagSchema } from './language-tag.js';
import { localizedTextInputSchema, toLocalizedText } from './localized-text.js';
import { FALLBACK_LANGUAGE, ResourceDocumentSchema } from './resource.js';
import { SLUG, VISIBLE_TEXT, refuseReservedKeys, rule, visibleText } from './internal/rules.js';
import { readResources } from './internal/read-resources.js';
import { messageOf } from './internal/describe-issue.js';
import { SCHEMA_VERSION } from './schema-version.js';

// In a module of its own so that checkCatalogue does not import this one (whose schema words its issues).
export { SCHEMA_VERSION } from './schema-version.js';

// Schemas are built by functions called with a pure annotation, so that bundlers drop them (and zod)
// from apps that import only the vocabularies or types of this package.

/**
 * Terms a catalogue adds to the resource types and knowledge areas: slug -> labels by language, at
 * least one label per term.
 */
export const ExtraTermsSchema = /* @__PURE__ */ extraTermsSchema();

function extraTermsSchema() {
  return refuseReservedKeys(
    z.partialRecord(
      z.enum(['resourceTypes', 'knowledgeAreas']),
      refuseReservedKeys(
        z.record(
          z.string().check(z.regex(SLUG)),
          refuseReservedKeys(
            z
              .record(
                z.string().check(z.regex(LANGUAGE_TAG_PATTERN)),
                z.string().check(z.regex(VISIBLE_TEXT)),
              )
              .check(
                rule<Record<string, string>>('empty-value', (labels) =>
                  Object.keys(labels).length > 0 ? undefined : 'this term has no label',
                ),
              ),
          ),
        ),
      ),
    ),
  );
}

/**
 * The written form of a catalogue, checked without resolving anything: what a catalogue file holds and
 * what the JSON Schema describes.
 */
export const CatalogueDocumentSchema = /* @__PURE__ */ catalogueDocumentSchema();

function catalogueDocumentSchema() {
  return z.object({
    schemaVersion: z._default(z.literal(SCHEMA_VERSION), SCHEMA_VERSION),
    name: localizedTextInputSchema(),
    publisher: z.optional(visibleText()),
    defaultLanguage: z.optional(languageTagSchema()),
    updated: z.optional(fullDateSchema()),
    extraTerms: z.optional(ExtraTermsSchema),
    resources: z.array(ResourceDocumentSchema),
  });
}

/**
 * A whole catalogue, all or nothing: any problem fails the parse (use {@link parseCatalogue} to keep the
 * valid resources and get messages for the others). Plain-string text is put under the catalogue's
 * defaultLanguage ('en' when it has none) and terms are checked against its extraTerms.
 */
export const CatalogueSchema = /* @__PURE__ */ catalogueSchema();

function catalogueSchema() {
  return z.pipe(
    CatalogueDocumentSchema,
    z.transform((document: z.output<typeof CatalogueDocumentSchema>, payload) => {
      const defaultLanguage = document.defaultLanguage ?? FALLBACK_LANGUAGE;
      const reading = readResources(
        document.resources,
        { defaultLanguage, extraTerms: document.extraTerms },
        ['resources'],
      );
      for (const finding of reading.findings) {
        payload.issues.push({
          code: 'custom',
          path: finding.path,
          message: messageOf(finding.detail, finding.code),
          input: finding.value,
          params: { code: finding.code },
        });
      }
      return {
        ...document,
        name: toLocalizedText(document.name, defaultLanguage),
        defaultLanguage,
        resources: reading.resources,
      };
    }),
  );
}

/** A catalogue after parsing: name localized, defaultLanguage set, only valid resources. */
export type Catalogue = z.output<typeof CatalogueSchema>;
/** A catalogue as written in a file. */
export type CatalogueInput = z.input<typeof CatalogueSchema>;
