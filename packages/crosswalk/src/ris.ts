import { countryName } from '@asm-kit/schema';
import type { Resource } from '@asm-kit/schema';
import { languageVersions, toCslItem } from './csl.js';
import type { CslItem, CslOptions, CslType } from './csl.js';
import type { CslName } from './names.js';

const RIS_TYPES: Readonly<Record<CslType, string>> = {
  report: 'RPRT',
  'article-journal': 'JOUR',
  book: 'BOOK',
  chapter: 'CHAP',
  'paper-conference': 'CONF',
  thesis: 'THES',
  motion_picture: 'VIDEO',
  speech: 'SLIDE',
  graphic: 'ART',
  dataset: 'DATA',
  map: 'MAP',
  standard: 'STAND',
  software: 'COMP',
  document: 'GEN',
};

function risName(name: CslName): string {
  if (name.literal !== undefined) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return [family, name.given, name.suffix].filter((part) => part !== undefined && part !== '').join(', ');
}

// RIS is line-based: a value must not contain a line break, or the rest would be read as a new tag.
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** RIS record of one CSL item; `resource` adds the files (L1) and countries (KW) that CSL does not carry. */
export function cslToRIS(item: CslItem, resource?: Resource): string {
  const lines: string[] = [];
  const tag = (name: string, value: string | undefined) => {
    if (value !== undefined && value !== '') lines.push(`${name}  - ${oneLine(value)}`);
  };
  tag('TY', RIS_TYPES[item.type]);
  tag('ID', item.id);
  tag('TI', item.title);
  for (const author of item.author ?? []) tag('AU', risName(author));
  const date = item.issued?.['date-parts'][0];
  if (date?.[0] !== undefined) {
    tag('PY', String(date[0]));
    // DA is YYYY/MM/DD/ with empty parts for what is not known.
    tag(
      'DA',
      `${date[0]}/${date[1] ? String(date[1]).padStart(2, '0') : ''}/${date[2] ? String(date[2]).padStart(2, '0') : ''}/`,
    );
  }
  tag('AB', item.abstract);
  tag('PB', item.publisher);
  tag('T2', item['container-title']);
  tag('T3', item['collection-title']);
  tag(item.type === 'report' ? 'IS' : 'M1', item['collection-number']);
  if (item.type !== 'report') tag('IS', item.issue);
  tag('VL', item.volume);
  const pages = item.page?.split(/\s*[-–]\s*/);
  tag('SP', pages?.[0]);
  tag('EP', pages?.[1]);
  tag('M3', item.genre);
  tag('ET', item.version);
  tag('LA', item.language);
  tag('DO', item.DOI);
  tag('SN', item.ISBN);
  tag('UR', item.URL);
  for (const file of resource?.files.filter((candidate) => candidate.language === item.language) ?? []) {
    tag('L1', file.url);
  }
  for (const keyword of item.keyword ? item.keyword.split(', ') : []) tag('KW', keyword);
  for (const code of resource?.countries ?? []) tag('KW', countryName(code, item.language ?? 'en'));
  if (resource?.license) tag('N1', `License: ${resource.license}`);
  lines.push('ER  - ');
  // RIS is specified with CRLF line ends; reference managers on every platform accept them.
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * RIS records for resources (Zotero, EndNote, Mendeley), built from their CSL items: one record per language
 * version, CRLF line ends, corporate authors written whole.
 */
export function toRIS(resources: Resource | readonly Resource[], options: CslOptions = {}): string {
  const list: readonly Resource[] = Array.isArray(resources) ? resources : [resources as Resource];
  return list
    .flatMap((resource) =>
      languageVersions(resource).map((language) =>
        cslToRIS(toCslItem(resource, language, options), resource),
      ),
    )
    .join('\r\n');
}
