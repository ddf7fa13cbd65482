// Public surface of the vocabularies; helpers such as toUiLanguage stay internal to the package.
export { UI_LANGUAGES, primarySubtag, type UiLanguage, type Labels } from './languages.js';
export {
  RESOURCE_TYPES,
  KNOWLEDGE_AREAS,
  COMMODITIES,
  AUDIENCES,
  ACCESS_LEVELS,
  ORGANIZATION_ROLES,
  VOCABULARIES,
  termLabel,
  type ResourceType,
  type KnowledgeArea,
  type Commodity,
  type Audience,
  type AccessLevel,
  type OrganizationRole,
  type VocabularyName,
  type ExtraTerms,
} from './terms.js';
export {
  COUNTRY_CODES,
  REGIONS,
  COUNTRY_REGION,
  regionsOfCountry,
  regionLabel,
  type CountryCode,
} from './regions.js';
export { countryName, languageName } from './display-names.js';
// Exported here, where every module of the package reaches the vocabularies, so that esbuild keeps it in the same
// chunk as the tables it writes into: a module of its own, reached by fewer entries, made Rolldown split the
// vocabularies off the elements' CDN entry into a chunk of their own.
export {
  registerVocabularyLabels,
  vocabularyLabelsVersion,
  type VocabularyLabels,
  type VocabularyLanguage,
} from './register.js';
