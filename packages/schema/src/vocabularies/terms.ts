import { labelTable, primarySubtag, toUiLanguage, type Labels } from './languages.js';

// Labels are written by hand for a UI, in sentence case. One label per UI language, so one spelling each:
// Portuguese follows Brazil ('acadêmico', 'gênero'), Spanish follows Latin America ('capacitación',
// 'monitoreo'), where most ASM programmes in those languages run. The tables here hold English; French,
// Spanish and Portuguese are in ./labels/{fr,es,pt}.ts, so that a browser build can load one language only.

/** Kinds of resource a library lists; one per resource, mapped to citation and schema.org types later. */
export const RESOURCE_TYPES = [
  'report',
  'guide',
  'toolkit',
  'case-study',
  'policy-brief',
  'workshop-report',
  'academic-article',
  'book',
  'book-chapter',
  'conference-paper',
  'thesis',
  'training-material',
  'video',
  'webinar',
  'presentation',
  'infographic-poster',
  'dataset',
  'country-profile',
  'map',
  'standard',
  'policy-document',
  'newsletter',
  'tool',
] as const;

/** A built-in resource type slug. */
export type ResourceType = (typeof RESOURCE_TYPES)[number];

const RESOURCE_TYPE_LABELS = /* @__PURE__ */ labelTable<ResourceType>(`
report|Report
guide|Guide
toolkit|Toolkit
case-study|Case study
policy-brief|Policy brief
workshop-report|Workshop report
academic-article|Academic article
book|Book
book-chapter|Book chapter
conference-paper|Conference paper
thesis|Thesis
training-material|Training material
video|Video
webinar|Webinar
presentation|Presentation
infographic-poster|Infographic or poster
dataset|Dataset
country-profile|Country profile
map|Map
standard|Standard
policy-document|Policy document
newsletter|Newsletter
tool|Tool
`);

/** Themes a resource covers (several per resource), compatible with planetGOLD's knowledge areas. */
export const KNOWLEDGE_AREAS = [
  'mercury-reduction',
  'mercury-free-technology',
  'formalization',
  'access-to-finance',
  'market-access',
  'gender',
  'occupational-health-safety',
  'health',
  'environment',
  'policy-governance',
  'awareness-communications',
  'data-monitoring',
  'human-rights',
  'livelihoods',
] as const;

/** A built-in knowledge area slug. */
export type KnowledgeArea = (typeof KNOWLEDGE_AREAS)[number];

const KNOWLEDGE_AREA_LABELS = /* @__PURE__ */ labelTable<KnowledgeArea>(`
mercury-reduction|Mercury reduction
mercury-free-technology|Mercury-free technology
formalization|Formalization
access-to-finance|Access to finance
market-access|Market access
gender|Gender
occupational-health-safety|Occupational health and safety
health|Health
environment|Environment
policy-governance|Policy and governance
awareness-communications|Awareness and communications
data-monitoring|Data and monitoring
human-rights|Human rights
livelihoods|Livelihoods
`);

/** Minerals mined; '3t' groups tin, tantalum and tungsten as supply-chain due diligence does. */
export const COMMODITIES = ['gold', 'diamonds', 'coloured-gemstones', '3t', 'cobalt', 'other'] as const;

/** A commodity slug. */
export type Commodity = (typeof COMMODITIES)[number];

const COMMODITY_LABELS = /* @__PURE__ */ labelTable<Commodity>(`
gold|Gold
diamonds|Diamonds
coloured-gemstones|Coloured gemstones
3t|Tin, tantalum and tungsten (3T)
cobalt|Cobalt
other|Other minerals
`);

/** Who a resource is written for. */
export const AUDIENCES = [
  'miners',
  'government',
  'industry',
  'ngos',
  'researchers',
  'media',
  'donors',
] as const;

/** An audience slug. */
export type Audience = (typeof AUDIENCES)[number];

const AUDIENCE_LABELS = /* @__PURE__ */ labelTable<Audience>(`
miners|Miners and cooperatives
government|Government
industry|Buyers, refiners and industry
ngos|NGOs and projects
researchers|Researchers
media|Media
donors|Donors
`);

/** How a reader gets the full text: freely, after signing up, or by paying. */
export const ACCESS_LEVELS = ['open', 'registration', 'paywalled'] as const;

/** An access level slug. */
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

const ACCESS_LEVEL_LABELS = /* @__PURE__ */ labelTable<AccessLevel>(`
open|Open access
registration|Registration required
paywalled|Paid access
`);

/** Part an organization played in a resource; corporate authors and publishers feed citations. */
export const ORGANIZATION_ROLES = ['author', 'publisher', 'funder', 'implementer'] as const;

/** An organization role slug. */
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

const ORGANIZATION_ROLE_LABELS = /* @__PURE__ */ labelTable<OrganizationRole>(`
author|Author
publisher|Publisher
funder|Funder
implementer|Implementer
`);

/** Name of a built-in vocabulary, as used by {@link VOCABULARIES} and {@link termLabel}. */
export type VocabularyName =
  'resourceTypes' | 'knowledgeAreas' | 'commodities' | 'audiences' | 'accessLevels' | 'organizationRoles';

/** Every built-in vocabulary: slug -> labels, in the order of its slug array (the order facets use). */
export const VOCABULARIES: { readonly [K in VocabularyName]: Readonly<Record<string, Labels>> } = {
  resourceTypes: RESOURCE_TYPE_LABELS,
  knowledgeAreas: KNOWLEDGE_AREA_LABELS,
  commodities: COMMODITY_LABELS,
  audiences: AUDIENCE_LABELS,
  accessLevels: ACCESS_LEVEL_LABELS,
  organizationRoles: ORGANIZATION_ROLE_LABELS,
};

/**
 * Extra terms a catalogue declares: vocabulary -> slug -> labels by language (at least one language).
 * Lets a catalogue add its own resource types or knowledge areas without a code change.
 * @example { knowledgeAreas: { 'child-labour': { en: 'Child labour', fr: 'Travail des enfants' } } }
 */
export type ExtraTerms = Partial<
  Record<'resourceTypes' | 'knowledgeAreas', Record<string, Partial<Record<string, string>>>>
>;

/**
 * Label of a vocabulary term in `language` (BCP 47; 'fr-CA' uses 'fr'); falls back to en, then to the slug.
 * With '@asm-kit/schema/core', a built-in term is in English until the labels of that language are registered.
 * Built-in terms win over extra terms of the same slug, so a catalogue cannot rename a shared term. An extra
 * term's labels are tried by exact tag, then primary subtag, then English, then its first label.
 * @example termLabel('knowledgeAreas', 'formalization', 'pt-BR') // 'Formalização'
 */
export function termLabel(
  vocabulary: VocabularyName,
  slug: string,
  language: string,
  extra?: ExtraTerms,
): string {
  const builtIn = VOCABULARIES[vocabulary] as Readonly<Record<string, Labels>> | undefined;
  if (builtIn && Object.hasOwn(builtIn, slug)) return builtIn[slug]![toUiLanguage(language)];
  if (vocabulary !== 'resourceTypes' && vocabulary !== 'knowledgeAreas') return slug;
  const terms = extra?.[vocabulary];
  const labels = terms && Object.hasOwn(terms, slug) ? terms[slug] : undefined;
  // Catalogue data is untrusted until parsed: a non-object here yields the slug, never a crash.
  if (typeof labels !== 'object' || labels === null) return slug;
  return pickExtraLabel(labels, language) ?? slug;
}

/** Picks from labels a catalogue wrote, whose keys are BCP 47 tags in any case. */
function pickExtraLabel(labels: Partial<Record<string, string>>, language: string): string | undefined {
  // Skip empty or non-string values rather than show them.
  const entries = Object.entries(labels).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  const wanted = language.trim().toLowerCase();
  const primary = primarySubtag(language);
  const byTag = (match: (tag: string) => boolean): string | undefined =>
    entries.find(([tag]) => match(tag.toLowerCase()))?.[1];
  // 'pt' before 'pt-BR' when the reader asked for 'pt-PT': the plain tag is the neutral choice.
  return (
    byTag((tag) => tag === wanted) ??
    byTag((tag) => tag === primary) ??
    byTag((tag) => primarySubtag(tag) === primary) ??
    byTag((tag) => tag === 'en') ??
    byTag((tag) => primarySubtag(tag) === 'en') ??
    entries[0]?.[1]
  );
}
