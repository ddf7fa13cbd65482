import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalogue } from '@asm-kit/schema';
import type { Resource } from '@asm-kit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/cli-runner.js';

const FIXTURES = fileURLToPath(new URL('../import/fixtures/', import.meta.url));
const DEMO = fileURLToPath(new URL('../../../../fixtures/demo-catalogue.json', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asm-kit-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The catalogue written to `path`, checked the way `asm-kit validate` checks it (strict: any issue throws). */
function catalogueAt(path: string) {
  return parseCatalogue(JSON.parse(readFileSync(path, 'utf8')), { strict: true }).catalogue;
}

function byTitle(resources: readonly Resource[], start: string): Resource {
  const found = resources.find((resource) => Object.values(resource.title).some((t) => t.startsWith(start)));
  if (!found) throw new Error(`no resource titled ${start}…`);
  return found;
}

describe('asm-kit import: the command line', () => {
  it('is listed in the help, and has its own', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/import <file\|url>/);
    const help = await runCli(['import', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--merge <catalogue.json>/);
  });

  it('exits with 2 on a wrong use: no input, an unknown --from', async () => {
    expect((await runCli(['import'])).code).toBe(2);
    const result = await runCli(['import', join(FIXTURES, 'zotero.bib'), '--from', 'endnote']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--from must be one of csl, bibtex, ris, dc/);
  });
});

describe('asm-kit import: files written by reference managers and repositories', () => {
  it('reads a Zotero BibTeX export: braces, TeX accents, corporate authors, the report type', async () => {
    const output = join(dir, 'zotero-bib.json');
    const result = await runCli(['import', join(FIXTURES, 'zotero.bib'), '-o', output]);
    expect(result.code).toBe(0);
    const { resources } = catalogueAt(output);
    expect(resources).toHaveLength(4);
    const brief = byTitle(resources, 'Cross-programme');
    expect(brief).toMatchObject({
      id: 'cross-programme-analysis-of-planetgold-asgm-financial-2021',
      type: 'policy-brief',
      title: { en: 'Cross-programme analysis of planetGOLD ASGM financial access interventions' },
      authors: [{ name: 'Cristian Arias' }, { name: 'Kamila Gómez' }],
      organizations: [
        { name: 'Alliance for Responsible Mining', role: 'author' },
        { name: 'planetGOLD', role: 'publisher' },
      ],
      published: '2021-05',
      knowledgeAreas: ['access-to-finance', 'gender'],
      keywords: ['financial mechanisms'],
      countries: ['BF'],
    });
    const article = byTitle(resources, 'Minerías');
    expect(article).toMatchObject({
      type: 'academic-article',
      languages: ['es'],
      authors: [{ name: 'Rolando Sánchez-Gutiérrez' }, { name: 'Wendy Villalobos-González' }],
      container: { type: 'journal', title: 'Tecnología en Marcha', volume: '32', issue: '2', pages: '30-40' },
      identifiers: { doi: '10.18845/tm.v32i2.4475' },
    });
    expect(byTitle(resources, 'Reducing mercury')).toMatchObject({
      type: 'book',
      series: { name: 'ARM Series on Responsible ASM', number: '3' },
      identifiers: { isbn: ['978-3-16-148410-0'] },
      license: 'CC-BY-4.0',
    });
    // BibLaTeX: date and langid.
    expect(byTitle(resources, 'Retorts in Ghana')).toMatchObject({
      published: '2020-11-05',
      languages: ['fr'],
    });
    expect(result.stderr).toMatch(/zotero\.bib:43: record 4 "Retorts in Ghana: a field video"/);
    expect(result.stderr).toMatch(/check: no type guessed from '@online'/);
    expect(result.stderr).toMatch(/check: no author: the editors \(Jan van der Berg\) were taken as authors/);
  });

  it('reads an EndNote RIS export (TY  - RPRT), skipping the record without a title', async () => {
    const output = join(dir, 'endnote.json');
    const result = await runCli(['import', join(FIXTURES, 'endnote.ris'), '-o', output]);
    expect(result.code).toBe(0);
    const { resources } = catalogueAt(output);
    expect(resources).toHaveLength(2);
    expect(byTitle(resources, 'Taxes, fees')).toMatchObject({
      type: 'case-study',
      languages: ['en'],
      authors: [{ name: 'Shawn Blore' }],
      organizations: [
        { name: 'Alliance for Responsible Mining', role: 'author' },
        { name: 'planetGOLD', role: 'publisher' },
      ],
      published: '2019-05-03',
      series: { name: 'planetGOLD country studies', number: '4' },
      files: [{ url: 'https://www.planetgold.org/files/taxes-fees.pdf', language: 'en' }],
      knowledgeAreas: ['formalization'],
      keywords: ['taxes, royalties'],
      countries: ['BF'],
      access: 'registration',
    });
    expect(byTitle(resources, 'ASGM spatio')).toMatchObject({
      type: 'academic-article',
      languages: ['fr'],
      identifiers: { doi: '10.4236/gep.2022.109009' },
      container: { pages: '150-171', volume: '10', issue: '9' },
    });
    expect(result.stderr).toMatch(/endnote\.ris:36: record 3: skipped: it has no title/);
    expect(result.stderr).toMatch(/3 records read \(ris\): 2 added, 1 skipped/);
  });

  it('reads a Zotero CSL-JSON export and says what needs a look', async () => {
    const output = join(dir, 'zotero-csl.json');
    const result = await runCli(['import', join(FIXTURES, 'zotero-csl.json'), '-o', output]);
    expect(result.code).toBe(0);
    const { resources } = catalogueAt(output);
    expect(byTitle(resources, 'Gold buyers')).toMatchObject({
      type: 'report',
      languages: ['en-GB'],
      published: '2019-03',
      series: { name: 'ASM working papers', number: '7' },
      knowledgeAreas: ['market-access'],
      countries: ['GH'],
      access: 'paywalled',
    });
    expect(byTitle(resources, 'Utiliser')).toMatchObject({
      type: 'video',
      languages: ['fr'],
      published: '2021',
      duration: 'PT12M30S',
    });
    expect(byTitle(resources, 'Mercury')).toMatchObject({ identifiers: { doi: '10.1000/182' } });
    expect(result.stderr).toMatch(
      /record 2 "Utiliser une cornue".*\n(?:.*\n)*?\s+check: date 'Spring 2021' was read as the year 2021/,
    );
    expect(result.stderr).toMatch(/check: unknown language 'xx-unknown-lang'/);
    expect(result.stderr).toMatch(/dropped: editors \(Kofi Osei\)/);
  });

  it('reads a DSpace oai_dc ListRecords page: handle, access, coverage, deleted records', async () => {
    const output = join(dir, 'dspace.json');
    const result = await runCli(['import', join(FIXTURES, 'dspace-oai.xml'), '-o', output]);
    expect(result.code).toBe(0);
    const { resources } = catalogueAt(output);
    expect(resources).toHaveLength(2);
    expect(byTitle(resources, 'Squeezing Gold')).toMatchObject({
      title: { en: 'Squeezing Gold from a Stone: Mercury & Artisanal Mining' },
      published: '2019-12',
      identifiers: { handle: '20.500.11822/31286' },
      url: 'https://wedocs.unep.org/20.500.11822/31286',
      access: 'open',
      countries: ['GH', 'PE'],
      knowledgeAreas: ['mercury-reduction'],
      keywords: ['artisanal gold mining', 'mercury'],
      authors: [{ name: 'Telmer, Kevin' }],
      organizations: [
        { name: 'United Nations Environment Programme', role: 'author' },
        { name: 'UNEP', role: 'publisher' },
      ],
    });
    expect(byTitle(resources, 'Evaluación')).toMatchObject({ languages: ['es'], knowledgeAreas: ['health'] });
    expect(result.stderr).toMatch(
      /record 2: skipped: deleted in the repository \(oai:wedocs\.unep\.org:20\.500\.11822\/99999\)/,
    );
    expect(result.stderr).toMatch(/dropped: rights 'CC BY 4.0'/);
  });
});

describe('asm-kit import: input, output and report', () => {
  it('reads standard input with -, guesses the format from the content and writes to stdout', async () => {
    const result = await runCli(['import', '-'], {
      input: readFileSync(join(FIXTURES, 'endnote.ris'), 'utf8'),
    });
    expect(result.code).toBe(0);
    const catalogue = parseCatalogue(JSON.parse(result.stdout), { strict: true }).catalogue;
    expect(catalogue.resources).toHaveLength(2);
    expect(result.stderr).toMatch(/<stdin>:1: record 1/);
  });

  it('asks for --from when neither the name nor the content tells the format', async () => {
    const result = await runCli(['import', file('notes.txt', 'just some notes\n')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/use --from csl\|bibtex\|ris\|dc/);
  });

  it('writes the report as JSON with --report: position, title, what needs a look', async () => {
    const report = join(dir, 'report.json');
    const result = await runCli([
      'import',
      join(FIXTURES, 'zotero-csl.json'),
      '-o',
      join(dir, 'with-report.json'),
      '--report',
      report,
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json).toMatchObject({ format: 'csl', records: 3, added: 3, skipped: 0 });
    expect(json.items[2]).toMatchObject({
      position: 3,
      line: 31,
      title: 'Mercury',
      status: 'added',
      id: 'mercury',
      attention: expect.arrayContaining([
        expect.stringMatching(/no year/),
        expect.stringMatching(/no type guessed/),
      ]),
    });
  });

  it('gives unique, deterministic ids from title and year', async () => {
    const csl = file(
      'twins.json',
      JSON.stringify([
        { type: 'report', title: 'Mercury guide', issued: { 'date-parts': [[2020]] } },
        { type: 'report', title: 'Mercury guide', issued: { 'date-parts': [[2020]] }, language: 'fr' },
        { type: 'report', title: 'Mercury guide' },
      ]),
    );
    const first = await runCli(['import', csl]);
    const second = await runCli(['import', csl]);
    expect(first.stdout).toBe(second.stdout);
    expect(JSON.parse(first.stdout).resources.map((r: { id: string }) => r.id)).toEqual([
      'mercury-guide-2020',
      'mercury-guide-2020-2',
      'mercury-guide',
    ]);
  });
});

describe('asm-kit import --areas', () => {
  it('maps keywords to knowledge areas through the file, folding case and accents', async () => {
    const areas = file(
      'areas.json',
      JSON.stringify({ 'Financial Mechanisms': 'access-to-finance', retorts: 'mercury-reduction' }),
    );
    const output = join(dir, 'areas-out.json');
    const result = await runCli(['import', join(FIXTURES, 'zotero.bib'), '--areas', areas, '-o', output]);
    expect(result.code).toBe(0);
    const { resources } = catalogueAt(output);
    expect(byTitle(resources, 'Cross-programme').keywords).toEqual([]);
    expect(byTitle(resources, 'Retorts in Ghana')).toMatchObject({
      knowledgeAreas: ['mercury-reduction'],
      keywords: ['mercury'],
    });
  });

  it('refuses an area that is not in the vocabulary, with a suggestion', async () => {
    const areas = file('bad-areas.json', JSON.stringify({ retorts: 'mercury-reducton' }));
    const output = join(dir, 'never.json');
    const result = await runCli(['import', join(FIXTURES, 'zotero.bib'), '--areas', areas, '-o', output]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /bad-areas\.json: 'retorts': 'mercury-reducton' is not a knowledge area\. Did you mean 'mercury-reduction'\?/,
    );
    expect(existsSync(output)).toBe(false);
  });
});

describe('asm-kit import --merge', () => {
  it('merges records the catalogue already has (DOI, URL, title and year) and adds the others', async () => {
    const demo = JSON.parse(readFileSync(DEMO, 'utf8'));
    const csl = file(
      'merge.json',
      JSON.stringify([
        // Same DOI as a demo article; brings an ISBN-less new keyword and a volume the demo lacks.
        {
          type: 'article-journal',
          title: 'A different title for the same article',
          DOI: 'https://doi.org/10.18845/TM.V32I2.4475',
          keyword: 'new keyword',
        },
        // Same landing page (another scheme, a trailing slash) as a demo resource.
        {
          type: 'report',
          title: 'Cross-programme analysis, as the library had it',
          URL: 'http://planetgold.org/cross-programme-analysis-asgm-financial-access/',
          issued: { 'date-parts': [[2021]] },
        },
        // Same title (case and accents aside) and year as a demo resource.
        {
          type: 'report',
          title:
            'ESTIMATING MERCURY USE AND DOCUMENTING PRACTICES IN ARTISANAL AND SMALL-SCALE GOLD MINING (ASGM): METHODS AND TOOLS',
          issued: { 'date-parts': [[2018]] },
        },
        { type: 'report', title: 'Something new', issued: { 'date-parts': [[2024]] } },
      ]),
    );
    const output = join(dir, 'merged.json');
    const result = await runCli(['import', csl, '--merge', DEMO, '-o', output]);
    expect(result.code).toBe(0);
    const catalogue = catalogueAt(output);
    expect(catalogue.resources).toHaveLength(demo.resources.length + 1);
    expect(catalogue.name).toEqual(parseCatalogue(demo).catalogue.name);
    const article = catalogue.resources.find(
      (r) => r.id === 'minerias-artesanales-oro-mercurio-impacto-ambiental',
    )!;
    // Existing values win; lists are unioned.
    expect(Object.values(article.title)).not.toContain('A different title for the same article');
    expect(article.keywords).toContain('new keyword');
    const original = demo.resources.find((r: { id: string }) => r.id === article.id);
    expect(article.keywords.slice(0, original.keywords.length)).toEqual(original.keywords);
    expect(result.stderr).toMatch(
      /record 1 "A different title for the same article": merged into 'minerias-artesanales-oro-mercurio-impacto-ambiental' \(same DOI\), filled: keywords/,
    );
    expect(result.stderr).toMatch(
      /record 2 .*merged into 'cross-programme-analysis-planetgold-asgm-financial-access' \(same URL\)/,
    );
    expect(result.stderr).toMatch(/record 3 .*merged into '[a-z0-9-]+' \(same title and year\)/);
    expect(result.stderr).toMatch(/4 records read \(csl\): 1 added, 3 merged/);
    expect(catalogue.resources.at(-1)!.id).toBe('something-new-2024');
  });

  it('refuses to merge into a catalogue with problems', async () => {
    const broken = file(
      'broken-catalogue.json',
      JSON.stringify({ name: 'x', resources: [{ id: 'a', type: 'nope', title: 'A' }] }),
    );
    const result = await runCli(['import', join(FIXTURES, 'zotero.bib'), '--merge', broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken-catalogue\.json: the catalogue to merge into has 1 problem/);
  });
});

describe('asm-kit import: hostile and broken input', () => {
  it('names the file and line of a BibTeX file it cannot read at all, and writes nothing', async () => {
    const bib = file('broken.bib', '% my library\n\n@article{broken,\n  title = {Unclosed\n');
    const output = join(dir, 'broken-out.json');
    const result = await runCli(['import', bib, '-o', output]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`${bib.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: not a readable BibTeX file`),
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the good BibTeX entries and reports the broken one with its line', async () => {
    const good = readFileSync(join(FIXTURES, 'zotero.bib'), 'utf8');
    const bib = file('half.bib', `${good}\n@misc{broken,\n  title = {Never closed\n`);
    const result = await runCli(['import', bib, '-o', join(dir, 'half.json')]);
    expect(result.code).toBe(0);
    expect(catalogueAt(join(dir, 'half.json')).resources).toHaveLength(4);
    expect(result.stderr).toMatch(/half\.bib:\d+: record 5: skipped: the entry 'broken' could not be read/);
  });

  it('names the line where CSL-JSON or XML stops being well-formed', async () => {
    const json = await runCli(['import', file('bad.json', '[\n  {"title": "a"},\n  {"title": }\n]')]);
    expect(json.code).toBe(1);
    expect(json.stderr).toMatch(/bad\.json:3: not valid JSON/);
    const xml = await runCli([
      'import',
      file('bad.xml', '<OAI-PMH>\n<ListRecords>\n<record>\n</ListRecords>\n'),
    ]);
    expect(xml.code).toBe(1);
    expect(xml.stderr).toMatch(/bad\.xml:\d+: not well-formed XML/);
    const ris = await runCli(['import', file('bad.ris', 'this is not\na RIS file\n'), '--from', 'ris']);
    expect(ris.code).toBe(1);
    expect(ris.stderr).toMatch(/bad\.ris:1: no RIS records found/);
  });

  it('reports and skips a record the schema refuses, keeping the good ones', async () => {
    const csl = file(
      'refused.json',
      JSON.stringify([
        { type: 'book', title: 'Good book', ISBN: '978-3-16-148410-9', URL: 'javascript:alert(1)' },
        { type: 'report', title: '   ' },
        { type: 'report', title: 'Fine report' },
      ]),
    );
    const output = join(dir, 'refused-out.json');
    const result = await runCli(['import', csl, '-o', output]);
    expect(result.code).toBe(0);
    const { resources } = catalogueAt(output);
    expect(resources.map((r) => Object.values(r.title)[0])).toEqual(['Good book', 'Fine report']);
    expect(resources[0]!.identifiers.isbn).toBeUndefined();
    expect(resources[0]!.url).toBeUndefined();
    expect(result.stderr).toMatch(
      /record 1 "Good book".*\n(?:.*\n)*?\s+dropped: identifiers\.isbn: .*check digit/,
    );
    expect(result.stderr).toMatch(/dropped: link 'javascript:alert\(1\)' \(not an http\(s\) link\)/);
    expect(result.stderr).toMatch(/record 2: skipped: it has no title/);
  });

  it('never lets __proto__ keys of the input reach the catalogue', async () => {
    const csl = file(
      'proto.json',
      '[{"type":"report","title":"Proto","__proto__":{"polluted":"yes","title":"evil"},"constructor":{"prototype":{"polluted":"yes"}}}]',
    );
    const areas = file('proto-areas.json', '{"__proto__":"gender","constructor":"gender"}');
    const output = join(dir, 'proto-out.json');
    const result = await runCli(['import', csl, '--areas', areas, '-o', output]);
    expect(result.code).toBe(0);
    const text = readFileSync(output, 'utf8');
    expect(text).not.toMatch(/polluted|evil/);
    expect(catalogueAt(output).resources[0]!.title).toEqual({ en: 'Proto' });
  });
});

// ---------------------------------------------------------------------------------------------------------
// OAI-PMH against a real HTTP server on 127.0.0.1: three pages chained by resumption tokens.

function oaiRecord(n: number): string {
  return `<record><header><identifier>oai:repo.example.org:${n}</identifier><datestamp>2024-01-0${n}T00:00:00Z</datestamp></header>
<metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title>Harvested report ${n}</dc:title><dc:creator>Author, Number ${n}</dc:creator><dc:date>202${n}</dc:date>
<dc:type>Report</dc:type><dc:identifier>https://repo.example.org/items/${n}</dc:identifier><dc:language>en</dc:language>
</oai_dc:dc></metadata></record>`;
}

function oaiPage(records: string, token?: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2024-03-01T00:00:00Z</responseDate>
<request verb="ListRecords">http://127.0.0.1/oai</request><ListRecords>${records}${
    token === undefined ? '' : `<resumptionToken completeListSize="5" cursor="0">${token}</resumptionToken>`
  }</ListRecords></OAI-PMH>`;
}

function oaiError(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2024-03-01T00:00:00Z</responseDate>
<request>http://127.0.0.1/oai</request><error code="${code}">${message}</error></OAI-PMH>`;
}

describe('asm-kit import from an OAI-PMH endpoint', () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      requests.push(url.pathname + url.search);
      const token = url.searchParams.get('resumptionToken');
      const send = (status: number, body: string) => {
        response.writeHead(status, { 'content-type': 'text/xml; charset=utf-8' });
        response.end(body);
      };
      switch (url.pathname) {
        case '/oai':
          if (token === null && url.searchParams.get('metadataPrefix') === 'oai_dc')
            return send(200, oaiPage(oaiRecord(1) + oaiRecord(2), 'page-2'));
          if (token === 'page-2') return send(200, oaiPage(oaiRecord(3) + oaiRecord(4), 'page-3'));
          if (token === 'page-3') return send(200, oaiPage(oaiRecord(5), ''));
          return send(200, oaiError('badArgument', 'unexpected request'));
        case '/empty':
          return send(200, oaiError('noRecordsMatch', 'No records match the request'));
        case '/expired':
          if (token === null) return send(200, oaiPage(oaiRecord(1), 'stale'));
          return send(200, oaiError('badResumptionToken', 'The token has expired'));
        case '/down':
          return send(503, 'Service Unavailable');
        case '/slow':
          return; // never answers
        default:
          return send(404, 'not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('follows the resumption tokens through three pages', async () => {
    const output = join(dir, 'harvest.json');
    const result = await runCli([
      'import',
      `${base}/oai?verb=ListRecords&metadataPrefix=oai_dc`,
      '-o',
      output,
    ]);
    expect(result.stderr).toMatch(/5 records read \(dc\): 5 added/);
    expect(result.code).toBe(0);
    const { resources } = catalogueAt(output);
    expect(resources.map((r) => r.id)).toEqual([1, 2, 3, 4, 5].map((n) => `harvested-report-${n}-202${n}`));
    expect(resources[4]).toMatchObject({
      authors: [{ name: 'Author, Number 5' }],
      url: 'https://repo.example.org/items/5',
    });
    expect(requests.filter((r) => r.startsWith('/oai'))).toEqual([
      '/oai?verb=ListRecords&metadataPrefix=oai_dc',
      '/oai?verb=ListRecords&resumptionToken=page-2',
      '/oai?verb=ListRecords&resumptionToken=page-3',
    ]);
  });

  it('harvests with --oai <base-url> and stops at --max-pages, saying so', async () => {
    const result = await runCli(['import', '--oai', `${base}/oai`, '--max-pages', '2']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).resources).toHaveLength(4);
    expect(result.stderr).toMatch(
      /stopped after 2 pages \(--max-pages\); the repository has more \(resumption token 'page-3'\)/,
    );
  });

  it('explains OAI-PMH errors and HTTP errors, and writes nothing', async () => {
    const output = join(dir, 'oai-never.json');
    const empty = await runCli(['import', '--oai', `${base}/empty`, '-o', output]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(
      /page 1: the repository has no records for this request \(OAI-PMH error noRecordsMatch: No records match the request\)/,
    );
    const expired = await runCli(['import', '--oai', `${base}/expired`, '-o', output]);
    expect(expired.code).toBe(1);
    expect(expired.stderr).toMatch(
      /page 2: the repository refused the resumption token .*badResumptionToken/,
    );
    const down = await runCli(['import', '--oai', `${base}/down`, '-o', output]);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/answered HTTP 503/);
    expect(existsSync(output)).toBe(false);
  });

  it('gives up on a request after --timeout seconds', async () => {
    const result = await runCli(['import', '--oai', `${base}/slow`, '--timeout', '1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no answer from .*\/slow.* within 1 s/);
  });
});
