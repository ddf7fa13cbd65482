import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FormatError } from './csl.js';
import { emptyRecord, own, text } from './record.js';
import type { ReadResult, SourceRecord } from './record.js';

// Dublin Core as repositories serve it over OAI-PMH (`oai_dc`, DSpace, EPrints, Invenio): a ListRecords
// response, a file of such responses' records, or bare <oai_dc:dc> elements. Parsed by fast-xml-parser.

/** What one OAI-PMH page holds besides its records. */
export interface OaiPage extends ReadResult {
  /** The token for the next page; undefined (or empty) on the last page. */
  resumptionToken?: string;
  /** An OAI-PMH error the server answered with, e.g. { code: 'badResumptionToken', message }. */
  error?: { code: string; message: string };
}

const REPEATED = new Set([
  'record',
  'dc',
  'title',
  'creator',
  'contributor',
  'subject',
  'description',
  'publisher',
  'date',
  'type',
  'format',
  'identifier',
  'source',
  'language',
  'relation',
  'coverage',
  'rights',
  'error',
]);

function parser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    isArray: (name) => REPEATED.has(name),
  });
}

/** The text of an element that may carry attributes ({ '#text': ..., '@_xml:lang': ... }). */
function value(node: unknown): string | undefined {
  return text(node) ?? text(own(node, '#text'));
}

function values(node: unknown, name: string): string[] {
  const list = own(node, name);
  return (Array.isArray(list) ? list : list === undefined ? [] : [list])
    .map(value)
    .filter((entry): entry is string => entry !== undefined);
}

// Words that mark a creator as an organization rather than a person ('World Bank', 'UNEP').
const ORGANIZATION =
  /\b(?:alliance|association|bank|council|centre|center|programme|program|organi[sz]ation|institute|institut|instituto|university|universidad|université|ministry|ministère|ministerio|agency|foundation|fund|network|facility|partnership|group|united nations|commission|secretariat|department|office|initiative|project|gold|mining|ngo)\b|^[A-Z]{2,}$/i;

// dc:type words repositories use -> CSL type.
const DC_TYPES: Readonly<Record<string, string>> = {
  article: 'article-journal',
  'journal article': 'article-journal',
  'book chapter': 'chapter',
  chapter: 'chapter',
  'working paper': 'report',
  'technical report': 'report',
  'research report': 'report',
  'conference paper': 'paper-conference',
  'conference proceedings': 'paper-conference',
  'doctoral thesis': 'thesis',
  'master thesis': 'thesis',
  image: 'graphic',
  'still image': 'graphic',
  stillimage: 'graphic',
  'moving image': 'motion_picture',
  movingimage: 'motion_picture',
  software: 'software',
  'info:eu-repo/semantics/article': 'article-journal',
  'info:eu-repo/semantics/book': 'book',
  'info:eu-repo/semantics/bookpart': 'chapter',
  'info:eu-repo/semantics/report': 'report',
  'info:eu-repo/semantics/workingpaper': 'report',
  'info:eu-repo/semantics/conferenceobject': 'paper-conference',
  'info:eu-repo/semantics/doctoralthesis': 'thesis',
  'info:eu-repo/semantics/masterthesis': 'thesis',
};

/** A record from one `oai_dc:dc` element (already parsed). */
export function dcToRecord(dc: unknown, position: number): SourceRecord {
  const record = emptyRecord(position);
  const [title, ...otherTitles] = values(dc, 'title');
  if (title) record.title = title;
  if (otherTitles.length > 0) record.dropped.push(`other titles (${otherTitles.join('; ')})`);
  for (const creator of values(dc, 'creator')) {
    if (!creator.includes(',') && ORGANIZATION.test(creator)) record.corporate.push(creator);
    else record.people.push({ name: creator });
  }
  record.editors = values(dc, 'contributor').map((name) => ({ name }));
  record.keywords = values(dc, 'subject').flatMap((subject) => subject.split(/\s*;\s*/));
  const [abstract, ...otherDescriptions] = values(dc, 'description');
  if (abstract) record.abstract = abstract;
  if (otherDescriptions.length > 0) record.dropped.push('other descriptions');
  record.publishers = values(dc, 'publisher');
  // DSpace writes the accession and availability timestamps as dc:date too; the issue date is the one
  // without a time; timestamps alone are not taken for a publication date.
  const dates = values(dc, 'date');
  const date = dates.find((entry) => !/T\d{2}:/.test(entry));
  if (date) record.date = date;
  else if (dates.length > 0)
    record.dropped.push('dc:date timestamps (when the repository received the item)');
  const types = values(dc, 'type');
  for (const type of types) {
    const folded = type.toLowerCase();
    if (Object.hasOwn(DC_TYPES, folded)) record.cslType ??= DC_TYPES[folded];
  }
  if (types[0]) {
    record.sourceType = types.join('; ');
    record.genre = types.find((type) => !type.startsWith('info:')) ?? types[0];
  }
  for (const identifier of values(dc, 'identifier')) {
    if (/^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/|10\.\d{4,9}\/)/i.test(identifier)) record.doi ??= identifier;
    else if (/^(?:isbn)/i.test(identifier)) record.isbn.push(identifier);
    else if (/^https?:\/\//i.test(identifier)) record.urls.push(identifier);
    else if (/^[0-9][0-9 -]{8,15}[0-9Xx]$/.test(identifier)) record.isbn.push(identifier);
    else record.dropped.push(`identifier '${identifier.slice(0, 60)}'`);
  }
  record.languages = values(dc, 'language');
  record.coverage = values(dc, 'coverage');
  for (const rights of values(dc, 'rights')) {
    if (/^info:eu-repo\/semantics\/openAccess$/i.test(rights)) record.access = 'open';
    else if (/^info:eu-repo\/semantics\/(?:closed|restricted)Access$/i.test(rights))
      record.access = 'paywalled';
    else if (/^(?:https?:\/\/\S+|[A-Za-z0-9][A-Za-z0-9.+-]*)$/.test(rights) && /\d|^http/i.test(rights))
      record.license ??= rights;
    else record.dropped.push(`rights '${rights.slice(0, 60)}'`);
  }
  for (const name of ['format', 'source', 'relation']) {
    if (values(dc, name).length > 0) record.dropped.push(name);
  }
  return record;
}

/** Lines where elements named `name` (any prefix) open, in document order. */
function openingLines(source: string, name: string): number[] {
  const lines: number[] = [];
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${name}[\\s>/]`, 'g');
  let line = 1;
  let last = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    for (let index = last; index < match.index; index++) if (source.charCodeAt(index) === 10) line++;
    last = match.index;
    lines.push(line);
  }
  return lines;
}

function asList(node: unknown): unknown[] {
  return Array.isArray(node) ? node : node === undefined ? [] : [node];
}

/**
 * Reads Dublin Core XML: an OAI-PMH response (its records, resumption token and error), or any document
 * holding `oai_dc:dc` elements. `firstPosition` numbers the records across pages.
 */
export function readDc(source: string, firstPosition = 1): OaiPage {
  const clean = source.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(clean);
  if (valid !== true) {
    throw new FormatError(`not well-formed XML: ${valid.err.msg}`, valid.err.line);
  }
  let document: unknown;
  try {
    document = parser().parse(clean) as unknown;
  } catch (error) {
    // fast-xml-parser refuses names such as __proto__ that could pollute objects.
    throw new FormatError(`the XML cannot be read: ${(error as Error).message}`);
  }
  const result: OaiPage = { records: [], skipped: [] };
  const oai = own(document, 'OAI-PMH');
  const error = asList(own(oai, 'error'))[0];
  if (error !== undefined) {
    result.error = {
      code: text(own(error, '@_code')) ?? 'unknown',
      message: value(error) ?? '',
    };
    return result;
  }
  const list = own(oai, 'ListRecords') ?? own(oai, 'GetRecord');
  let entries: { header?: unknown; dc: unknown }[];
  let lines: number[];
  if (list !== undefined) {
    entries = asList(own(list, 'record')).map((record) => ({
      header: own(record, 'header'),
      dc: asList(own(own(record, 'metadata'), 'dc'))[0],
    }));
    lines = openingLines(clean, 'record');
    const token = own(list, 'resumptionToken');
    const tokenText = value(token);
    if (tokenText) result.resumptionToken = tokenText;
  } else {
    entries = [];
    const walk = (node: unknown, depth: number) => {
      if (depth > 20 || typeof node !== 'object' || node === null) return;
      for (const key of Object.keys(node)) {
        const child = own(node, key);
        if (key === 'dc') for (const dc of asList(child)) entries.push({ dc });
        else if (key === 'record' && !Object.hasOwn(node, 'dc'))
          for (const record of asList(child)) {
            const dc = asList(own(own(record, 'metadata'), 'dc'))[0] ?? asList(own(record, 'dc'))[0];
            if (dc !== undefined) entries.push({ header: own(record, 'header'), dc });
            else walk(record, depth + 1);
          }
        else if (!key.startsWith('@_') && key !== '#text')
          for (const item of asList(child)) walk(item, depth + 1);
      }
    };
    walk(document, 0);
    lines = openingLines(clean, entries.some((entry) => entry.header !== undefined) ? 'record' : 'dc');
    if (entries.length === 0)
      throw new FormatError('no Dublin Core records found (no <oai_dc:dc> or OAI-PMH <record> elements)');
  }
  entries.forEach((entry, index) => {
    const position = firstPosition + index;
    const line = lines[index];
    const where = line ? { line } : {};
    const identifier = value(asList(own(entry.header, 'identifier'))[0]);
    if (text(own(entry.header, '@_status')) === 'deleted') {
      result.skipped.push({
        position,
        ...where,
        reason: `deleted in the repository (${identifier ?? 'no identifier'})`,
      });
      return;
    }
    if (entry.dc === undefined) {
      result.skipped.push({ position, ...where, reason: 'the record has no oai_dc metadata' });
      return;
    }
    const record = dcToRecord(entry.dc, position);
    if (identifier) record.key = identifier;
    if (line) record.line = line;
    result.records.push(record);
  });
  return result;
}
