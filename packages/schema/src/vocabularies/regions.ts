import { englishLabels, toUiLanguage, type Labels } from './languages.js';

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
001|World
 002|Africa
  015|Northern Africa
  202|Sub-Saharan Africa
   014|Eastern Africa
   017|Middle Africa
   018|Southern Africa
   011|Western Africa
 019|Americas
  419|Latin America and the Caribbean
   029|Caribbean
   013|Central America
   005|South America
  021|Northern America
 142|Asia
  143|Central Asia
  030|Eastern Asia
  035|South-eastern Asia
  034|Southern Asia
  145|Western Asia
 150|Europe
  151|Eastern Europe
  154|Northern Europe
   830|Channel Islands
  039|Southern Europe
  155|Western Europe
 009|Oceania
  053|Australia and New Zealand
  054|Melanesia
  057|Micronesia
  061|Polynesia
`);

/**
 * Reads the table above: `code|English label` per line (the other languages are in ./labels/), indented one
 * space deeper than the region it is part of (an outline of M49, and no parent code to write on every line).
 * World is not indented.
 */
function regionTable(table: string): Record<string, { labels: Labels; parent?: string }> {
  const regions: Record<string, { labels: Labels; parent?: string }> = {};
  // Codes of the regions enclosing the current line, by depth.
  const enclosing: string[] = [];
  for (const line of table.slice(1, -1).split('\n')) {
    const entry = line.trimStart();
    const depth = line.length - entry.length;
    const [code, en] = entry.split('|') as [string, string];
    const labelsByLanguage = englishLabels(en);
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
 * With '@asm-kit/schema/core', English until the labels of that language are registered.
 * @example regionLabel('011', 'fr') // 'Afrique de l’Ouest'
 */
export function regionLabel(code: string, language: string): string {
  const region = Object.hasOwn(REGIONS, code) ? REGIONS[code] : undefined;
  return region ? region.labels[toUiLanguage(language)] : code;
}
