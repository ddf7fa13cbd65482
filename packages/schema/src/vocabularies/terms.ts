import { labelTable, primarySubtag, toUiLanguage, type Labels } from './languages.js';

// Labels are written by hand for a UI, in sentence case. One label per UI language, so one spelling each:
// Portuguese follows Brazil ('acadêmico', 'gênero'), Spanish follows Latin America ('capacitación',
// 'monitoreo'), where most ASM programmes in those languages run.

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
report|Report|Rapport|Informe|Relatório
guide|Guide|Guide|Guía|Guia
toolkit|Toolkit|Boîte à outils|Caja de herramientas|Kit de ferramentas
case-study|Case study|Étude de cas|Estudio de caso|Estudo de caso
policy-brief|Policy brief|Note d’orientation|Resumen de políticas|Resumo de políticas
workshop-report|Workshop report|Rapport d’atelier|Informe de taller|Relatório de oficina
academic-article|Academic article|Article scientifique|Artículo académico|Artigo acadêmico
book|Book|Livre|Libro|Livro
book-chapter|Book chapter|Chapitre d’ouvrage|Capítulo de libro|Capítulo de livro
conference-paper|Conference paper|Communication de conférence|Ponencia|Artigo de conferência
thesis|Thesis|Thèse|Tesis|Tese
training-material|Training material|Matériel de formation|Material de capacitación|Material de capacitação
video|Video|Vidéo|Video|Vídeo
webinar|Webinar|Webinaire|Seminario web|Webinário
presentation|Presentation|Présentation|Presentación|Apresentação
infographic-poster|Infographic or poster|Infographie ou affiche|Infografía o póster|Infográfico ou cartaz
dataset|Dataset|Jeu de données|Conjunto de datos|Conjunto de dados
country-profile|Country profile|Profil de pays|Perfil de país|Perfil de país
map|Map|Carte|Mapa|Mapa
standard|Standard|Norme|Estándar|Norma
policy-document|Policy document|Document de politique publique|Documento de política pública|Documento de política pública
newsletter|Newsletter|Bulletin d’information|Boletín informativo|Boletim informativo
tool|Tool|Outil|Herramienta|Ferramenta
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
mercury-reduction|Mercury reduction|Réduction du mercure|Reducción del mercurio|Redução do mercúrio
mercury-free-technology|Mercury-free technology|Technologies sans mercure|Tecnologías sin mercurio|Tecnologias sem mercúrio
formalization|Formalization|Formalisation|Formalización|Formalização
access-to-finance|Access to finance|Accès au financement|Acceso al financiamiento|Acesso a financiamento
market-access|Market access|Accès aux marchés|Acceso a mercados|Acesso a mercados
gender|Gender|Genre|Género|Gênero
occupational-health-safety|Occupational health and safety|Santé et sécurité au travail|Seguridad y salud ocupacional|Saúde e segurança ocupacional
health|Health|Santé|Salud|Saúde
environment|Environment|Environnement|Medio ambiente|Meio ambiente
policy-governance|Policy and governance|Politiques et gouvernance|Políticas y gobernanza|Políticas e governança
awareness-communications|Awareness and communications|Sensibilisation et communication|Sensibilización y comunicación|Sensibilização e comunicação
data-monitoring|Data and monitoring|Données et suivi|Datos y monitoreo|Dados e monitoramento
human-rights|Human rights|Droits humains|Derechos humanos|Direitos humanos
livelihoods|Livelihoods|Moyens de subsistance|Medios de vida|Meios de subsistência
`);

/** Minerals mined; '3t' groups tin, tantalum and tungsten as supply-chain due diligence does. */
export const COMMODITIES = ['gold', 'diamonds', 'coloured-gemstones', '3t', 'cobalt', 'other'] as const;

/** A commodity slug. */
export type Commodity = (typeof COMMODITIES)[number];

const COMMODITY_LABELS = /* @__PURE__ */ labelTable<Commodity>(`
gold|Gold|Or|Oro|Ouro
diamonds|Diamonds|Diamants|Diamantes|Diamantes
coloured-gemstones|Coloured gemstones|Pierres précieuses de couleur|Piedras preciosas de color|Gemas coloridas
3t|Tin, tantalum and tungsten (3T)|Étain, tantale et tungstène (3T)|Estaño, tantalio y tungsteno (3T)|Estanho, tântalo e tungstênio (3T)
cobalt|Cobalt|Cobalt|Cobalto|Cobalto
other|Other minerals|Autres minerais|Otros minerales|Outros minerais
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
miners|Miners and cooperatives|Mineurs et coopératives|Mineros y cooperativas|Mineiros e cooperativas
government|Government|Gouvernement|Gobierno|Governo
industry|Buyers, refiners and industry|Acheteurs, affineurs et industrie|Compradores, refinadores e industria|Compradores, refinadores e indústria
ngos|NGOs and projects|ONG et projets|ONG y proyectos|ONGs e projetos
researchers|Researchers|Chercheurs|Investigadores|Pesquisadores
media|Media|Médias|Medios de comunicación|Mídia
donors|Donors|Bailleurs de fonds|Donantes|Doadores
`);

/** How a reader gets the full text: freely, after signing up, or by paying. */
export const ACCESS_LEVELS = ['open', 'registration', 'paywalled'] as const;

/** An access level slug. */
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

const ACCESS_LEVEL_LABELS = /* @__PURE__ */ labelTable<AccessLevel>(`
open|Open access|Accès libre|Acceso abierto|Acesso aberto
registration|Registration required|Inscription requise|Registro obligatorio|Cadastro obrigatório
paywalled|Paid access|Accès payant|Acceso de pago|Acesso pago
`);

/** Part an organization played in a resource; corporate authors and publishers feed citations. */
export const ORGANIZATION_ROLES = ['author', 'publisher', 'funder', 'implementer'] as const;

/** An organization role slug. */
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

const ORGANIZATION_ROLE_LABELS = /* @__PURE__ */ labelTable<OrganizationRole>(`
author|Author|Auteur|Autor|Autor
publisher|Publisher|Éditeur|Editor|Editora
funder|Funder|Financeur|Financiador|Financiador
implementer|Implementer|Organisme de mise en œuvre|Entidad ejecutora|Entidade executora
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
