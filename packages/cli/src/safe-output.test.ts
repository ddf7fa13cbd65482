import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  createReadStream,
  createWriteStream,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  lstatSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './testing/cli-runner.js';

// The promises of the issue "a CLI that never harms their files", each checked through the CLI on real files.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asm-kit-safe-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function catalogue(titles: readonly string[]): string {
  return JSON.stringify({
    name: { en: 'Test library' },
    defaultLanguage: 'en',
    resources: titles.map((title, index) => ({ id: `r${index}`, type: 'report', title: { en: title } })),
  });
}

const GOOD = catalogue(['Mercury guide']);
const CSV = 'id,type,title.en\r\nmercury-guide,guide,Mercury guide\r\n';

function tempFiles(): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}

describe('CSV output is safe to open in a spreadsheet', () => {
  const titles = [
    '=HYPERLINK("https://evil.example","x")',
    '+1',
    '-2',
    '@SUM(A1)',
    '\tTab',
    '\rCR',
    "'=quoted",
    "''-two",
    'a = b',
  ];

  it('puts a quote before cells starting with =, +, -, @, a tab or a carriage return, and reads them back exactly', async () => {
    const json = file('formulas.json', catalogue(titles));
    const csv = join(dir, 'formulas.csv');
    expect((await runCli(['convert', json, '-o', csv])).code).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    for (const written of [
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tTab",
      '"\'\rCR"',
      "''=quoted",
      "'''-two",
      ',a = b,',
    ])
      expect(text).toContain(written);
    // No cell of the file starts with a formula character any more.
    expect(text).not.toMatch(/(^|[,\n])"?[=+\-@]/);
    const back = join(dir, 'formulas-back.json');
    expect((await runCli(['convert', csv, '-o', back])).code).toBe(0);
    const resources = JSON.parse(readFileSync(back, 'utf8')).resources as { title: { en: string } }[];
    expect(resources.map((resource) => resource.title.en)).toEqual(titles);
  });

  it('writes and reads cells as they are with --no-formula-guard', async () => {
    const json = file('raw.json', catalogue(['=1+1', "'=x"]));
    const csv = join(dir, 'raw.csv');
    expect((await runCli(['convert', json, '-o', csv, '--no-formula-guard'])).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/\r\nr0,report,=1\+1,+\r\nr1,report,'=x,+\r\n/);
    const back = await runCli(['convert', csv, '--to', 'json', '--no-formula-guard']);
    const resources = JSON.parse(back.stdout).resources as { title: { en: string } }[];
    expect(resources.map((resource) => resource.title.en)).toEqual(['=1+1', "'=x"]);
  });
});

describe('-o never harms a file', () => {
  it('follows a symbolic link: the file it points to is written, the link stays', async () => {
    const target = file('real-target.csv', 'old');
    const link = join(dir, 'link.csv');
    symlinkSync('real-target.csv', link);
    const json = file('for-link.json', GOOD);
    expect((await runCli(['convert', json, '-o', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real-target.csv');
    expect(readFileSync(target, 'utf8')).toContain('Mercury guide');
    expect(tempFiles()).toEqual([]);
  });

  it('follows a link to a file that does not exist yet and creates it', async () => {
    const link = join(dir, 'dangling.json');
    symlinkSync('created-through-link.json', link);
    const csv = file('for-dangling.csv', CSV);
    expect((await runCli(['convert', csv, '-o', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'created-through-link.json'), 'utf8')).resources).toHaveLength(
      1,
    );
  });

  it('writes a FIFO in place instead of replacing it with a file', async () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const csv = file('for-fifo.csv', CSV);
    const reading = new Promise<string>((resolve, reject) => {
      let text = '';
      createReadStream(fifo, 'utf8')
        .on('data', (chunk) => (text += String(chunk)))
        .on('end', () => resolve(text))
        .on('error', reject);
    });
    const result = await runCli(['convert', csv, '-o', fifo]);
    expect(result.code).toBe(0);
    expect(JSON.parse(await reading).resources[0].id).toBe('mercury-guide');
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(tempFiles()).toEqual([]);
  });

  it('writes /dev/stdout in place', async () => {
    const csv = file('for-stdout.csv', CSV);
    const converted = await runCli(['convert', csv, '-o', '/dev/stdout', '--to', 'json']);
    expect(converted.code).toBe(0);
    expect(JSON.parse(converted.stdout).resources[0].id).toBe('mercury-guide');
    const exported = await runCli(['export', csv, '--format', 'ris', '-o', '/dev/stdout']);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^TY {2}- /m);
  });

  it('keeps the mode of the file it replaces, and replaces a regular file by renaming a complete one', async () => {
    const output = file('moded.csv', 'old');
    chmodSync(output, 0o640);
    const before = statSync(output).ino;
    const json = file('for-mode.json', GOOD);
    expect((await runCli(['convert', json, '-o', output])).code).toBe(0);
    expect(statSync(output).mode & 0o777).toBe(0o640);
    expect(statSync(output).ino).not.toBe(before);
    expect(readFileSync(output, 'utf8')).toContain('Mercury guide');
    expect(tempFiles()).toEqual([]);
  });

  it('refuses a read-only file with a clear message and exit code 1, leaving it untouched', async () => {
    const output = file('read-only.json', 'keep me');
    chmodSync(output, 0o444);
    const csv = file('for-read-only.csv', CSV);
    const result = await runCli(['convert', csv, '-o', output]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot write '${output}': the file is read-only.`);
    expect(readFileSync(output, 'utf8')).toBe('keep me');
    expect(statSync(output).mode & 0o777).toBe(0o444);
    const template = await runCli(['template', '-o', output]);
    expect(template.code).toBe(1);
    expect(readFileSync(output, 'utf8')).toBe('keep me');
    expect(tempFiles()).toEqual([]);
  });

  it('refuses to overwrite its own input, whatever the spelling: same path, symbolic link, other path, hard link', async () => {
    mkdirSync(join(dir, 'self'));
    const input = file('self/catalogue.json', GOOD);
    symlinkSync('catalogue.json', join(dir, 'self/alias.json'));
    linkSync(input, join(dir, 'self/hard.json'));
    const spellings = [
      ['export', input, '--format', 'csl-json', '-o', input],
      ['export', input, '--format', 'csl-json', '-o', join(dir, 'self/alias.json')],
      ['export', input, '--format', 'bibtex', '-o', join(dir, 'self/../self/./catalogue.json')],
      ['convert', join(dir, 'self/alias.json'), '--to', 'json', '-o', input],
      ['convert', input, '-o', join(dir, 'self/hard.json')],
    ];
    for (const args of spellings) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/Cannot write '.*': it is the input file/);
      expect(readFileSync(input, 'utf8')).toBe(GOOD);
    }
    expect(tempFiles()).toEqual([]);
  });

  it('names the folder when the input or the output is a folder', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const validated = await runCli(['validate', folder]);
    expect(validated.code).toBe(1);
    expect(validated.stderr).toContain(`'${folder}' is a folder`);
    const csv = file('for-folder.csv', CSV);
    const converted = await runCli(['convert', csv, '-o', folder, '--to', 'json']);
    expect(converted.code).toBe(1);
    expect(converted.stderr).toContain(`Cannot write '${folder}': it is a folder.`);
  });

  it('names only the paths the user gave, never its temporary file', async () => {
    const csv = file('for-missing.csv', CSV);
    const output = join(dir, 'no-such-folder', 'out.json');
    const result = await runCli(['convert', csv, '-o', output]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Cannot write '${output}': the folder '${join(dir, 'no-such-folder')}' does not exist.`,
    );
    expect(result.stderr).not.toMatch(/\.tmp|asm-kit-(input|output)-/);
  });
});

describe('- reads standard input', () => {
  it('for validate, convert and export, CSV or JSON', async () => {
    const validated = await runCli(['validate', '-'], { input: CSV });
    expect(validated.stdout).toBe('-: valid, 1 resource.\n');
    expect(validated.code).toBe(0);
    const converted = await runCli(['convert', '-', '--to', 'csv'], { input: GOOD });
    expect(converted.code).toBe(0);
    expect(converted.stdout).toMatch(/\r\nr0,report,Mercury guide,+\r\n/);
    const output = join(dir, 'from-stdin.json');
    expect((await runCli(['convert', '-', '-o', output], { input: CSV })).code).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8')).resources[0].id).toBe('mercury-guide');
    const exported = await runCli(['export', '-', '--format', 'bibtex'], { input: GOOD });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('@techreport{r0,');
  });

  it('reads a FIFO given as the input file, even for the two passes of JSON to CSV', async () => {
    const fifo = join(dir, 'input-pipe');
    execFileSync('mkfifo', [fifo]);
    const writing = new Promise<void>((resolve, reject) => {
      const stream = createWriteStream(fifo);
      stream.on('error', reject);
      stream.end(GOOD, () => resolve());
    });
    const result = await runCli(['convert', fifo, '--to', 'csv']);
    await writing;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\r\nr0,report,Mercury guide,+\r\n/);
  });

  it('names standard input "-" in problems, never its private copy', async () => {
    const result = await runCli(['validate', '-'], { input: 'id,type,title.en\r\nbad id,guide,x\r\n' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^-:2: record 1/);
    expect(result.stdout).not.toMatch(/asm-kit-input-/);
    const broken = await runCli(['convert', '-', '--to', 'csv'], { input: '{"resources": [' });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^-:/);
    expect(broken.stderr).not.toMatch(/asm-kit-input-/);
  });
});

describe('mixed line endings', () => {
  it('reads a CSV with an LF header and CRLF rows, and one with a CRLF header and LF rows', async () => {
    const rows = ['a-guide,guide,First', 'b-guide,guide,Second', 'c-guide,guide,Third'];
    const lfThenCrlf = file('lf-crlf.csv', `#name.en,Mixed\nid,type,title.en\n${rows.join('\r\n')}\r\n`);
    const crlfThenLf = file('crlf-lf.csv', `#name.en,Mixed\r\nid,type,title.en\r\n${rows.join('\n')}\n`);
    for (const csv of [lfThenCrlf, crlfThenLf]) {
      const result = await runCli(['convert', csv, '--to', 'json']);
      expect(result.code, csv).toBe(0);
      const resources = JSON.parse(result.stdout).resources as { id: string; title: { en: string } }[];
      expect(resources.map((resource) => [resource.id, resource.title.en])).toEqual([
        ['a-guide', 'First'],
        ['b-guide', 'Second'],
        ['c-guide', 'Third'],
      ]);
    }
    // Line numbers stay right after the change of line end.
    const bad = file('mixed-bad.csv', `id,type,title.en\nok-guide,guide,Fine\r\nbad id,guide,Broken\r\n`);
    expect((await runCli(['validate', bad])).stdout).toContain(`${bad}:3: record 2`);
  });
});
