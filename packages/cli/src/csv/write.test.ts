import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardFormula, toCSV } from '@asm-kit/crosswalk';
import { parseCatalogue } from '@asm-kit/schema';
import { runCli } from '../testing/cli-runner.js';
import { csvLine } from './write.js';

// The CSV writer moved from csv-stringify to @asm-kit/crosswalk's own RFC 4180 quoting (it runs in browsers).
// These tests hold it to the output the CLI wrote before: csv-stringify's, record for record, and the file
// `asm-kit convert` writes, byte for byte.

const DEMO = fileURLToPath(new URL('../../../../fixtures/demo-catalogue.json', import.meta.url));

/** The line csv-stringify wrote with the options the CLI used. */
function csvStringifyLine(cells: readonly string[], delimiter: string, guard: boolean): string {
  return stringify([guard ? cells.map(guardFormula) : [...cells]], {
    delimiter,
    record_delimiter: '\r\n',
    quoted_match: /[\r\n]/,
  });
}

const cell = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '"', '""', ',', ';', '\t', '\r', '\n', '\r\n', '=1', "'", ' ', 'a,b', 'a"b', 'ü|é'),
  fc
    .array(fc.constantFrom('a', '"', ',', ';', '\t', '\r', '\n', ' ', '=', '|', 'é'), { maxLength: 8 })
    .map((chars) => chars.join('')),
);

describe('csvLine', () => {
  it('writes what csv-stringify wrote, for any cells, delimiter and guard setting', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.boolean(),
        (cells, delimiter, guard) => {
          expect(csvLine(cells, { delimiter, formulaGuard: guard })).toBe(
            csvStringifyLine(cells, delimiter, guard),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('quotes cells with the delimiter, quotes and any line break, doubling inner quotes', () => {
    expect(csvLine(['a,b', 'say "hi"', 'one\ntwo', 'cr\rhere', 'plain', ''])).toBe(
      '"a,b","say ""hi""","one\ntwo","cr\rhere",plain,\r\n',
    );
    expect(csvLine(['a,b', 'a;b'], { delimiter: ';' })).toBe('a,b;"a;b"\r\n');
  });
});

describe('toCSV', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'asm-kit-tocsv-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const demo = parseCatalogue(JSON.parse(readFileSync(DEMO, 'utf8')), { strict: true }).catalogue;
  const { resources, ...settings } = demo;

  for (const [label, args, options] of [
    ['default', [], {}],
    ['semicolon, no BOM', ['--delimiter', 'semicolon', '--no-bom'], { delimiter: ';', bom: false }],
    [
      'tab, no formula guard',
      ['--delimiter', 'tab', '--no-formula-guard'],
      { delimiter: '\t', formulaGuard: false },
    ],
  ] as const) {
    it(`writes the file \`asm-kit convert\` writes, byte for byte (${label})`, async () => {
      const output = join(dir, `demo-${label.replace(/\W+/g, '-')}.csv`);
      const run = await runCli(['convert', DEMO, '-o', output, ...args]);
      expect(run.code).toBe(0);
      expect(toCSV(resources, { catalogue: settings, ...options })).toBe(readFileSync(output, 'utf8'));
    });
  }

  it('writes hostile values the CLI reads back unchanged', async () => {
    const { catalogue } = parseCatalogue(
      {
        schemaVersion: '1.0',
        name: { en: 'Hostile, "quoted"' },
        defaultLanguage: 'en',
        resources: [
          {
            id: 'hostile',
            type: 'report',
            title: { en: '=1+1', fr: '<script>alert(1)</script>' },
            summary: { en: 'two\nlines\r\nand "quotes", commas; semicolons' },
            keywords: ['a | b', 'c\\d', '-minus'],
            languages: ['en', 'fr'],
          },
        ],
      },
      { strict: true },
    );
    const { resources: list, ...meta } = catalogue;
    const file = join(dir, 'hostile.csv');
    writeFileSync(file, toCSV(list, { catalogue: meta, delimiter: ';' }));
    const json = join(dir, 'hostile.json');
    const run = await runCli(['convert', file, '-o', json]);
    expect(run.stderr).toMatch(/^Converted 1 resource /);
    expect(run.code).toBe(0);
    const back = parseCatalogue(JSON.parse(readFileSync(json, 'utf8')), { strict: true }).catalogue;
    expect(back.resources).toEqual(list);
    expect(back.name).toEqual(meta.name);
  });

  it('writes a single resource, and a header alone for none', () => {
    const [first] = resources;
    expect(toCSV(first!)).toBe(toCSV([first!]));
    const empty = toCSV([], { bom: false });
    expect(empty.startsWith('id,type,published,url,languages,')).toBe(true);
    expect(empty.endsWith(',citation\r\n')).toBe(true);
    expect(empty.split('\r\n')).toHaveLength(2);
  });
});
