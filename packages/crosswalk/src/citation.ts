import { primarySubtag, termLabel } from '@asm-kit/schema';
import type { Resource } from '@asm-kit/schema';
import { languageVersions, toCslItem } from './csl.js';
import type { CslOptions } from './csl.js';
import { wordsLanguage } from './internal/languages.js';
import type { WordsLanguage } from './internal/languages.js';
import { familyWithParticle, initials } from './names.js';
import type { CslName } from './names.js';

interface CitationWords {
  noDate: string;
  and: string;
  retrievedFrom: string;
  in: string;
  pages: string;
  number: string;
}

// The few words an APA-like citation needs, written for each UI language.
const WORDS: Readonly<Record<WordsLanguage, CitationWords>> = {
  en: { noDate: 'n.d.', and: '&', retrievedFrom: 'Retrieved from', in: 'In', pages: 'pp.', number: 'No.' },
  fr: { noDate: 's.d.', and: 'et', retrievedFrom: 'Consulté sur', in: 'Dans', pages: 'p.', number: 'no' },
  es: { noDate: 's.f.', and: 'y', retrievedFrom: 'Recuperado de', in: 'En', pages: 'pp.', number: 'n.º' },
  pt: { noDate: 's.d.', and: 'e', retrievedFrom: 'Disponível em', in: 'In', pages: 'p.', number: 'n.º' },
  id: {
    noDate: 't.t.',
    and: 'dan',
    retrievedFrom: 'Diakses dari',
    in: 'Dalam',
    pages: 'hlm.',
    number: 'No.',
  },
};

function citedName(name: CslName): string {
  if (name.literal !== undefined) return name.literal;
  const family = familyWithParticle(name);
  const given = name.given ? initials(name.given) : '';
  return [family, given, name.suffix].filter((part) => part !== undefined && part !== '').join(', ');
}

function joinNames(names: CslName[], words: CitationWords, language: WordsLanguage): string {
  const cited = names.map(citedName);
  if (cited.length <= 1) return cited[0] ?? '';
  const last = cited[cited.length - 1];
  const head = cited.slice(0, -1).join(', ');
  // APA (English) puts a comma before '&' after an inverted personal name ('Gómez, K., & Berg, J.') and in
  // lists of three or more; two organizations read 'World Bank & Pact'. The other languages use no comma.
  const comma = language === 'en' && (cited.length > 2 || names[0]?.literal === undefined);
  return `${head}${comma ? ',' : ''} ${words.and} ${last}`;
}

// Ends a sentence with a full stop unless it already ends with punctuation ('What next?').
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Options of {@link formatCitation}. */
export interface CitationOptions extends CslOptions {
  /** Language version to cite (BCP 47); defaults to the version matching `language`, else the first. */
  version?: string;
}

/**
 * An APA-like citation as plain text, with its words ('n.d.', 'Retrieved from') in the UI `language` (en, fr,
 * es, pt, id: the schema's UI_LANGUAGES; others fall back to English) and the title of the language version closest to it. The publisher's own
 * recommended citation, when there is one, is `resource.citation`: show it beside this, not instead.
 * @example formatCitation(resource, 'fr')
 * // 'Blore, S. (2019). Taxes, Fees... [Rapport]. planetGOLD. Consulté sur https://...'
 */
export function formatCitation(resource: Resource, language: string, options: CitationOptions = {}): string {
  const uiLanguage = wordsLanguage(language);
  const words = WORDS[uiLanguage];
  const versions = languageVersions(resource);
  const version =
    options.version ??
    versions.find((tag) => tag.toLowerCase() === language.toLowerCase()) ??
    versions.find((tag) => primarySubtag(tag) === primarySubtag(language)) ??
    versions[0] ??
    language;
  const item = toCslItem(resource, version, options);
  const year = item.issued?.['date-parts'][0]?.[0];
  const when = `(${year !== undefined ? String(year) : words.noDate})`;
  const names = item.author ?? [];
  const authors = names.map(citedName);
  let title = item.title;
  // The bracketed type is a word of the interface, so it follows the UI language, not the cited version's.
  if (item.genre) title += ` [${termLabel('resourceTypes', resource.type, uiLanguage, options.extraTerms)}]`;
  // Many titles already name their series ('… (ARM Series on Responsible ASM No. 3)'): it is not repeated.
  if (item['collection-title'] && !item.title.includes(item['collection-title'])) {
    title += ` (${item['collection-title']}${item['collection-number'] ? `, ${words.number} ${item['collection-number']}` : ''})`;
  }
  const parts: string[] = [];
  if (authors.length > 0) {
    parts.push(`${sentence(joinNames(names, words, uiLanguage))} ${when}.`, sentence(title));
  } else {
    // Without an author, APA moves the title to the author position.
    parts.push(sentence(title), `${when}.`);
  }
  if (item.type === 'article-journal' && item['container-title']) {
    let journal = item['container-title'];
    if (item.volume) journal += `, ${item.volume}`;
    if (item.issue) journal += item.volume ? `(${item.issue})` : `, (${item.issue})`;
    if (item.page) journal += `, ${item.page}`;
    parts.push(sentence(journal));
  } else if (item['container-title']) {
    const pages = item.page ? ` (${words.pages} ${item.page})` : '';
    parts.push(sentence(`${words.in} ${item['container-title']}${pages}`));
  }
  // The publisher is left out when it is the (corporate) author already, and for journal articles (the journal
  // says it), as APA does.
  const isArticle = item.type === 'article-journal' && item['container-title'];
  if (item.publisher && !isArticle && !(authors.length === 1 && authors[0] === item.publisher)) {
    parts.push(sentence(item.publisher));
  }
  if (item.DOI) parts.push(`https://doi.org/${item.DOI}`);
  else if (item.URL) parts.push(`${words.retrievedFrom} ${item.URL}`);
  return parts.join(' ');
}
