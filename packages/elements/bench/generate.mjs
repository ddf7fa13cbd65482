// Seeded generator of synthetic, valid catalogues for the browser benchmark (same seed, same catalogue).
import { KNOWLEDGE_AREAS, RESOURCE_TYPES } from '@asm-kit/schema';

/** Small fast PRNG (mulberry32): deterministic across runs and machines. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The vocabularies come from the schema, so the synthetic records always use valid terms.
const TYPES = RESOURCE_TYPES;
const AREAS = KNOWLEDGE_AREAS;
const COUNTRIES = [
  'GH',
  'BF',
  'ML',
  'SN',
  'GN',
  'CI',
  'NE',
  'TZ',
  'KE',
  'UG',
  'CD',
  'ZW',
  'ZM',
  'MG',
  'MZ',
  'ET',
  'SD',
  'NG',
  'CM',
  'CF',
  'CO',
  'PE',
  'EC',
  'BO',
  'GY',
  'SR',
  'BR',
  'VE',
  'HN',
  'NI',
  'MX',
  'ID',
  'PH',
  'MN',
  'KH',
  'LA',
  'MM',
  'PG',
  'IN',
  'KG',
];
const ORGS = [
  'UNEP',
  'UNIDO',
  'planetGOLD',
  'World Bank',
  'Alliance for Responsible Mining',
  'Pact',
  'IMPACT',
  'Artisanal Gold Council',
  'WHO',
  'OECD',
  'IGF',
  'Levin Sources',
  'BGR',
  'GIZ',
  'USAID',
  'Global Environment Facility',
  'Solidaridad',
  'Fairtrade',
  'ILO',
  'FAO',
  'Minamata Convention Secretariat',
  'Delve',
  'EITI',
  'RESOLVE',
];
const WORDS =
  'gold mercury miners artisanal small scale mining formalization cooperative finance credit women gender health safety environment water soil tailings concentrate gravity cyanide retort amalgam policy licence community training extension market price traceability due diligence supply chain export refinery processing centre river dredge land rehabilitation children labour income livelihood savings data survey monitoring emissions exposure blood urine fish village district region national programme pilot assessment baseline strategy action plan'.split(
    ' ',
  );
const LANGS = ['en', 'fr', 'es', 'pt'];

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const some = (rnd, list, max) => [
  ...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(rnd, list))),
];
const sentence = (rnd, n) => Array.from({ length: n }, () => pick(rnd, WORDS)).join(' ');
const capital = (s) => s[0].toUpperCase() + s.slice(1);

/** A catalogue of `count` resources (valid against @asm-kit/schema). */
export function generateCatalogue(count, seed = 42) {
  const rnd = random(seed);
  const resources = [];
  for (let i = 0; i < count; i++) {
    const language = rnd() < 0.7 ? 'en' : pick(rnd, LANGS);
    const languages = [...new Set([language, ...(rnd() < 0.3 ? [pick(rnd, LANGS)] : [])])];
    const title = {};
    const summary = {};
    for (const l of languages) {
      title[l] = capital(sentence(rnd, 4 + Math.floor(rnd() * 8)));
      summary[l] = capital(`${sentence(rnd, 20 + Math.floor(rnd() * 30))}.`);
    }
    const year = 1998 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    resources.push({
      id: `res-${i}`,
      url: `https://example.org/resources/${i}`,
      title,
      summary,
      type: pick(rnd, TYPES),
      knowledgeAreas: some(rnd, AREAS, 3),
      keywords: some(rnd, WORDS, 4),
      languages,
      countries: some(rnd, COUNTRIES, 3),
      published: rnd() < 0.4 ? String(year) : `${year}-${String(month).padStart(2, '0')}`,
      organizations: some(rnd, ORGS, 2).map((name, k) => ({ name, role: k === 0 ? 'publisher' : 'author' })),
      access: rnd() < 0.85 ? 'open' : 'registration',
      files: languages.map((l) => ({
        url: `https://example.org/files/${i}-${l}.pdf`,
        language: l,
        format: 'pdf',
        size: Math.floor(rnd() * 9e6),
      })),
    });
  }
  return { schemaVersion: '1.0', name: `Synthetic library (${count})`, defaultLanguage: 'en', resources };
}
