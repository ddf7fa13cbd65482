import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimalResource } from '@asm-kit/schema/testing';
import { csvLine, splitCsvList, toCSV, unguardFormula } from '../index.js';
import { ARTICLE, CORPORATE, RESOURCES, UNDATED_VIDEO } from '../testing/resources.js';

// toCSV writes the catalogue CSV layout of `asm-kit convert` (the CLI's tests hold it to the CLI's own output,
// byte for byte, and read it back). These tests read it with a minimal RFC 4180 reader written here.

/** Records of an RFC 4180 text (CRLF records, quoted cells), as arrays of cells. */
function readCsv(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return records;
}

/** The rows of a toCSV file as objects keyed by column name. */
function rows(text: string, delimiter = ','): Record<string, string>[] {
  const records = readCsv(text.replace(/^\uFEFF/, ''), delimiter).filter((r) => !r[0]?.startsWith('#'));
  const [header = [], ...body] = records;
  return body.map((cells) =>
    Object.fromEntries(header.map((name, i) => [name, unguardFormula(cells[i] ?? '')])),
  );
}

describe('toCSV', () => {
  it('writes a byte-order mark, a header with the columns the resources need, and one row per resource', () => {
    const text = toCSV(RESOURCES);
    expect(text.startsWith('\uFEFFid,type,title.en,title.fr,title.es,title.pt,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const [corporate, article, video] = rows(text);
    expect(corporate).toMatchObject({
      id: 'mercury-guidance',
      'title.en': CORPORATE.title.en,
      'title.fr': CORPORATE.title.fr,
      'summary.en': 'How miners cut mercury <safely>.',
      'organizations.1.name': 'Alliance for Responsible Mining',
      'organizations.1.url': 'https://www.responsiblemines.org',
      'file.en.size': '1200000',
      'series.name': 'planetGOLD Technical Notes',
      'identifiers.isbn': '978-3-16-148410-0',
    });
    expect(splitCsvList(corporate!.keywords!)).toEqual(['retorts', 'C_3 & #tags']);
    expect(article).toMatchObject({
      'authors.1.name': 'Kamila Gómez',
      'authors.1.orcid': '0000-0002-1825-0097',
      'authors.3.name': 'Racionero Gómez, Blanca',
      'container.pages': '45-67',
      'title.en': '',
    });
    expect(video).toMatchObject({
      id: 'retort-video',
      'file.pt-BR.url': UNDATED_VIDEO.files[0]!.url,
      published: '',
    });
  });

  it('puts the default language’s title column first, and writes the catalogue settings rows before the header', () => {
    const text = toCSV([ARTICLE], {
      catalogue: { schemaVersion: '1.0', name: { en: 'Library, "demo"' }, defaultLanguage: 'fr' },
      bom: false,
    });
    const lines = text.split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      '#schemaVersion,1.0',
      '#name.en,"Library, ""demo"""',
      '#defaultLanguage,fr',
    ]);
    expect(lines[3]!.startsWith('id,type,title.fr,title.es,summary.es,')).toBe(true);
  });

  it('quotes cells with the delimiter, quotes or line breaks, and keeps markup as text', () => {
    const hostile = minimalResource({
      id: 'hostile',
      title: { en: '<img src=x onerror="alert(1)">, "quoted"' },
      summary: { en: 'one\ntwo\rthree;four' },
    });
    const text = toCSV(hostile, { delimiter: ';' });
    expect(text).toContain(';"<img src=x onerror=""alert(1)"">, ""quoted""";');
    expect(text).toContain(';"one\ntwo\rthree;four";');
    expect(rows(text, ';')[0]).toMatchObject({
      'title.en': '<img src=x onerror="alert(1)">, "quoted"',
      'summary.en': 'one\ntwo\rthree;four',
    });
  });

  it('guards cells a spreadsheet would run as formulas, unless told not to', () => {
    const formula = minimalResource({ id: 'formula', title: { en: '=HYPERLINK("https://evil.example")' } });
    expect(toCSV(formula)).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(toCSV(formula, { formulaGuard: false })).toContain(`,"=HYPERLINK(""https://evil.example"")",`);
    expect(csvLine(['@SUM(A1)', '-2', '+3', 'a=b'])).toBe("'@SUM(A1),'-2,'+3,a=b\r\n");
  });

  it('writes a header alone for no resources, and the same for one resource as for a list of it', () => {
    expect(toCSV([], { bom: false }).split('\r\n')).toHaveLength(2);
    expect(toCSV(CORPORATE)).toBe(toCSV([CORPORATE]));
  });

  it('handles a large list', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      minimalResource({ id: `r-${i}`, title: { en: `T ${i}` } }),
    );
    const text = toCSV(many);
    expect(text.split('\r\n')).toHaveLength(5002);
  });

  it('runs in browsers: the writer uses no Node API and no dependency', () => {
    for (const file of ['write.ts', 'columns.ts', 'formula.ts', 'list.ts']) {
      const source = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      expect(
        imports.every((name) => name?.startsWith('./') || name === '@asm-kit/schema'),
        file,
      ).toBe(true);
      expect(source).not.toMatch(/\bBuffer\b|\bprocess\./);
    }
  });
});
