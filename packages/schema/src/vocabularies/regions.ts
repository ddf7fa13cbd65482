import { labelTable, toUiLanguage, type Labels } from './languages.js';

// The most specific M49 region of every ISO 3166-1 alpha-2 code, laid out like the standard's decoding table:
// one row per first letter, one column per second letter A to Z. A cell holds the letter of the code's region in
// REGION_OF_LETTER ('a' is the first region listed there, 'b' the second, …), or '.' when the code is not
// assigned. Each code is written once, and in the elements embed the grid costs about 0.3 KB gzip less than lists
// of codes by region (see the README). Two decisions where M49 and ISO 3166-1 differ:
// - Antarctica (AQ) sits directly under World in M49: it maps to '001', so it has no region to filter by.
// - M49 does not list Taiwan (TW), which ISO 3166-1 does: it is placed in Eastern Asia, as geography says.
const GRID = {
  A: '...song.g..so.d.aixtu.gq.o',
  B: 'sg.ntfpocf.gjmi.gign.ie.ph',
  C: 'j.ud.ddtf.xidli..h..gfguop',
  D: '....t....cq.g.g..........b',
  E: '..i.q.bb.........csc......',
  F: '........qvi.w.q..t........',
  G: 'dq.goirfs..jff.gdsihw.f.i.',
  H: '..........l.uh...s.gp.....',
  I: '...mq......oqnc.onqs......',
  J: '....r.......g.ol..........',
  K: '....c.kmw...cg.l.l....o.gk',
  L: 'mog.....t.n......feqtq..b.',
  M: 'b.tpsgcw..sfmllwgfgscnchmc',
  N: 'e.v.fuf.h..t..qn.w..x....u',
  O: '............o.............',
  P: 'h...ixvm..npjx...gos..w.i.',
  Q: 'o.........................',
  R: '....c.........p...s.p.c...',
  S: 'ovcbq.mfsqpfsfc..icd.h.goe',
  T: '..gd.cfm.kxmkbx..o.g.xl..c',
  U: 'p.....c.....w.....j.....ik',
  V: 's.g.i.g.g....m......v.....',
  W: '.....x............x.......',
  X: '..........................',
  Y: '....o..............c......',
  Z: 'e...........c.........c...',
} as const;

/**
 * M49 codes of the regions named by the letters of GRID, in letter order: a 001 World (Antarctica only),
 * b 015 Northern Africa, c 014 Eastern Africa, d 017 Middle Africa, e 018 Southern Africa, f 011 Western Africa,
 * g 029 Caribbean, h 013 Central America, i 005 South America, j 021 Northern America, k 143 Central Asia,
 * l 030 Eastern Asia, m 035 South-eastern Asia, n 034 Southern Asia, o 145 Western Asia, p 151 Eastern Europe,
 * q 154 Northern Europe, r 830 Channel Islands, s 039 Southern Europe, t 155 Western Europe, u 053 Australia and
 * New Zealand, v 054 Melanesia, w 057 Micronesia, x 061 Polynesia.
 */
const REGION_OF_LETTER =
  '001 015 014 017 018 011 029 013 005 021 143 030 035 034 145 151 154 830 039 155 053 054 057 061';

/** The second letters of a code, in the order of a row of GRID. */
type Letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Codes of one row of GRID: `First` followed by each letter of `Seconds` whose cell is not '.'. */
type RowCodes<
  First extends string,
  Cells extends string,
  Seconds extends string = Letters,
  Codes extends string = never,
> = Cells extends `${infer Cell}${infer MoreCells}`
  ? Seconds extends `${infer Second}${infer MoreSeconds}`
    ? RowCodes<First, MoreCells, MoreSeconds, Codes | (Cell extends '.' ? never : `${First}${Second}`)>
    : Codes
  : Codes;

/** An ISO 3166-1 alpha-2 country code. */
export type CountryCode = {
  [First in keyof typeof GRID]: RowCodes<First, (typeof GRID)[First]>;
}[keyof typeof GRID];

/**
 * Most specific M49 region of each country (e.g. GH -> '011' Western Africa; CO -> '005'). Antarctica maps to
 * World '001', the only region M49 gives it; Taiwan, absent from M49, maps to Eastern Asia '030'.
 */
export const COUNTRY_REGION: Readonly<Record<CountryCode, string>> = /* @__PURE__ */ countryRegions();

function countryRegions(): Record<CountryCode, string> {
  const regions = REGION_OF_LETTER.split(' ');
  const byCode: Record<string, string> = {};
  for (const [first, cells] of Object.entries(GRID)) {
    for (let index = 0; index < 26; index += 1) {
      const region = regions[cells.charCodeAt(index) - 97];
      if (region) byCode[first + String.fromCharCode(65 + index)] = region;
    }
  }
  return byCode as Record<CountryCode, string>;
}

/**
 * Every ISO 3166-1 alpha-2 code (249), upper case, sorted. Codes outside the standard, such as the
 * user-assigned XK used for Kosovo, are left out so that a catalogue stays valid for every consumer.
 */
export const COUNTRY_CODES: readonly CountryCode[] = /* @__PURE__ */ countryCodes();

function countryCodes(): CountryCode[] {
  // GRID is read row by row, column by column: already in alphabetical order.
  return Object.keys(COUNTRY_REGION) as CountryCode[];
}

/**
 * UN M49 regions: code -> labels and parent code (World '001' has none). Holds every region, sub-region and
 * intermediate region of the standard, so a country's chain of regions is complete.
 */
export const REGIONS: Readonly<Record<string, { labels: Labels; parent?: string }>> =
  /* @__PURE__ */ regionTable(`
001|World|Monde|Mundo|Mundo
 002|Africa|Afrique|África|África
  015|Northern Africa|Afrique du Nord|Norte de África|Norte da África
  202|Sub-Saharan Africa|Afrique subsaharienne|África subsahariana|África Subsaariana
   014|Eastern Africa|Afrique de l’Est|África Oriental|África Oriental
   017|Middle Africa|Afrique centrale|África Central|África Central
   018|Southern Africa|Afrique australe|África Austral|África Austral
   011|Western Africa|Afrique de l’Ouest|África Occidental|África Ocidental
 019|Americas|Amériques|América|Américas
  419|Latin America and the Caribbean|Amérique latine et Caraïbes|América Latina y el Caribe|América Latina e Caribe
   029|Caribbean|Caraïbes|Caribe|Caribe
   013|Central America|Amérique centrale|Centroamérica|América Central
   005|South America|Amérique du Sud|América del Sur|América do Sul
  021|Northern America|Amérique septentrionale|América Septentrional|América Setentrional
 142|Asia|Asie|Asia|Ásia
  143|Central Asia|Asie centrale|Asia Central|Ásia Central
  030|Eastern Asia|Asie de l’Est|Asia Oriental|Ásia Oriental
  035|South-eastern Asia|Asie du Sud-Est|Sudeste Asiático|Sudeste Asiático
  034|Southern Asia|Asie du Sud|Asia Meridional|Ásia Meridional
  145|Western Asia|Asie de l’Ouest|Asia Occidental|Ásia Ocidental
 150|Europe|Europe|Europa|Europa
  151|Eastern Europe|Europe de l’Est|Europa Oriental|Europa Oriental
  154|Northern Europe|Europe du Nord|Europa Septentrional|Europa Setentrional
   830|Channel Islands|Îles Anglo-Normandes|Islas del Canal|Ilhas do Canal
  039|Southern Europe|Europe du Sud|Europa Meridional|Europa Meridional
  155|Western Europe|Europe de l’Ouest|Europa Occidental|Europa Ocidental
 009|Oceania|Océanie|Oceanía|Oceania
  053|Australia and New Zealand|Australie et Nouvelle-Zélande|Australia y Nueva Zelanda|Austrália e Nova Zelândia
  054|Melanesia|Mélanésie|Melanesia|Melanésia
  057|Micronesia|Micronésie|Micronesia|Micronésia
  061|Polynesia|Polynésie|Polinesia|Polinésia
`);

/**
 * Reads the table above: `code|en|fr|es|pt` per line, indented one space deeper than the region it is part of
 * (an outline of M49, and no parent code to write on every line). World is not indented.
 */
function regionTable(table: string): Record<string, { labels: Labels; parent?: string }> {
  const regions: Record<string, { labels: Labels; parent?: string }> = {};
  // Codes of the regions enclosing the current line, by depth.
  const enclosing: string[] = [];
  for (const line of table.slice(1, -1).split('\n')) {
    const entry = line.trimStart();
    const depth = line.length - entry.length;
    const [code, ...labels] = entry.split('|') as [string, ...string[]];
    const labelsByLanguage = labelTable(`|${labels.join('|')}`)[''] as Labels;
    const parent = enclosing[depth - 1];
    regions[code] = parent ? { parent, labels: labelsByLanguage } : { labels: labelsByLanguage };
    enclosing[depth] = code;
  }
  return regions;
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
