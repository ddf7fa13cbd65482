import { countryName } from '@asm-kit/schema';
import type { Resource } from '@asm-kit/schema';
import { languageVersions, toCslItem } from './csl.js';
import type { CslItem, CslOptions, CslType } from './csl.js';
import type { CslName } from './names.js';

const ENTRY_TYPES: Readonly<Record<CslType, string>> = {
  report: 'techreport',
  'article-journal': 'article',
  book: 'book',
  chapter: 'incollection',
  'paper-conference': 'inproceedings',
  thesis: 'phdthesis',
  standard: 'manual',
  motion_picture: 'misc',
  speech: 'misc',
  graphic: 'misc',
  dataset: 'misc',
  map: 'misc',
  software: 'misc',
  document: 'misc',
};

// babel / polyglossia names that `langid` expects; other tags are written as they are.
const LANGIDS: Readonly<Record<string, string>> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  pt: 'portuguese',
  'pt-br': 'brazilian',
  id: 'indonesian',
  nl: 'dutch',
  de: 'german',
  it: 'italian',
  sw: 'swahili',
  ru: 'russian',
  ar: 'arabic',
  zh: 'chinese',
  mn: 'mongolian',
};

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In the OT1 font encoding plain TeX uses, '<' and '>' print as '¡' and '¿', and parsers that follow TeX
  // (Zotero's among them) read them so.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/**
 * Escapes the characters TeX treats as commands. Accented letters stay as UTF-8, which BibLaTeX, Biber and
 * current BibTeX tools read; turning them into TeX accents would lose them in tools that do not.
 */
export function escapeBibTeX(text: string): string {
  return text.replace(/[\\{}&%$#_~^<>]/g, (char) => SPECIAL[char] ?? char).replace(/\s+/g, ' ');
}

// Words with a capital after the first letter (ASGM, planetGOLD, CRAFT) keep their case in styles that
// lower-case titles: they are wrapped in braces.
function protectCase(escaped: string): string {
  return escaped.replace(/(^|[\s(/-])([\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*)/gu, '$1{$2}');
}

function bibName(name: CslName): string {
  // Corporate names go in an extra pair of braces, otherwise BibTeX splits 'Alliance for Responsible Mining'
  // into given and family names and abbreviates it.
  if (name.literal !== undefined) return `{${escapeBibTeX(name.literal)}}`;
  const family = [name['non-dropping-particle'], name.family]
    .filter(Boolean)
    .map((part) => escapeBibTeX(part ?? ''));
  const parts = [family.join(' ')];
  if (name.suffix) parts.push(escapeBibTeX(name.suffix));
  if (name.given) parts.push(escapeBibTeX(name.given));
  else if (name.suffix) parts.push('');
  // A family name of several words without a particle ('Racionero Gómez') needs braces to stay together.
  if (!name['non-dropping-particle'] && (name.family ?? '').includes(' ')) parts[0] = `{${parts[0]}}`;
  return parts.join(', ');
}

function field(name: string, value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : `  ${name} = {${value}}`;
}

/** BibTeX entry of one CSL item; `resource` adds what CSL has no field for (countries, files, access). */
export function cslToBibTeX(item: CslItem, resource?: Resource): string {
  const type = ENTRY_TYPES[item.type];
  const date = item.issued?.['date-parts'][0];
  const keywords = [
    ...(item.keyword ? item.keyword.split(', ') : []),
    ...(resource?.countries.map((code) => countryName(code, item.language ?? 'en')) ?? []),
  ];
  const publisherField = type === 'techreport' ? 'institution' : 'publisher';
  const isArticle = item.type === 'article-journal';
  const notes: string[] = [];
  if (resource?.license) notes.push(`License: ${resource.license}`);
  if (resource?.access && resource.access !== 'open') notes.push(`Access: ${resource.access}`);
  const primaryLanguage = (item.language ?? '').toLowerCase();
  const langid = LANGIDS[primaryLanguage] ?? LANGIDS[primaryLanguage.split('-')[0] ?? ''] ?? item.language;
  const lines = [
    field('title', protectCase(escapeBibTeX(item.title))),
    field('author', item.author?.map(bibName).join(' and ')),
    field('year', date?.[0] !== undefined ? String(date[0]) : undefined),
    field(
      'date',
      date && date.length > 1 ? date.map((part) => String(part).padStart(2, '0')).join('-') : undefined,
    ),
    field(publisherField, item.publisher ? escapeBibTeX(item.publisher) : undefined),
    field(
      isArticle ? 'journal' : 'booktitle',
      item['container-title'] ? escapeBibTeX(item['container-title']) : undefined,
    ),
    field('series', item['collection-title'] ? escapeBibTeX(item['collection-title']) : undefined),
    field('number', isArticle ? item.issue : item['collection-number']),
    field('volume', item.volume),
    field('pages', item.page?.replace(/\s*[-–]\s*/, '--')),
    field('type', item.genre ? escapeBibTeX(item.genre) : undefined),
    field('edition', item.version ? escapeBibTeX(item.version) : undefined),
    field('doi', item.DOI),
    field('isbn', item.ISBN),
    field('url', item.URL),
    field('langid', langid),
    field('abstract', item.abstract ? escapeBibTeX(item.abstract) : undefined),
    // Keywords are read verbatim (JabRef, Zotero): no TeX escapes, only braces removed so the entry parses.
    field('keywords', keywords.length > 0 ? keywords.join(', ').replace(/[{}]/g, '') : undefined),
    field('note', notes.length > 0 ? escapeBibTeX(notes.join('. ')) : undefined),
  ].filter((line): line is string => line !== undefined);
  return `@${type}{${item.id},\n${lines.join(',\n')}\n}\n`;
}

/**
 * BibTeX for resources, built from their CSL items: one entry per language version, keyed by the stable
 * resource id (`id` or `id_lang`), corporate authors in double braces, TeX special characters escaped.
 * @example toBibTeX(resource) // '@techreport{taxes-fees,\n  title = {Taxes, Fees...},\n ...}\n'
 */
export function toBibTeX(resources: Resource | readonly Resource[], options: CslOptions = {}): string {
  const list: readonly Resource[] = Array.isArray(resources) ? resources : [resources as Resource];
  return list
    .flatMap((resource) =>
      languageVersions(resource).map((language) =>
        cslToBibTeX(toCslItem(resource, language, options), resource),
      ),
    )
    .join('\n');
}
