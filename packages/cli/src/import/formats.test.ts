import { describe, expect, it } from 'vitest';
import { readBibtex } from './bibtex.js';
import { FormatError, readCsl } from './csl.js';
import { readDc } from './dc.js';
import { readRis } from './ris.js';

// Each reader on its own: the format's fields onto the format-neutral record (the guesses are mapping's).

describe('readBibtex', () => {
  it('reads creators, corporate authors in braces, TeX accents and the entry type', () => {
    const { records } = readBibtex(
      '@techreport{key,\n  title = {Gold in {Burkina Faso}},\n  author = {van der Berg, Jan and {Alliance for Responsible Mining}},\n  institution = {Example Network},\n  type = {Guide},\n  year = {2021},\n  keywords = {Mercury reduction, Ghana},\n  note = {Accès: libre},\n  crossref = {other}\n}\n',
    );
    expect(records[0]).toMatchObject({
      position: 1,
      line: 1,
      key: 'key',
      title: 'Gold in Burkina Faso',
      cslType: 'report',
      genre: 'Guide',
      people: [{ family: 'Berg', particle: 'van der', given: 'Jan' }],
      corporate: ['Alliance for Responsible Mining'],
      publishers: ['Example Network'],
      date: '2021',
      keywords: ['Ghana', 'Mercury reduction'],
      notes: ['Accès: libre'],
    });
    expect(records[0]!.dropped).toContain('crossref');
  });

  it('refuses a file without entries', () => {
    expect(() => readBibtex('just text')).toThrow(FormatError);
  });
});

describe('readCsl', () => {
  it('reads names, date parts, numbers given as strings and the keyword string', () => {
    const { records } = readCsl(
      JSON.stringify([
        {
          id: 'a',
          type: 'chapter',
          title: 'Chapter',
          author: [{ family: 'Berg', 'non-dropping-particle': 'van der', given: 'Jan' }, { literal: 'UNEP' }],
          issued: { 'date-parts': [['2019', '5']] },
          'container-title': 'Book',
          page: '1-10',
          keyword: 'a, b; c',
          'publisher-place': 'Nairobi',
        },
      ]),
    );
    expect(records[0]).toMatchObject({
      key: 'a',
      people: [{ family: 'Berg', particle: 'van der', given: 'Jan' }],
      corporate: ['UNEP'],
      date: [2019, 5],
      container: { title: 'Book', pages: '1-10' },
      keywords: ['a', 'b', 'c'],
      dropped: ['publisher-place'],
    });
  });

  it('skips items that are not objects, and reads own keys only', () => {
    const { records, skipped } = readCsl('[1, {"title": "ok", "__proto__": {"title": "evil"}}]');
    expect(skipped).toEqual([{ position: 1, line: 1, reason: 'it is not a CSL item (an object)' }]);
    expect(records[0]!.title).toBe('ok');
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });
});

describe('readRis', () => {
  it('reads what citation-js leaves out: series, report number, files, keywords, corporate authors', async () => {
    const { records } = await readRis(
      'TY  - RPRT\r\nTI  - Report\r\nAU  - Alliance for Responsible Mining\r\nAU  - Blore, Shawn\r\nT3  - Series\r\nIS  - 4\r\nSN  - 978-3-16-148410-0\r\nL1  - https://example.org/a.pdf\r\nKW  - one, two\r\nKW  - three\r\nET  - 2nd\r\nER  - \r\n',
    );
    expect(records[0]).toMatchObject({
      line: 1,
      sourceType: 'TY RPRT',
      cslType: 'report',
      corporate: ['Alliance for Responsible Mining'],
      people: [{ family: 'Blore', given: 'Shawn' }],
      series: { name: 'Series', number: '4' },
      isbn: ['978-3-16-148410-0'],
      fileUrls: ['https://example.org/a.pdf'],
      keywords: ['one, two', 'three'],
      version: '2nd',
    });
  });
});

describe('readDc', () => {
  it('reads bare oai_dc elements and tells people from organizations', () => {
    const page = readDc(
      '<root><oai_dc:dc xmlns:oai_dc="x" xmlns:dc="y"><dc:title xml:lang="en">T</dc:title><dc:creator>World Bank</dc:creator><dc:creator>Smith, John</dc:creator><dc:identifier>ISBN 978-3-16-148410-0</dc:identifier><dc:identifier>doi:10.1000/182</dc:identifier><dc:type>info:eu-repo/semantics/article</dc:type></oai_dc:dc></root>',
    );
    expect(page.records[0]).toMatchObject({
      title: 'T',
      corporate: ['World Bank'],
      people: [{ name: 'Smith, John' }],
      isbn: ['ISBN 978-3-16-148410-0'],
      doi: 'doi:10.1000/182',
      cslType: 'article-journal',
    });
  });

  it('gives the resumption token and OAI-PMH errors', () => {
    expect(
      readDc(
        '<OAI-PMH><ListRecords><resumptionToken cursor="0">abc</resumptionToken></ListRecords></OAI-PMH>',
      ),
    ).toMatchObject({ records: [], resumptionToken: 'abc' });
    expect(readDc('<OAI-PMH><error code="badVerb">Illegal verb</error></OAI-PMH>').error).toEqual({
      code: 'badVerb',
      message: 'Illegal verb',
    });
  });

  it('names the line of malformed XML', () => {
    expect(() => readDc('<a>\n<b>\n</a>')).toThrow(expect.objectContaining({ line: expect.any(Number) }));
  });
});

describe('__proto__ in the input', () => {
  it('pollutes nothing, whatever the format', async () => {
    readBibtex('@misc{__proto__,\n  title = {T},\n  __proto__ = {polluted},\n  constructor = {x}\n}\n');
    readCsl('[{"title":"T","__proto__":{"polluted":"yes"},"author":[{"__proto__":{"polluted":"yes"}}]}]');
    // fast-xml-parser refuses a __proto__ element outright: a clear error, nothing polluted.
    expect(() =>
      readDc(
        '<root><oai_dc:dc><dc:title>T</dc:title><__proto__><polluted>yes</polluted></__proto__></oai_dc:dc></root>',
      ),
    ).toThrow(FormatError);
    await readRis('TY  - GEN\nTI  - T\nID  - __proto__\nER  - \n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
