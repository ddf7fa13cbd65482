// The public surface of @asm-kit/schema/core: all of @asm-kit/schema, with the vocabulary and region labels in
// English only until a language's labels are registered (registerVocabularyLabels). The main entry, ./index.ts,
// is this plus the labels of every other UI language. Anything not exported here is internal and may change.
export * from './vocabularies/index.js';
export { pickLocalized, type LocalizedText } from './localized-text.js';
export { ResourceSchema, type Resource, type ResourceInput } from './resource.js';
export { CatalogueSchema, SCHEMA_VERSION, type Catalogue, type CatalogueInput } from './catalogue.js';
export {
  parseCatalogue,
  parseResources,
  type ParseOptions,
  type CatalogueParseResult,
  type ResourcesParseResult,
} from './parse.js';
export {
  checkCatalogue,
  checkCatalogueInSteps,
  checkResources,
  checkResourcesInSteps,
  type CheckOptions,
  type CatalogueProblem,
  type CatalogueCheckResult,
  type ResourcesCheckResult,
  type ProblemDetail,
  type CheckFailure,
} from './check.js';
// describeProblems is not exported here: it is '@asm-kit/schema/messages', to be import()ed when needed.
/** "Did you mean": the candidate a person most likely meant by a mistyped name or term. */
export { closestMatch } from './internal/strings.js';
export { isLanguageTag, normalizeLanguageTag } from './language-tag.js';
export { DOI_PATTERN, HANDLE_PATTERN, LICENSE_PATTERN, stripResolverPrefix } from './identifiers.js';
export {
  CatalogueError,
  formatIssue,
  formatPath,
  ISSUE_CODES,
  type CatalogueIssue,
  type IssueCode,
} from './issues.js';
