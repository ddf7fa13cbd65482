import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { FormatError, cslItemToRecord } from './csl.js';
import type { ReadResult } from './record.js';

// RIS (EndNote, Zotero, Mendeley, `asm-kit export --format ris`), turned into CSL-JSON by citation-js's RIS
// plugin and mapped like CSL. The file is cut into records at `TY` / `ER` lines first, so that each record
// is converted on its own (a broken record does not take the others with it) and the report can name its
// line. A few tags citation-js leaves out of the CSL it makes are read from those lines: the series (T3),
// the report number (IS), ISBNs of reports (SN), file links (L1), keywords one per line (KW) and notes (N1).

const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/;

interface RisChunk {
  line: number;
  text: string;
  tags: Map<string, string[]>;
}

function chunks(source: string): RisChunk[] {
  const result: RisChunk[] = [];
  let current: (RisChunk & { lines: string[] }) | undefined;
  let lastTag: string | undefined;
  source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const match = TAG_LINE.exec(raw.trimEnd());
      const tag = match?.[1];
      const value = (match?.[2] ?? '').trim();
      if (tag === 'TY') {
        current = { line: index + 1, text: '', tags: new Map(), lines: [] };
        result.push(current);
      }
      if (!current) return;
      current.lines.push(raw);
      if (tag) {
        lastTag = tag;
        if (tag !== 'ER' && value !== '') current.tags.set(tag, [...(current.tags.get(tag) ?? []), value]);
      } else if (lastTag && raw.trim() !== '') {
        // A wrapped value (some tools break long abstracts): it continues the previous tag.
        const values = current.tags.get(lastTag) ?? [];
        values[values.length - 1] = `${values[values.length - 1] ?? ''} ${raw.trim()}`;
        current.tags.set(lastTag, values);
      }
      if (tag === 'ER') {
        current.text = current.lines.join('\n');
        current = undefined;
      }
    });
  if (current) current.text = current.lines.join('\n');
  return result.map(({ line, text, tags }) => ({ line, text, tags }));
}

/** Reads a RIS file. A record citation-js cannot convert is skipped with its line; the others are kept. */
export async function readRis(source: string): Promise<ReadResult> {
  const records = chunks(source);
  if (records.length === 0) {
    const line = source.split(/\r\n|\r|\n/).findIndex((raw) => raw.trim() !== '') + 1;
    throw new FormatError(
      "no RIS records found: a record starts with a line 'TY  - ' (two spaces before the dash)",
      line || undefined,
    );
  }
  const result: ReadResult = { records: [], skipped: [] };
  for (const [index, chunk] of records.entries()) {
    const position = index + 1;
    let items: unknown[];
    try {
      const text = chunk.text.includes('ER  -') ? chunk.text : `${chunk.text}\nER  - `;
      items = (await Cite.async(text, { forceType: '@ris/file' })).data as unknown[];
    } catch (error) {
      result.skipped.push({
        position,
        line: chunk.line,
        reason: `the record could not be read: ${(error as Error).message}`,
      });
      continue;
    }
    const item = items[0];
    if (!item) {
      result.skipped.push({ position, line: chunk.line, reason: 'the record could not be read' });
      continue;
    }
    const record = cslItemToRecord(item, position);
    record.line = chunk.line;
    record.sourceType = `TY ${chunk.tags.get('TY')?.[0] ?? ''}`.trim();
    record.dropped = record.dropped.filter((name) => name !== 'number' && name !== 'collection-editor');
    const tag = (name: string) => chunk.tags.get(name) ?? [];
    const id = tag('ID')[0];
    if (id) record.key = id;
    else delete record.key; // citation-js makes up a temporary id
    const isReport = record.cslType === 'report';
    const seriesName = tag('T3')[0];
    if (seriesName && !record.series) record.series = { name: seriesName };
    const seriesNumber = isReport ? tag('IS')[0] : tag('M1')[0];
    if (record.series && seriesNumber && !record.series.number) record.series.number = seriesNumber;
    const isbns = tag('SN').filter((value) => /\d{9}/.test(value.replace(/[- ]/g, '')));
    if (isbns.length > 0) record.isbn = isbns;
    record.fileUrls = tag('L1');
    if (tag('KW').length > 0) record.keywords = tag('KW');
    record.notes = tag('N1');
    const version = tag('ET')[0];
    if (version) record.version = version;
    if (tag('PB').length > 0) record.publishers = tag('PB');
    // RIS writes a person 'Family, Given' and an organization whole, without a comma: citation-js would
    // split 'Alliance for Responsible Mining' into a given and a family name.
    const authors = [...tag('AU'), ...tag('A1')];
    if (authors.length > 0) {
      record.people = [];
      record.corporate = [];
      for (const author of authors) {
        const [family, given, suffix] = author.split(/\s*,\s*/);
        if (given === undefined || !family) record.corporate.push(author.replace(/,\s*$/, ''));
        else record.people.push({ family, given, ...(suffix ? { suffix } : {}) });
      }
    }
    record.languages = tag('LA');
    result.records.push(record);
  }
  return result;
}
