import { toUiLanguage, type Labels } from './languages.js';

/**
 * Every ISO 3166-1 alpha-2 code (249), upper case, sorted. Codes outside the standard, such as the
 * user-assigned XK used for Kosovo, are left out so that a catalogue stays valid for every consumer.
 */
// prettier-ignore
export const COUNTRY_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV',
  'BW', 'BY', 'BZ',
  'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY',
  'CZ',
  'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ',
  'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET',
  'FI', 'FJ', 'FK', 'FM', 'FO', 'FR',
  'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW',
  'GY',
  'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT',
  'JE', 'JM', 'JO', 'JP',
  'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ',
  'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
  'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU',
  'MV', 'MW', 'MX', 'MY', 'MZ',
  'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ',
  'OM',
  'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY',
  'QA',
  'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV',
  'SX', 'SY', 'SZ',
  'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ',
  'UA', 'UG', 'UM', 'US', 'UY', 'UZ',
  'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU',
  'WF', 'WS',
  'YE', 'YT',
  'ZA', 'ZM', 'ZW',
] as const;

/** An ISO 3166-1 alpha-2 country code. */
export type CountryCode = (typeof COUNTRY_CODES)[number];

/**
 * UN M49 regions: code -> labels and parent code (World '001' has none). Holds every region, sub-region and
 * intermediate region of the standard, so a country's chain of regions is complete.
 */
export const REGIONS: Readonly<Record<string, { labels: Labels; parent?: string }>> = {
  '001': { labels: { en: 'World', fr: 'Monde', es: 'Mundo', pt: 'Mundo' } },

  '002': { parent: '001', labels: { en: 'Africa', fr: 'Afrique', es: 'África', pt: 'África' } },
  '015': {
    parent: '002',
    labels: { en: 'Northern Africa', fr: 'Afrique du Nord', es: 'Norte de África', pt: 'Norte da África' },
  },
  '202': {
    parent: '002',
    labels: {
      en: 'Sub-Saharan Africa',
      fr: 'Afrique subsaharienne',
      es: 'África subsahariana',
      pt: 'África Subsaariana',
    },
  },
  '014': {
    parent: '202',
    labels: { en: 'Eastern Africa', fr: 'Afrique de l’Est', es: 'África Oriental', pt: 'África Oriental' },
  },
  '017': {
    parent: '202',
    labels: { en: 'Middle Africa', fr: 'Afrique centrale', es: 'África Central', pt: 'África Central' },
  },
  '018': {
    parent: '202',
    labels: { en: 'Southern Africa', fr: 'Afrique australe', es: 'África Austral', pt: 'África Austral' },
  },
  '011': {
    parent: '202',
    labels: {
      en: 'Western Africa',
      fr: 'Afrique de l’Ouest',
      es: 'África Occidental',
      pt: 'África Ocidental',
    },
  },

  '019': { parent: '001', labels: { en: 'Americas', fr: 'Amériques', es: 'América', pt: 'Américas' } },
  '419': {
    parent: '019',
    labels: {
      en: 'Latin America and the Caribbean',
      fr: 'Amérique latine et Caraïbes',
      es: 'América Latina y el Caribe',
      pt: 'América Latina e Caribe',
    },
  },
  '029': { parent: '419', labels: { en: 'Caribbean', fr: 'Caraïbes', es: 'Caribe', pt: 'Caribe' } },
  '013': {
    parent: '419',
    labels: { en: 'Central America', fr: 'Amérique centrale', es: 'Centroamérica', pt: 'América Central' },
  },
  '005': {
    parent: '419',
    labels: { en: 'South America', fr: 'Amérique du Sud', es: 'América del Sur', pt: 'América do Sul' },
  },
  // M49's Northern America leaves Mexico out (it is in Central America), hence not 'Amérique du Nord'.
  '021': {
    parent: '019',
    labels: {
      en: 'Northern America',
      fr: 'Amérique septentrionale',
      es: 'América Septentrional',
      pt: 'América Setentrional',
    },
  },

  '142': { parent: '001', labels: { en: 'Asia', fr: 'Asie', es: 'Asia', pt: 'Ásia' } },
  '143': {
    parent: '142',
    labels: { en: 'Central Asia', fr: 'Asie centrale', es: 'Asia Central', pt: 'Ásia Central' },
  },
  '030': {
    parent: '142',
    labels: { en: 'Eastern Asia', fr: 'Asie de l’Est', es: 'Asia Oriental', pt: 'Ásia Oriental' },
  },
  '035': {
    parent: '142',
    labels: {
      en: 'South-eastern Asia',
      fr: 'Asie du Sud-Est',
      es: 'Sudeste Asiático',
      pt: 'Sudeste Asiático',
    },
  },
  '034': {
    parent: '142',
    labels: { en: 'Southern Asia', fr: 'Asie du Sud', es: 'Asia Meridional', pt: 'Ásia Meridional' },
  },
  '145': {
    parent: '142',
    labels: { en: 'Western Asia', fr: 'Asie de l’Ouest', es: 'Asia Occidental', pt: 'Ásia Ocidental' },
  },

  '150': { parent: '001', labels: { en: 'Europe', fr: 'Europe', es: 'Europa', pt: 'Europa' } },
  '151': {
    parent: '150',
    labels: { en: 'Eastern Europe', fr: 'Europe de l’Est', es: 'Europa Oriental', pt: 'Europa Oriental' },
  },
  '154': {
    parent: '150',
    labels: {
      en: 'Northern Europe',
      fr: 'Europe du Nord',
      es: 'Europa Septentrional',
      pt: 'Europa Setentrional',
    },
  },
  '830': {
    parent: '154',
    labels: {
      en: 'Channel Islands',
      fr: 'Îles Anglo-Normandes',
      es: 'Islas del Canal',
      pt: 'Ilhas do Canal',
    },
  },
  '039': {
    parent: '150',
    labels: { en: 'Southern Europe', fr: 'Europe du Sud', es: 'Europa Meridional', pt: 'Europa Meridional' },
  },
  '155': {
    parent: '150',
    labels: {
      en: 'Western Europe',
      fr: 'Europe de l’Ouest',
      es: 'Europa Occidental',
      pt: 'Europa Ocidental',
    },
  },

  '009': { parent: '001', labels: { en: 'Oceania', fr: 'Océanie', es: 'Oceanía', pt: 'Oceania' } },
  '053': {
    parent: '009',
    labels: {
      en: 'Australia and New Zealand',
      fr: 'Australie et Nouvelle-Zélande',
      es: 'Australia y Nueva Zelanda',
      pt: 'Austrália e Nova Zelândia',
    },
  },
  '054': { parent: '009', labels: { en: 'Melanesia', fr: 'Mélanésie', es: 'Melanesia', pt: 'Melanésia' } },
  '057': {
    parent: '009',
    labels: { en: 'Micronesia', fr: 'Micronésie', es: 'Micronesia', pt: 'Micronésia' },
  },
  '061': { parent: '009', labels: { en: 'Polynesia', fr: 'Polynésie', es: 'Polinesia', pt: 'Polinésia' } },
};

// Countries by their most specific M49 region, as the standard's overview table groups them.
// Two decisions where M49 and ISO 3166-1 differ:
// - Antarctica (AQ) sits directly under World in M49: it maps to '001', so it has no region to filter by.
// - M49 does not list Taiwan (TW), which ISO 3166-1 does: it is placed in Eastern Asia, as geography says.
const MEMBERS: Readonly<Record<string, string>> = {
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
};

/**
 * Most specific M49 region of each country (e.g. GH -> '011' Western Africa; CO -> '005'). Antarctica maps to
 * World '001', the only region M49 gives it; Taiwan, absent from M49, maps to Eastern Asia '030'.
 */
export const COUNTRY_REGION: Readonly<Record<CountryCode, string>> = Object.freeze(
  Object.fromEntries(
    Object.entries(MEMBERS).flatMap(([region, codes]) => codes.split(' ').map((code) => [code, region])),
  ) as Record<CountryCode, string>,
);

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
