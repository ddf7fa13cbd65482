import { labelTable, toUiLanguage, type Labels } from './languages.js';

// Countries by their most specific M49 region, as the standard's overview table groups them.
// Two decisions where M49 and ISO 3166-1 differ:
// - Antarctica (AQ) sits directly under World in M49: it maps to '001', so it has no region to filter by.
// - M49 does not list Taiwan (TW), which ISO 3166-1 does: it is placed in Eastern Asia, as geography says.
const MEMBERS = {
  '001': 'AQ',
  '015': 'DZ EG EH LY MA SD TN',
  '014': 'BI DJ ER ET IO KE KM MG MU MW MZ RE RW SC SO SS TF TZ UG YT ZM ZW',
  '017': 'AO CD CF CG CM GA GQ ST TD',
  '018': 'BW LS NA SZ ZA',
  '011': 'BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG',
  '029': 'AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI',
  '013': 'BZ CR GT HN MX NI PA SV',
  '005': 'AR BO BR BV CL CO EC FK GF GS GY PE PY SR UY VE',
  '021': 'BM CA GL PM US',
  '143': 'KG KZ TJ TM UZ',
  '030': 'CN HK JP KP KR MN MO TW',
  '035': 'BN ID KH LA MM MY PH SG TH TL VN',
  '034': 'AF BD BT IN IR LK MV NP PK',
  '145': 'AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE',
  '151': 'BG BY CZ HU MD PL RO RU SK UA',
  '154': 'AX DK EE FI FO GB IE IM IS LT LV NO SE SJ',
  '830': 'GG JE',
  '039': 'AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA',
  '155': 'AT BE CH DE FR LI LU MC NL',
  '053': 'AU CC CX HM NF NZ',
  '054': 'FJ NC PG SB VU',
  '057': 'FM GU KI MH MP NR PW UM',
  '061': 'AS CK NU PF PN TK TO TV WF WS',
} as const;

/** The words of a text separated by single spaces, as a tuple type. */
type Words<Text extends string, Done extends string[] = []> = Text extends `${infer Word} ${infer Rest}`
  ? Words<Rest, [...Done, Word]>
  : [...Done, Text];

/** An ISO 3166-1 alpha-2 country code. */
export type CountryCode = Words<(typeof MEMBERS)[keyof typeof MEMBERS]>[number];

/**
 * Every ISO 3166-1 alpha-2 code (249), upper case, sorted. Codes outside the standard, such as the
 * user-assigned XK used for Kosovo, are left out so that a catalogue stays valid for every consumer.
 * Read from the region table above, where each code is written once (a second list of 249 codes would
 * cost about 0.4 KB gzip in every browser bundle).
 */
export const COUNTRY_CODES: readonly CountryCode[] = /* @__PURE__ */ countryCodes();

function countryCodes(): CountryCode[] {
  return (Object.values(MEMBERS).join(' ').split(' ') as CountryCode[]).sort();
}

/**
 * UN M49 regions: code -> labels and parent code (World '001' has none). Holds every region, sub-region and
 * intermediate region of the standard, so a country's chain of regions is complete.
 */
export const REGIONS: Readonly<Record<string, { labels: Labels; parent?: string }>> =
  /* @__PURE__ */ regionTable(`
001||World|Monde|Mundo|Mundo
002|001|Africa|Afrique|África|África
015|002|Northern Africa|Afrique du Nord|Norte de África|Norte da África
202|002|Sub-Saharan Africa|Afrique subsaharienne|África subsahariana|África Subsaariana
014|202|Eastern Africa|Afrique de l’Est|África Oriental|África Oriental
017|202|Middle Africa|Afrique centrale|África Central|África Central
018|202|Southern Africa|Afrique australe|África Austral|África Austral
011|202|Western Africa|Afrique de l’Ouest|África Occidental|África Ocidental
019|001|Americas|Amériques|América|Américas
419|019|Latin America and the Caribbean|Amérique latine et Caraïbes|América Latina y el Caribe|América Latina e Caribe
029|419|Caribbean|Caraïbes|Caribe|Caribe
013|419|Central America|Amérique centrale|Centroamérica|América Central
005|419|South America|Amérique du Sud|América del Sur|América do Sul
021|019|Northern America|Amérique septentrionale|América Septentrional|América Setentrional
142|001|Asia|Asie|Asia|Ásia
143|142|Central Asia|Asie centrale|Asia Central|Ásia Central
030|142|Eastern Asia|Asie de l’Est|Asia Oriental|Ásia Oriental
035|142|South-eastern Asia|Asie du Sud-Est|Sudeste Asiático|Sudeste Asiático
034|142|Southern Asia|Asie du Sud|Asia Meridional|Ásia Meridional
145|142|Western Asia|Asie de l’Ouest|Asia Occidental|Ásia Ocidental
150|001|Europe|Europe|Europa|Europa
151|150|Eastern Europe|Europe de l’Est|Europa Oriental|Europa Oriental
154|150|Northern Europe|Europe du Nord|Europa Septentrional|Europa Setentrional
830|154|Channel Islands|Îles Anglo-Normandes|Islas del Canal|Ilhas do Canal
039|150|Southern Europe|Europe du Sud|Europa Meridional|Europa Meridional
155|150|Western Europe|Europe de l’Ouest|Europa Occidental|Europa Ocidental
009|001|Oceania|Océanie|Oceanía|Oceania
053|009|Australia and New Zealand|Australie et Nouvelle-Zélande|Australia y Nueva Zelanda|Austrália e Nova Zelândia
054|009|Melanesia|Mélanésie|Melanesia|Melanésia
057|009|Micronesia|Micronésie|Micronesia|Micronésia
061|009|Polynesia|Polynésie|Polinesia|Polinésia
`);

/** Reads the table above: `code|parent|en|fr|es|pt` per line, parent empty for World. */
function regionTable(table: string): Record<string, { labels: Labels; parent?: string }> {
  const regions: Record<string, { labels: Labels; parent?: string }> = {};
  for (const line of table.trim().split('\n')) {
    const [code, parent, ...labels] = line.split('|') as [string, string, ...string[]];
    const labelsByLanguage = labelTable(`|${labels.join('|')}`)[''] as Labels;
    regions[code] = parent ? { parent, labels: labelsByLanguage } : { labels: labelsByLanguage };
  }
  return regions;
}

/**
 * Most specific M49 region of each country (e.g. GH -> '011' Western Africa; CO -> '005'). Antarctica maps to
 * World '001', the only region M49 gives it; Taiwan, absent from M49, maps to Eastern Asia '030'.
 */
export const COUNTRY_REGION: Readonly<Record<CountryCode, string>> = /* @__PURE__ */ countryRegions();

function countryRegions(): Record<CountryCode, string> {
  return Object.fromEntries(
    Object.entries(MEMBERS).flatMap(([region, codes]) => codes.split(' ').map((code) => [code, region])),
  ) as Record<CountryCode, string>;
}

/**
 * M49 regions containing a country, most specific first, excluding World: GH -> ['011', '202', '002'].
 * Regions are derived here rather than tagged, so filters by region stay consistent.
 * Input is case-insensitive; an unknown code, or Antarctica, gives [].
 */
export function regionsOfCountry(code: string): readonly string[] {
  const country = code.trim().toUpperCase();
  const chain: string[] = [];
  let region = Object.hasOwn(COUNTRY_REGION, country) ? COUNTRY_REGION[country as CountryCode] : undefined;
  while (region !== undefined && region !== '001' && !chain.includes(region)) {
    chain.push(region);
    region = REGIONS[region]?.parent;
  }
  return chain;
}

/**
 * Label of an M49 region in `language` (BCP 47; 'pt-BR' uses 'pt', others English); the code when unknown.
 * @example regionLabel('011', 'fr') // 'Afrique de l’Ouest'
 */
export function regionLabel(code: string, language: string): string {
  const region = Object.hasOwn(REGIONS, code) ? REGIONS[code] : undefined;
  return region ? region.labels[toUiLanguage(language)] : code;
}
