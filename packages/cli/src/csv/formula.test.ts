import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from '@asm-kit/crosswalk';
import { csvLine } from './write.js';

// Strings that start the way formulas do, after any number of quotes, mixed with arbitrary text.
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', "'", "''", "'=", "''+", "'''@"];
const cell = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.tuple(fc.constantFrom(...TRIGGERS), fc.string({ unit: 'binary' })).map(([start, rest]) => start + rest),
);

// The same reading options as csv/read.ts, on a file that starts with a byte-order mark as written ones do.
function readRecord(text: string, delimiter: string): string[] {
  const [record] = parse(`\uFEFF${text}`, {
    bom: true,
    delimiter,
    relax_column_count: true,
    skip_empty_lines: false,
    record_delimiter: ['\r\n', '\n', '\r'],
  }) as string[][];
  return (record ?? []).map(unguardFormula);
}

describe('formula guard', () => {
  it('puts a quote before cells a spreadsheet would run as a formula', () => {
    expect(['=SUM(A1)', '+1', '-1', '@x', '\tx', '\rx', 'a=b', ''].map(guardFormula)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-1",
      "'@x",
      "'\tx",
      "'\rx",
      'a=b',
      '',
    ]);
  });

  it('adds one more quote to a value that already starts with quotes before a formula character', () => {
    expect(guardFormula("'=x")).toBe("''=x");
    expect(guardFormula("''-x")).toBe("'''-x");
    expect(guardFormula("'x")).toBe("'x");
    expect(unguardFormula("''=x")).toBe("'=x");
    expect(unguardFormula("'x")).toBe("'x");
  });

  it('is undone exactly by the reader, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => unguardFormula(guardFormula(value)) === value),
    );
  });

  it('keeps any record the same through csvLine and the CSV reader, for every delimiter', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 2, maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        (cells, delimiter) => {
          expect(readRecord(csvLine(cells, { delimiter }), delimiter)).toEqual(cells);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes cells unchanged with formulaGuard false', () => {
    expect(csvLine(['=1', '-2'], { formulaGuard: false })).toBe('=1,-2\r\n');
  });
});
