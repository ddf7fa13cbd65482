// Seeded generator of synthetic ASM catalogues with the shape and skew of real ones: a few frequent domain words
// and a long tail of rare ones per language, Zipf-distributed types, areas, countries and organizations, most
// items in English, many with a second language, years skewed to recent ones, some without a date.
// Copied from packages/query/bench/generate.ts, with hostile and unicode text added (see `hostile` below) so the
// contract suite also covers what a careless or malicious publisher may send.
import type { Resource } from '@asm-kit/schema';
import { ACCESS_LEVELS, COUNTRY_CODES, KNOWLEDGE_AREAS, RESOURCE_TYPES } from '@asm-kit/schema';

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws indices 0..n-1 with probability proportional to 1 / (rank + 1)^s. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const DOMAIN: Record<string, string[]> = {
  en: 'mining artisanal small scale gold mercury miners reduction formalization access finance market supply chain community health women gender environment policy governance training guide report study country national action plan assessment processing technology free cooperative rights child labour land rehabilitation water exposure emissions retort concentrate sluice cyanide traceability due diligence certification livelihoods youth baseline inventory lessons learned toolkit handbook monitoring data survey impacts safety occupational'.split(
    ' ',
  ),
  fr: "exploitation minière artisanale petite échelle orpaillage mercure orpailleurs réduction formalisation accès financement marché chaîne approvisionnement communauté santé femmes genre environnement politique gouvernance formation guide rapport étude pays plan d'action national évaluation traitement technologie coopérative droits travail enfants réhabilitation eau exposition émissions traçabilité diligence moyens subsistance jeunes inventaire leçons".split(
    ' ',
  ),
  es: 'minería artesanal pequeña escala oro mercurio mineros reducción formalización acceso financiamiento mercado cadena suministro comunidad salud mujeres género ambiente política gobernanza capacitación guía informe estudio país plan acción nacional evaluación procesamiento tecnología cooperativa derechos trabajo infantil rehabilitación agua exposición emisiones trazabilidad debida diligencia medios vida jóvenes inventario lecciones'.split(
    ' ',
  ),
  pt: 'mineração artesanal pequena escala ouro mercúrio garimpeiros redução formalização acesso financiamento mercado cadeia fornecimento comunidade saúde mulheres gênero ambiente política governança capacitação guia relatório estudo país plano ação nacional avaliação processamento tecnologia cooperativa direitos trabalho infantil reabilitação água exposição emissões rastreabilidade diligência meios subsistência jovens inventário lições'.split(
    ' ',
  ),
};
const STOP: Record<string, string[]> = {
  en: 'the of and in for a to on with from'.split(' '),
  fr: 'le la les de des du et en pour dans'.split(' '),
  es: 'el la los las de del y en para con'.split(' '),
  pt: 'o a os as de do da e em para'.split(' '),
};
const SYLLABLES: Record<string, string[]> = {
  en: 'ba be bi bo bu ca co cu da de di do fa fe fi fo ga ge go la le li lo lu ma me mi mo mu na ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi ex in con pro ter ment tion al'.split(
    ' ',
  ),
  fr: 'ba be bé bi bo ca ce cé co da de dé di do fa fe fé ga ge gé la le lé li lo ma me mé mi mo na ne né ni pa pe pé pi ra re ré ri sa se sé si ta te té ti va ve vé eau ion ment'.split(
    ' ',
  ),
  es: 'ba be bi bo ca ce ci co da de di do fa fe fi ga ge gi la le li lo ma me mi mo na ne ni ño pa pe pi ra re ri sa se si ta te ti va ve ción dad mien'.split(
    ' ',
  ),
  pt: 'ba be bi bo ca ce ci co da de di do fa fe fi ga ge gi la le li lo ma me mi mo na ne ni pa pe pi ra re ri sa se si ta te ti va ve ção dade men'.split(
    ' ',
  ),
};
const CONTENT_LANGUAGES = ['en', 'fr', 'es', 'pt'];
const EXTRA_LANGUAGES = [
  'en',
  'fr',
  'es',
  'pt',
  'es-419',
  'pt-BR',
  'id',
  'mn',
  'fil',
  'sw',
  'mg',
  'ar',
  'zh',
];
const GIVEN =
  'Ana José María Kwame Ama Abena Kofi Aïssata Moussa Chantal Nguyễn Siti Budi Bat-Erdene Oyun Juan Luis Camila Sofía Adjoa Pedro João Thiago Fatou Seydou Mariam Grace Peter Wanjiru'.split(
    ' ',
  );
const FAMILY =
  'Gómez Arias Mensah Owusu Traoré Ouédraogo Diallo Sánchez Pérez Silva Santos Ndlovu Kamau Otieno Hernández Rojas Dembélé Koné Tumurbaatar Lopez Müller Smith Hilson Veiga Schwartz Kabore Asante Boateng Baptiste Cruz'.split(
    ' ',
  );
const ORG_SEEDS = [
  'UNEP',
  'UNDP',
  'UNIDO',
  'Conservation International',
  'Alliance for Responsible Mining',
  'Artisanal Gold Council',
  'World Bank',
  'IGF',
  'OECD',
  'planetGOLD',
  'Pact',
  'Levin Sources',
  'BGR',
  'GIZ',
  'ILO',
  'WHO',
  'Solidaridad',
  'IMPACT',
];
const PRIORITY_COUNTRIES = [
  'GH',
  'PE',
  'CO',
  'BF',
  'ID',
  'PH',
  'KE',
  'MN',
  'EC',
  'GY',
  'BO',
  'HN',
  'MG',
  'NG',
  'CG',
  'SR',
  'UG',
  'CI',
  'GN',
  'ML',
  'NI',
  'SL',
  'ZM',
  'TZ',
  'CD',
  'ZW',
  'SN',
  'BR',
  'MX',
];

/**
 * Text a careless or malicious publisher may send: SQL and array-literal syntax, LIKE wildcards, quotes and
 * backslashes, U+0000 and other control characters, decomposed and compatibility characters, letters outside
 * the BMP, emoji, right-to-left and CJK scripts, zero-width characters.
 */
export const HOSTILE_TEXT = [
  "Robert'); DROP TABLE asm_resources; --",
  '100% pure _gold_ \\ back\\slash $1 ::text',
  'O\'Brien "quoted" <script>alert(1)</script>',
  '{mercury,gold} {"a":1} [1,2]',
  'Ｆｕｌｌｗｉｄｔｈ ＭＥＲＣＵＲＹ ﬁnance',
  'İstanbul ǅemal straße ΣΊΣΥΦΟΣ',
  'mine\u0301ria decomposed Co\u0302te',
  '𝔐𝔦𝔫𝔦𝔫𝔤 𝐠𝐨𝐥𝐝 😀 👩🏽‍🔧 miner',
  'Монголия алт олборлолт',
  '金矿 小规模 采矿',
  'تعدين الذهب الحرفي',
  'खनन सोना',
  'zero\u200bwidth join\u200dme',
  'nul\u0000byte bell\u0007 soh\u0001 del\u007f',
  'x'.repeat(120) + ' longword',
];

/** Synthetic catalogue of `size` resources, always the same for the same seed. */
export function generateCatalogue(size: number, seed = 42): Resource[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[], draw: () => number): T => list[draw()]!;
  const uniform = (n: number) => () => Math.floor(random() * n);

  // Per language: domain words first (frequent), then a long tail of pseudo-words (rare), drawn by Zipf rank.
  // The tail grows with the catalogue like a real vocabulary (Heaps' law: about 20k distinct words for 10k
  // resources, 100k for 100k in four languages).
  const vocab: Record<string, { words: string[]; draw: () => number }> = {};
  const tail = Math.min(30000, 4000 + size / 4);
  for (const l of CONTENT_LANGUAGES) {
    const seen = new Set(DOMAIN[l]);
    const words = [...DOMAIN[l]!];
    const syl = SYLLABLES[l]!;
    while (words.length < tail) {
      let w = '';
      for (let k = 2 + Math.floor(random() * 3); k > 0; k--) w += syl[Math.floor(random() * syl.length)];
      if (!seen.has(w)) {
        seen.add(w);
        words.push(w);
      }
    }
    vocab[l] = { words, draw: zipf(words.length, 1.05, random) };
  }
  const sentence = (l: string, min: number, max: number): string => {
    const { words, draw } = vocab[l]!;
    const out: string[] = [];
    const n = min + Math.floor(random() * (max - min + 1));
    for (let i = 0; i < n; i++)
      out.push(random() < 0.2 ? pick(STOP[l]!, uniform(STOP[l]!.length)) : words[draw()]!);
    const s = out.join(' ');
    return s[0]!.toUpperCase() + s.slice(1);
  };

  const orgs = [...ORG_SEEDS];
  for (let i = 0; orgs.length < Math.max(50, size / 50); i++) {
    const w = vocab.en!.words[200 + i]!;
    orgs.push(
      `${w[0]!.toUpperCase()}${w.slice(1)} ${['Foundation', 'Institute', 'Mining Cooperative', 'University', 'Ministry of Mines', 'Association'][i % 6]}`,
    );
  }
  const projects = PRIORITY_COUNTRIES.map((c) => `planetGOLD ${c}`);
  for (let i = 0; projects.length < Math.max(20, size / 300); i++)
    projects.push(`Project ${vocab.es!.words[300 + i]}`);
  const countries = [...PRIORITY_COUNTRIES, ...COUNTRY_CODES.filter((c) => !PRIORITY_COUNTRIES.includes(c))];

  const drawType = zipf(RESOURCE_TYPES.length, 1.1, random);
  const drawArea = zipf(KNOWLEDGE_AREAS.length, 0.8, random);
  const drawCountry = zipf(countries.length, 1.2, random);
  const drawOrg = zipf(orgs.length, 1.1, random);
  const drawProject = zipf(projects.length, 1.0, random);
  const drawLanguage = zipf(CONTENT_LANGUAGES.length, 1.6, random);
  const drawExtra = zipf(EXTRA_LANGUAGES.length, 1.3, random);

  const resources: Resource[] = [];
  for (let i = 0; i < size; i++) {
    const main = pick(CONTENT_LANGUAGES, drawLanguage);
    const langs = [main];
    if (random() < 0.35) {
      const second = pick(CONTENT_LANGUAGES, uniform(4));
      if (second !== main) langs.push(second);
    }
    const title: Record<string, string> = {};
    const summary: Record<string, string> = {};
    const hasSummary = random() < 0.7;
    for (const l of langs) {
      title[l] = sentence(l, 5, 14);
      if (hasSummary) summary[l] = sentence(l, 20, 50) + '.';
    }
    const languages = [...new Set([...langs, ...(random() < 0.1 ? [pick(EXTRA_LANGUAGES, drawExtra)] : [])])];
    const authors = Array.from({ length: Math.floor(random() * 4) }, () => ({
      name: `${pick(GIVEN, uniform(GIVEN.length))} ${pick(FAMILY, uniform(FAMILY.length))}`,
    }));
    const organizations = [
      ...new Set(Array.from({ length: 1 + Math.floor(random() * 2.5) }, () => pick(orgs, drawOrg))),
    ].map((name, k) => ({ name, role: (k === 0 ? 'publisher' : 'funder') as 'publisher' | 'funder' }));
    const year = 2025 - Math.floor(Math.pow(random(), 1.8) * 30);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const r = random();
    const published =
      r < 0.05
        ? undefined
        : r < 0.45
          ? String(year)
          : r < 0.75
            ? `${year}-${month}`
            : `${year}-${month}-1${Math.floor(random() * 9)}`;
    const resource: Resource = {
      id: `r${i}`,
      title,
      type: pick(RESOURCE_TYPES, drawType),
      knowledgeAreas: [
        ...new Set(
          Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(KNOWLEDGE_AREAS, drawArea)),
        ),
      ],
      keywords: Array.from(
        { length: Math.floor(random() * 4) },
        () => vocab[main]!.words[vocab[main]!.draw()]!,
      ),
      commodities: ['gold'],
      audiences: [],
      languages,
      files: [],
      authors,
      organizations,
      countries: [
        ...new Set(Array.from({ length: Math.floor(random() * 3.2) }, () => pick(countries, drawCountry))),
      ],
      identifiers: {},
      related: [],
    } as unknown as Resource;
    if (hasSummary) resource.summary = summary;
    if (published) resource.published = published;
    if (authors.length && random() < 0.6)
      resource.credit = authors.map((a) => a.name).join(', ') + ' - for planetGOLD';
    if (random() < 0.4) resource.project = pick(projects, drawProject);
    const access = random();
    if (access < 0.95)
      resource.access = access < 0.8 ? 'open' : access < 0.88 ? ACCESS_LEVELS[1] : ACCESS_LEVELS[2];
    // About one resource in twenty gets hostile text in a title, summary, keyword, organization or project.
    if (random() < 0.05) {
      const text = pick(HOSTILE_TEXT, uniform(HOSTILE_TEXT.length));
      const where = Math.floor(random() * 5);
      if (where === 0) title[pick(Object.keys(title), uniform(Object.keys(title).length))] += ' ' + text;
      else if (where === 1) resource.summary = { ...resource.summary, id: text };
      else if (where === 2) resource.keywords = [...(resource.keywords ?? []), text];
      else if (where === 3)
        resource.organizations = [...(resource.organizations ?? []), { name: text, role: 'funder' }];
      else resource.project = text;
    }
    resources.push(resource);
  }
  return resources;
}
