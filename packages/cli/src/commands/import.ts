import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCatalogue } from '@asm-kit/schema';
import { buildCatalogue } from '../import/build.js';
import type { BaseCatalogue } from '../import/build.js';
import { FormatError, readCsl } from '../import/csl.js';
import { OaiError } from '../import/oai-error.js';
import { InputFileError, IMPORT_FORMATS, guessFormat, readAreas } from '../import/input.js';
import type { ImportFormat } from '../import/input.js';
import { mapRecord } from '../import/mapping.js';
import type { Draft } from '../import/draft.js';
import type { ReadResult } from '../import/record.js';
import { formatImportReport, importReport, skippedReports } from '../import/report.js';
import type { RecordReport } from '../import/report.js';
import type { CommandIO } from './context.js';
import { UsageError } from './context.js';

/** Help of `asm-kit import`. */
export const IMPORT_HELP = `Usage: asm-kit import <file|-|oai-url> [-o catalogue.json] [options]

Makes a catalogue of the library you already keep in a reference manager or a repository:
  csl      CSL-JSON (Zotero "Export library… CSL JSON", citeproc, Pandoc)
  bibtex   BibTeX / BibLaTeX (Zotero, Better BibTeX, JabRef)
  ris      RIS (EndNote, Zotero, Mendeley)
  dc       Dublin Core XML: OAI-PMH oai_dc records (DSpace, EPrints), from a file or harvested
The format follows the extension (.json .bib .ris .xml) or the content; '-' reads standard input.
An http(s) URL (or --oai) harvests an OAI-PMH endpoint, following resumption tokens.
A report on standard error says, per record, what was mapped and what needs a look.

Options:
  -o, --output <file>      catalogue file to write (default: standard output)
  --from <format>          csl, bibtex, ris or dc, when the extension does not tell
  --oai <url>              harvest this OAI-PMH endpoint (ListRecords, oai_dc)
  --merge <catalogue.json> add to this catalogue: records it already has (same DOI, URL, or title and
                           year) are merged into them, not duplicated; its values win
  --areas <map.json>       keywords that mean a knowledge area: { "keyword": "area-slug" }
  --report <file.json>     also write the report as JSON
  --name <text>            catalogue name (default: 'Imported from <file>')
  --default-language <tag> language of records that name none (default: en)
  --max-pages <n>          OAI-PMH: pages fetched at most (default: 100)
  --timeout <seconds>      OAI-PMH: time to wait for each page (default: 30)
  -h, --help               show this help
`;

async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function positiveInteger(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`--${option} must be a whole number of at least 1, not '${value}'`);
  return number;
}

/** Reads the `--merge` catalogue; it must be valid, so that what is merged into it stays valid. */
async function readBase(path: string): Promise<BaseCatalogue> {
  let document: unknown;
  try {
    document = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) throw error;
    throw new InputFileError(
      `${path}: the catalogue to merge into is not valid JSON: ${(error as Error).message}`,
    );
  }
  const { issues } = parseCatalogue(document);
  if (issues.length > 0 || typeof document !== 'object' || document === null || Array.isArray(document))
    throw new InputFileError(
      `${path}: the catalogue to merge into has ${issues.length} problem${issues.length === 1 ? '' : 's'} (run 'asm-kit validate ${path}'); fix them first`,
    );
  const record = document as Record<string, unknown>;
  return {
    document: record,
    resources: record.resources as Record<string, unknown>[],
    defaultLanguage: typeof record.defaultLanguage === 'string' ? record.defaultLanguage : 'en',
  };
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** `asm-kit import`: a catalogue from CSL-JSON, BibTeX, RIS or Dublin Core (file or OAI-PMH). */
export async function importCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      from: { type: 'string' },
      oai: { type: 'string' },
      merge: { type: 'string' },
      areas: { type: 'string' },
      report: { type: 'string' },
      name: { type: 'string' },
      'default-language': { type: 'string' },
      'max-pages': { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(IMPORT_HELP);
    return 0;
  }
  const [input, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`import takes one input; got also: ${extra.join(' ')}`);
  if (input && values.oai) throw new UsageError('give either a file or --oai <url>, not both');
  const oaiUrl = values.oai ?? (input && /^https?:\/\//i.test(input) ? input : undefined);
  const source = oaiUrl ?? input;
  if (!source)
    throw new UsageError(
      'import needs a file, - for standard input, or an OAI-PMH URL, e.g. asm-kit import library.bib -o catalogue.json',
    );
  const from = values.from as ImportFormat | undefined;
  if (from !== undefined && !IMPORT_FORMATS.includes(from))
    throw new UsageError(`--from must be one of ${IMPORT_FORMATS.join(', ')}, not '${values.from}'`);
  if (oaiUrl && from && from !== 'dc')
    throw new UsageError('an OAI-PMH harvest reads Dublin Core (--from dc)');
  const maxPages = positiveInteger(values['max-pages'], 'max-pages', 100);
  const timeout = positiveInteger(values.timeout, 'timeout', 30);
  const defaultLanguage = values['default-language'] ?? 'en';
  if (!/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(defaultLanguage))
    throw new UsageError(
      `--default-language must be a language tag such as en or pt-BR, not '${defaultLanguage}'`,
    );

  const fail = (message: string): number => {
    io.stderr.write(`asm-kit import: ${message}\nNothing was written.\n`);
    return 1;
  };

  try {
    const base = values.merge ? await readBase(values.merge) : undefined;
    const extraAreas = Object.keys(
      ((base?.document.extraTerms as Record<string, object> | undefined)?.knowledgeAreas ?? {}) as object,
    );
    const areas = values.areas
      ? readAreas(await readFile(values.areas, 'utf8'), values.areas, extraAreas)
      : undefined;

    let read: ReadResult;
    let format: ImportFormat;
    const notes: RecordReport[] = [];
    if (oaiUrl) {
      format = 'dc';
      // The parsers are loaded when needed, so that the other commands start without them.
      const { harvest } = await import('../import/oai.js');
      const harvested = await harvest(oaiUrl, {
        maxPages,
        timeoutMs: timeout * 1000,
        onPage: (page, count) => {
          if (io.stderr.isTTY) io.stderr.write(`\rHarvesting ${oaiUrl}: page ${page}, ${count} records`);
        },
      });
      if (io.stderr.isTTY) io.stderr.write('\n');
      read = harvested;
      if (harvested.unfinishedToken)
        io.stderr.write(
          `asm-kit import: stopped after ${harvested.pages} pages (--max-pages); the repository has more (resumption token '${harvested.unfinishedToken}').\n`,
        );
    } else {
      const content = await readInput(source);
      const guessed = from ?? guessFormat(source === '-' ? '' : source, content);
      if (!guessed)
        throw new UsageError(
          `cannot tell the format of ${source === '-' ? 'standard input' : `'${source}'`}: use --from ${IMPORT_FORMATS.join('|')}`,
        );
      format = guessed;
      read =
        format === 'csl'
          ? readCsl(content)
          : format === 'bibtex'
            ? (await import('../import/bibtex.js')).readBibtex(content)
            : format === 'ris'
              ? await (await import('../import/ris.js')).readRis(content)
              : (await import('../import/dc.js')).readDc(content);
    }

    const drafts: Draft[] = [];
    for (const record of read.records) {
      const mapped = mapRecord(record, { defaultLanguage, ...(areas ? { areas } : {}) });
      if ('draft' in mapped) drafts.push(mapped.draft);
      else
        notes.push(
          ...skippedReports([
            {
              position: record.position,
              ...(record.line !== undefined ? { line: record.line } : {}),
              reason: mapped.skipped,
            },
          ]),
        );
    }
    const name =
      values.name ??
      `Imported from ${source === '-' ? 'standard input' : oaiUrl ? new URL(oaiUrl).host : basename(source)}`;
    const built = buildCatalogue(drafts, { name, defaultLanguage, ...(base ? { base } : {}) });
    const label = source === '-' ? '<stdin>' : source;
    const report = importReport(label, format, [...built.records, ...skippedReports(read.skipped), ...notes]);
    io.stderr.write(formatImportReport(report));
    if (values.report) await writeAtomically(values.report, `${JSON.stringify(report, null, 2)}\n`);
    if (report.added + report.merged === 0) {
      io.stderr.write('Nothing was imported: no record could be used.\n');
      return 1;
    }
    const text = `${JSON.stringify(built.catalogue, null, 2)}\n`;
    if (values.output) {
      await writeAtomically(values.output, text);
      io.stderr.write(`Wrote ${values.output}.\n`);
    } else {
      io.stdout.write(text);
    }
    return 0;
  } catch (error) {
    if (error instanceof FormatError) {
      const where = source === '-' ? '<stdin>' : source;
      return fail(`${where}${error.line ? `:${error.line}` : ''}: ${error.message}`);
    }
    if (error instanceof OaiError || error instanceof InputFileError) return fail(error.message);
    throw error;
  }
}
