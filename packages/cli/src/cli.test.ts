import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './testing/cli-runner.js';

const DEMO = fileURLToPath(new URL('../../../fixtures/demo-catalogue.json', import.meta.url));
const TEMPLATE = fileURLToPath(new URL('../templates/catalogue-template.csv', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asm-kit-cli-'));
});
// The 50 MB inputs are not left behind.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const HEADER = 'id,type,title.en,knowledgeAreas,url,file.en.url';
const GOOD_ROW =
  'mercury-guide,guide,Mercury guide,mercury-reduction,https://example.org/guide,https://example.org/guide.pdf';

/** Expectations every failure shares: non-zero exit, a message, no stack trace, no output and no temp file. */
function expectCleanFailure(result: { code: number | null; stderr: string }, output?: string) {
  expect(result.code).toBe(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  if (output) {
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }
}

describe('asm-kit validate', () => {
  it('accepts the demo catalogue with exit code 0', async () => {
    const result = await runCli(['validate', DEMO]);
    expect(result.stdout).toBe(`${DEMO}: valid, 42 resources.\n`);
    expect(result.code).toBe(0);
  });

  it('locates each problem by file, line, record and field, and exits with 1', async () => {
    const csv = file(
      'problems.csv',
      [
        HEADER,
        GOOD_ROW,
        'gold-study,report,Gold study,mercury-reducton,ftp://example.org/study,https://example.org/s.pdf',
      ].join('\n'),
    );
    const result = await runCli(['validate', csv]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${csv}:3: record 2 (gold-study), field knowledgeAreas`);
    expect(result.stdout).toMatch(/mercury-reduction/);
    expect(result.stdout).toContain(`${csv}:3: record 2 (gold-study), field url`);
    expect(result.stdout).toMatch(/2 problems; 2 resources read, 1 valid\./);
  });

  it('reports as JSON with --json', async () => {
    const csv = file(
      'json-report.csv',
      [HEADER, 'bad-link,guide,Bad link,gender,javascript:alert(1),'].join('\r\n'),
    );
    const result = await runCli(['validate', '--json', csv]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      file: csv,
      valid: false,
      resources: 1,
      validResources: 0,
      problemCount: 1,
    });
    expect(report.problems[0]).toMatchObject({
      line: 2,
      record: 1,
      resourceId: 'bad-link',
      field: 'url',
      code: 'invalid-url',
    });
  });

  it('prints help for each command', async () => {
    for (const command of ['validate', 'convert', 'export', 'template']) {
      const result = await runCli([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: asm-kit ${command}`));
    }
  });

  it('suggests the command meant and exits with 2 on wrong usage', async () => {
    const unknown = await runCli(['valdate', DEMO]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Did you mean 'validate'?");
    const option = await runCli(['validate', DEMO, '--jsn']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Run 'asm-kit validate --help' for usage.");
  });
});

describe('asm-kit convert: bad input gives a clear report, exit 1 and no output file', () => {
  it('a CSV without a required column', async () => {
    const csv = file('no-type.csv', 'id,title.en\nmercury-guide,Mercury guide\n');
    const output = join(dir, 'no-type.json');
    const result = await runCli(['convert', csv, '-o', output]);
    expectCleanFailure(result, output);
    expect(result.stderr).toContain(`${csv}:1: field type`);
    expect(result.stderr).toContain("The required column 'type' is missing from the header row.");
  });

  it('a CSV row with a cell missing', async () => {
    const csv = file(
      'short-row.csv',
      [HEADER, GOOD_ROW, 'gold-study,report,Gold study,gender,https://example.org/s'].join('\n'),
    );
    const output = join(dir, 'short-row.json');
    const result = await runCli(['convert', csv, '-o', output]);
    expectCleanFailure(result, output);
    expect(result.stderr).toContain(`${csv}:3: record 2 (gold-study)`);
    expect(result.stderr).toContain('This row has 5 cells but the header has 6 columns');
  });

  it('a CSV with a broken quote', async () => {
    const csv = file(
      'broken-quote.csv',
      [HEADER, GOOD_ROW, 'gold-study,report,"Gold study,gender,https://example.org/s,', GOOD_ROW].join('\n'),
    );
    const output = join(dir, 'broken-quote.json');
    const result = await runCli(['convert', csv, '-o', output]);
    expectCleanFailure(result, output);
    expect(result.stderr).toContain(`${csv}:3`);
    expect(result.stderr).toContain('A quoted cell is never closed');
  });

  it('an unknown knowledge area', async () => {
    const csv = file(
      'unknown-area.csv',
      [HEADER, GOOD_ROW.replace('mercury-reduction', 'mercury')].join('\n'),
    );
    const output = join(dir, 'unknown-area.json');
    const result = await runCli(['convert', csv, '-o', output]);
    expectCleanFailure(result, output);
    expect(result.stderr).toContain('field knowledgeAreas');
    expect(result.stderr).toContain('Nothing was written');
  });

  it('a link that is not http(s)', async () => {
    const csv = file(
      'ftp-link.csv',
      [HEADER, GOOD_ROW.replace('https://example.org/guide.pdf', 'ftp://example.org/guide.pdf')].join('\n'),
    );
    const output = join(dir, 'ftp-link.json');
    const result = await runCli(['convert', csv, '-o', output]);
    expectCleanFailure(result, output);
    expect(result.stderr).toContain('field file.en.url');
  });

  it('an empty file, CSV or JSON', async () => {
    for (const name of ['empty.csv', 'empty.json']) {
      const input = file(name, '');
      const output = join(dir, `${name}.out.${name.endsWith('.csv') ? 'json' : 'csv'}`);
      const result = await runCli(['convert', input, '-o', output]);
      expectCleanFailure(result, output);
      expect(result.stderr).toContain('The file is empty');
    }
  });

  it('a CSV saved in Windows-1252 or UTF-16 instead of UTF-8', async () => {
    const latin1 = file(
      'latin1.csv',
      Buffer.from(`${HEADER}\nguide,guide,R\xe9duire le mercure,gender,,\n`, 'latin1'),
    );
    const output = join(dir, 'latin1.json');
    const result = await runCli(['convert', latin1, '-o', output]);
    expectCleanFailure(result, output);
    expect(result.stderr).toContain('The file is not UTF-8 text');
    const utf16 = file(
      'utf16.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, 'utf16le')]),
    );
    const utf16Result = await runCli(['convert', utf16, '-o', output]);
    expectCleanFailure(utf16Result, output);
    expect(utf16Result.stderr).toContain('The file is UTF-16 text');
  });

  it('a file that does not exist', async () => {
    const result = await runCli(['validate', join(dir, 'missing.csv')]);
    expectCleanFailure(result);
    expect(result.stderr).toContain('no such file');
  });

  it('a 50 MB CSV whose quote is never closed', async () => {
    const csv = file('huge-quote.csv', `${HEADER}\n${GOOD_ROW}\nbig,report,"${'x'.repeat(50 * 1024 * 1024)}`);
    const output = join(dir, 'huge-quote.json');
    const result = await runCli(['convert', csv, '-o', output], {
      nodeOptions: ['--max-old-space-size=128'],
    });
    expectCleanFailure(result, output);
    expect(result.stderr).toContain(`${csv}:3`);
    expect(result.stderr).toMatch(/A record is longer than 1,000,000 characters|never closed/);
  });

  it('a 50 MB file that is not a catalogue at all', async () => {
    const bytes = Buffer.alloc(50 * 1024 * 1024);
    for (let index = 0; index < bytes.length; index += 4096) bytes[index] = (index * 7919) % 256;
    const json = file('binary.json', Buffer.concat([Buffer.from('\x89PNG'), bytes]));
    const output = join(dir, 'binary.csv');
    const result = await runCli(['convert', json, '-o', output]);
    expectCleanFailure(result, output);
    expect(result.stderr).toContain('The file is not JSON');
    const csv = file('binary.csv.csv', bytes);
    const csvResult = await runCli(['validate', csv]);
    expectCleanFailure(csvResult);
    expect(csvResult.stdout).toContain('The file is not text');
  });

  it('a 50 MB JSON catalogue holding one huge value', async () => {
    const json = file(
      'huge-value.json',
      `{"name":"x","resources":[{"id":"a","type":"report","title":"${'y'.repeat(50 * 1024 * 1024)}"}]}`,
    );
    const output = join(dir, 'huge-value.csv');
    const result = await runCli(['convert', json, '-o', output], {
      nodeOptions: ['--max-old-space-size=128'],
    });
    expectCleanFailure(result, output);
    expect(result.stderr).toContain('Resource 1 (from line 1) is longer than 1,000,000 characters');
  });

  it('leaves an existing output file untouched when the input is bad', async () => {
    const output = file('keep.json', '{"previous": true}');
    const csv = file('bad-for-keep.csv', 'id,title.en\n');
    expect((await runCli(['convert', csv, '-o', output])).code).toBe(1);
    expect(readFileSync(output, 'utf8')).toBe('{"previous": true}');
  });
});

describe('asm-kit convert: spreadsheet files', () => {
  it('reads a BOM, semicolons, CRLF line ends and a quoted line break', async () => {
    const csv = file(
      'excel.csv',
      '\uFEFF#name.fr;Bibliothèque;;\r\n#defaultLanguage;fr;;\r\nid;type;title.fr;summary.fr\r\nguide-mercure;guide;"Réduire le mercure; guide";"Ligne 1\r\nLigne 2"\r\n;;;\r\n',
    );
    const output = join(dir, 'excel.json');
    const result = await runCli(['convert', csv, '-o', output]);
    expect(result.stderr).toBe(`Converted 1 resource from ${csv} to ${output}.\n`);
    expect(result.code).toBe(0);
    const catalogue = JSON.parse(readFileSync(output, 'utf8'));
    expect(catalogue).toMatchObject({ name: { fr: 'Bibliothèque' }, defaultLanguage: 'fr' });
    expect(catalogue.resources).toEqual([
      {
        id: 'guide-mercure',
        title: { fr: 'Réduire le mercure; guide' },
        summary: { fr: 'Ligne 1\r\nLigne 2' },
        type: 'guide',
      },
    ]);
  });

  it('writes JSON to CSV with semicolons and back to the same catalogue', async () => {
    const csv = join(dir, 'demo.csv');
    const back = join(dir, 'demo.json');
    expect((await runCli(['convert', DEMO, '-o', csv, '--delimiter', 'semicolon'])).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFF#schemaVersion;1\.0\r\n/);
    expect((await runCli(['convert', csv, '-o', back])).code).toBe(0);
    const original = JSON.parse(readFileSync(DEMO, 'utf8'));
    const converted = JSON.parse(readFileSync(back, 'utf8'));
    expect(converted.resources).toEqual(original.resources);
    expect(converted.name).toEqual(original.name);
  });
});

describe('asm-kit export', () => {
  it('writes each format to a file or to standard output', async () => {
    const bib = join(dir, 'demo.bib');
    expect((await runCli(['export', DEMO, '--format', 'bibtex', '-o', bib])).code).toBe(0);
    expect(readFileSync(bib, 'utf8')).toMatch(/^@\w+\{[a-z0-9-]+(_[a-z-]+)?,\n/);
    const ris = await runCli(['export', DEMO, '-f', 'ris']);
    expect(ris.code).toBe(0);
    expect(ris.stdout.match(/^ER {2}- /gm)?.length).toBeGreaterThanOrEqual(42);
    const csl = await runCli(['export', DEMO, '--format', 'csl-json']);
    expect(JSON.parse(csl.stdout).length).toBeGreaterThanOrEqual(42);
    const jsonld = await runCli(['export', DEMO, '--format', 'jsonld']);
    const page = JSON.parse(jsonld.stdout);
    expect(page.mainEntity.numberOfItems).toBe(42);
    expect(page.mainEntity.itemListElement).toHaveLength(42);
    expect(page.mainEntity.itemListElement[41].position).toBe(42);
    const atom = await runCli([
      'export',
      DEMO,
      '--format',
      'atom',
      '--feed-url',
      'https://x.org/feed.xml',
      '--site-url',
      'https://x.org/',
      '--limit',
      '5',
    ]);
    expect(atom.code).toBe(0);
    expect(atom.stdout.match(/<entry>/g)).toHaveLength(5);
  });

  it('asks for the feed and site URLs of an Atom feed', async () => {
    const result = await runCli(['export', DEMO, '--format', 'atom']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format atom needs --feed-url <absolute URL>');
  });

  it('refuses to export a catalogue with problems unless --lenient', async () => {
    const csv = file(
      'export-bad.csv',
      [
        HEADER,
        GOOD_ROW,
        GOOD_ROW.replace('mercury-guide', 'second').replace('mercury-reduction', 'nope'),
      ].join('\n'),
    );
    const output = join(dir, 'export-bad.ris');
    expectCleanFailure(await runCli(['export', csv, '--format', 'ris', '-o', output]), output);
    const lenient = await runCli(['export', csv, '--format', 'ris', '--lenient']);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout.match(/^TY {2}- /gm)).toHaveLength(1);
  });
});

describe('asm-kit template', () => {
  it('prints the template shipped in templates/, which validates', async () => {
    const result = await runCli(['template']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(TEMPLATE, 'utf8'));
    const validated = await runCli(['validate', TEMPLATE]);
    expect(validated.stdout).toBe(`${TEMPLATE}: valid, 1 resource.\n`);
  });
});
