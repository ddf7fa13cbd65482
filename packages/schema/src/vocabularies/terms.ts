import { primarySubtag, toUiLanguage, type Labels } from './languages.js';

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

const RESOURCE_TYPE_LABELS: Readonly<Record<ResourceType, Labels>> = {
  report: { en: 'Report', fr: 'Rapport', es: 'Informe', pt: 'Relatório' },
  guide: { en: 'Guide', fr: 'Guide', es: 'Guía', pt: 'Guia' },
  toolkit: { en: 'Toolkit', fr: 'Boîte à outils', es: 'Caja de herramientas', pt: 'Kit de ferramentas' },
  'case-study': { en: 'Case study', fr: 'Étude de cas', es: 'Estudio de caso', pt: 'Estudo de caso' },
  'policy-brief': {
    en: 'Policy brief',
    fr: 'Note d’orientation',
    es: 'Resumen de políticas',
    pt: 'Resumo de políticas',
  },
  'workshop-report': {
    en: 'Workshop report',
    fr: 'Rapport d’atelier',
    es: 'Informe de taller',
    pt: 'Relatório de oficina',
  },
  'academic-article': {
    en: 'Academic article',
    fr: 'Article scientifique',
    es: 'Artículo académico',
    pt: 'Artigo acadêmico',
  },
  book: { en: 'Book', fr: 'Livre', es: 'Libro', pt: 'Livro' },
  'book-chapter': {
    en: 'Book chapter',
    fr: 'Chapitre d’ouvrage',
    es: 'Capítulo de libro',
    pt: 'Capítulo de livro',
  },
  'conference-paper': {
    en: 'Conference paper',
    fr: 'Communication de conférence',
    es: 'Ponencia',
    pt: 'Artigo de conferência',
  },
  thesis: { en: 'Thesis', fr: 'Thèse', es: 'Tesis', pt: 'Tese' },
  'training-material': {
    en: 'Training material',
    fr: 'Matériel de formation',
    es: 'Material de capacitación',
    pt: 'Material de capacitação',
  },
  video: { en: 'Video', fr: 'Vidéo', es: 'Video', pt: 'Vídeo' },
  webinar: { en: 'Webinar', fr: 'Webinaire', es: 'Seminario web', pt: 'Webinário' },
  presentation: { en: 'Presentation', fr: 'Présentation', es: 'Presentación', pt: 'Apresentação' },
  'infographic-poster': {
    en: 'Infographic or poster',
    fr: 'Infographie ou affiche',
    es: 'Infografía o póster',
    pt: 'Infográfico ou cartaz',
  },
  dataset: { en: 'Dataset', fr: 'Jeu de données', es: 'Conjunto de datos', pt: 'Conjunto de dados' },
  'country-profile': {
    en: 'Country profile',
    fr: 'Profil de pays',
    es: 'Perfil de país',
    pt: 'Perfil de país',
  },
  map: { en: 'Map', fr: 'Carte', es: 'Mapa', pt: 'Mapa' },
  standard: { en: 'Standard', fr: 'Norme', es: 'Estándar', pt: 'Norma' },
  'policy-document': {
    en: 'Policy document',
    fr: 'Document de politique publique',
    es: 'Documento de política pública',
    pt: 'Documento de política pública',
  },
  newsletter: {
    en: 'Newsletter',
    fr: 'Bulletin d’information',
    es: 'Boletín informativo',
    pt: 'Boletim informativo',
  },
  tool: { en: 'Tool', fr: 'Outil', es: 'Herramienta', pt: 'Ferramenta' },
};

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

const KNOWLEDGE_AREA_LABELS: Readonly<Record<KnowledgeArea, Labels>> = {
  'mercury-reduction': {
    en: 'Mercury reduction',
    fr: 'Réduction du mercure',
    es: 'Reducción del mercurio',
    pt: 'Redução do mercúrio',
  },
  'mercury-free-technology': {
    en: 'Mercury-free technology',
    fr: 'Technologies sans mercure',
    es: 'Tecnologías sin mercurio',
    pt: 'Tecnologias sem mercúrio',
  },
  formalization: { en: 'Formalization', fr: 'Formalisation', es: 'Formalización', pt: 'Formalização' },
  'access-to-finance': {
    en: 'Access to finance',
    fr: 'Accès au financement',
    es: 'Acceso al financiamiento',
    pt: 'Acesso a financiamento',
  },
  'market-access': {
    en: 'Market access',
    fr: 'Accès aux marchés',
    es: 'Acceso a mercados',
    pt: 'Acesso a mercados',
  },
  gender: { en: 'Gender', fr: 'Genre', es: 'Género', pt: 'Gênero' },
  'occupational-health-safety': {
    en: 'Occupational health and safety',
    fr: 'Santé et sécurité au travail',
    es: 'Seguridad y salud ocupacional',
    pt: 'Saúde e segurança ocupacional',
  },
  health: { en: 'Health', fr: 'Santé', es: 'Salud', pt: 'Saúde' },
  environment: { en: 'Environment', fr: 'Environnement', es: 'Medio ambiente', pt: 'Meio ambiente' },
  'policy-governance': {
    en: 'Policy and governance',
    fr: 'Politiques et gouvernance',
    es: 'Políticas y gobernanza',
    pt: 'Políticas e governança',
  },
  'awareness-communications': {
    en: 'Awareness and communications',
    fr: 'Sensibilisation et communication',
    es: 'Sensibilización y comunicación',
    pt: 'Sensibilização e comunicação',
  },
  'data-monitoring': {
    en: 'Data and monitoring',
    fr: 'Données et suivi',
    es: 'Datos y monitoreo',
    pt: 'Dados e monitoramento',
  },
  'human-rights': {
    en: 'Human rights',
    fr: 'Droits humains',
    es: 'Derechos humanos',
    pt: 'Direitos humanos',
  },
  livelihoods: {
    en: 'Livelihoods',
    fr: 'Moyens de subsistance',
    es: 'Medios de vida',
    pt: 'Meios de subsistência',
  },
};

/** Minerals mined; '3t' groups tin, tantalum and tungsten as supply-chain due diligence does. */
export const COMMODITIES = ['gold', 'diamonds', 'coloured-gemstones', '3t', 'cobalt', 'other'] as const;

/** A commodity slug. */
export type Commodity = (typeof COMMODITIES)[number];

const COMMODITY_LABELS: Readonly<Record<Commodity, Labels>> = {
  gold: { en: 'Gold', fr: 'Or', es: 'Oro', pt: 'Ouro' },
  diamonds: { en: 'Diamonds', fr: 'Diamants', es: 'Diamantes', pt: 'Diamantes' },
  'coloured-gemstones': {
    en: 'Coloured gemstones',
    fr: 'Pierres précieuses de couleur',
    es: 'Piedras preciosas de color',
    pt: 'Gemas coloridas',
  },
  '3t': {
    en: 'Tin, tantalum and tungsten (3T)',
    fr: 'Étain, tantale et tungstène (3T)',
    es: 'Estaño, tantalio y tungsteno (3T)',
    pt: 'Estanho, tântalo e tungstênio (3T)',
  },
  cobalt: { en: 'Cobalt', fr: 'Cobalt', es: 'Cobalto', pt: 'Cobalto' },
  other: { en: 'Other minerals', fr: 'Autres minerais', es: 'Otros minerales', pt: 'Outros minerais' },
};

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

const AUDIENCE_LABELS: Readonly<Record<Audience, Labels>> = {
  miners: {
    en: 'Miners and cooperatives',
    fr: 'Mineurs et coopératives',
    es: 'Mineros y cooperativas',
    pt: 'Mineiros e cooperativas',
  },
  government: { en: 'Government', fr: 'Gouvernement', es: 'Gobierno', pt: 'Governo' },
  industry: {
    en: 'Buyers, refiners and industry',
    fr: 'Acheteurs, affineurs et industrie',
    es: 'Compradores, refinadores e industria',
    pt: 'Compradores, refinadores e indústria',
  },
  ngos: { en: 'NGOs and projects', fr: 'ONG et projets', es: 'ONG y proyectos', pt: 'ONGs e projetos' },
  researchers: { en: 'Researchers', fr: 'Chercheurs', es: 'Investigadores', pt: 'Pesquisadores' },
  media: { en: 'Media', fr: 'Médias', es: 'Medios de comunicación', pt: 'Mídia' },
  donors: { en: 'Donors', fr: 'Bailleurs de fonds', es: 'Donantes', pt: 'Doadores' },
};

/** How a reader gets the full text: freely, after signing up, or by paying. */
export const ACCESS_LEVELS = ['open', 'registration', 'paywalled'] as const;

/** An access level slug. */
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

const ACCESS_LEVEL_LABELS: Readonly<Record<AccessLevel, Labels>> = {
  open: { en: 'Open access', fr: 'Accès libre', es: 'Acceso abierto', pt: 'Acesso aberto' },
  registration: {
    en: 'Registration required',
    fr: 'Inscription requise',
    es: 'Registro obligatorio',
    pt: 'Cadastro obrigatório',
  },
  paywalled: { en: 'Paid access', fr: 'Accès payant', es: 'Acceso de pago', pt: 'Acesso pago' },
};

/** Part an organization played in a resource; corporate authors and publishers feed citations. */
export const ORGANIZATION_ROLES = ['author', 'publisher', 'funder', 'implementer'] as const;

/** An organization role slug. */
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

const ORGANIZATION_ROLE_LABELS: Readonly<Record<OrganizationRole, Labels>> = {
  author: { en: 'Author', fr: 'Auteur', es: 'Autor', pt: 'Autor' },
  publisher: { en: 'Publisher', fr: 'Éditeur', es: 'Editor', pt: 'Editora' },
  funder: { en: 'Funder', fr: 'Financeur', es: 'Financiador', pt: 'Financiador' },
  implementer: {
    en: 'Implementer',
    fr: 'Organisme de mise en œuvre',
    es: 'Entidad ejecutora',
    pt: 'Entidade executora',
  },
};

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
