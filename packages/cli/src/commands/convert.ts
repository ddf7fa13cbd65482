import { parseArgs } from 'node:util';
import type { Resource } from '@asm-kit/schema';
import { columnName } from '../csv/columns.js';
import type { ColumnRef } from '../csv/columns.js';
import { metaRows } from '../csv/settings.js';
import { BOM, LayoutBuilder, csvLine, resourceToCells } from '../csv/write.js';
import { AtomicOutput } from '../internal/output.js';
import { createProgress } from '../internal/progress.js';
import { catalogueHead, catalogueTail, resourceItem } from '../json/write.js';
import { processCatalogue } from '../pipeline.js';
import type { CatalogueMeta, ProcessOptions, ProcessResult } from '../pipeline.js';
import { formatReport, plural } from '../report.js';
import { formatOf, openInput } from '../source.js';
import type { CatalogueFormat, Input } from '../source.js';
import type { CommandIO } from './context.js';
import { csvDelimiter, UsageError } from './context.js';

/** Help of `asm-kit convert`. */
export const CONVERT_HELP = `Usage: asm-kit convert <input.csv|input.json|-> [-o output.json|output.csv] [options]

Converts a catalogue between CSV (for spreadsheets) and JSON, in either direction. The whole input is
checked: when it has problems they are reported, nothing is written and the exit code is 1. The output is
written to a temporary file and renamed when complete, so a failed run never leaves a partial file; an
existing file keeps its mode, a symbolic link is followed, a FIFO or device is written in place. The input
'-' is standard input (its format is told by its first character). A read-only output file, a folder and
the input file itself are refused.

CSV layout (one row per resource, one column per field; see the asm-kit README for the full list):
  #name.en,My library       settings rows above the header: #schemaVersion, #name.<lang>, #publisher,
                            #defaultLanguage, #updated, #extraTerms.<resourceTypes|knowledgeAreas>.<slug>.<lang>
  id, type, published, url, project, credit, license, access, version, thumbnail, duration, citation
  title.<lang>, summary.<lang>            one column per language: title.en, title.fr, summary.pt-BR
  languages, knowledgeAreas, keywords, commodities, audiences, countries, supersedes, related,
  identifiers.isbn                        lists, values separated by " | " (a literal | is written \\|)
  authors.<n>.name|affiliation|orcid      people, numbered from 1 (or 'authors': names separated by " | ")
  organizations.<n>.name|role|url         organizations with role author, publisher, funder or implementer
  file.<lang>.url|format|size|pages       one file per language version (file2.<lang>.url for a second one)
  series.name, series.number, container.type|title|volume|issue|pages|publisher,
  identifiers.doi, identifiers.handle
Reading CSV handles a byte-order mark, comma, semicolon or tab delimiters, CRLF or LF line ends (mixed
too) and quoted cells with line breaks. Written CSV cells that a spreadsheet would run as a formula (they
start with = + - @, a tab or CR) get a leading ', which reading removes again.

Options:
  -o, --output <file>      where to write; the format follows its extension (default: standard output)
  --to <csv|json>          output format when writing to standard output or a file without extension
  --delimiter <d>          CSV output delimiter: comma (default), semicolon or tab
  --no-bom                 CSV output without the byte-order mark Excel needs to see UTF-8
  --no-formula-guard       CSV as is: no ' added before cells starting with = + - @ tab or CR (output),
                           none removed (input). Only for data you trust, read by programs, not spreadsheets
  --default-language <tag> language of CSV title/summary columns without a tag (default: en)
  --name <text>            catalogue name when a CSV has no #name row (default: the file name)
  -h, --help               show this help
`;

/** `asm-kit convert`: CSV to JSON or JSON to CSV, all or nothing. */
export async function convertCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      to: { type: 'string' },
      delimiter: { type: 'string' },
      'no-bom': { type: 'boolean' },
      'no-formula-guard': { type: 'boolean' },
      'default-language': { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(CONVERT_HELP);
    return 0;
  }
  const [input, ...extra] = positionals;
  if (!input)
    throw new UsageError('convert needs an input file, e.g. asm-kit convert catalogue.csv -o catalogue.json');
  if (extra.length > 0)
    throw new UsageError(
      `convert takes one input file; got also: ${extra.join(' ')} (use -o for the output)`,
    );
  const source = await openInput(input, io.stdin);
  try {
    return await convert(source, values, io);
  } finally {
    await source.dispose();
  }
}

interface ConvertValues {
  output?: string;
  to?: string;
  delimiter?: string;
  'no-bom'?: boolean;
  'no-formula-guard'?: boolean;
  'default-language'?: string;
  name?: string;
}

async function convert(input: Input, values: ConvertValues, io: CommandIO): Promise<number> {
  const from = input.format;
  if (!from)
    throw new UsageError(`Cannot tell the format of '${input.name}' from its extension: use .csv or .json.`);
  let to: CatalogueFormat | undefined;
  if (values.to !== undefined) {
    if (values.to !== 'csv' && values.to !== 'json')
      throw new UsageError(`--to must be csv or json, not '${values.to}'`);
    to = values.to;
  }
  if (values.output) {
    const byExtension = formatOf(values.output);
    if (!byExtension && !to)
      throw new UsageError(
        `Cannot tell the output format of '${values.output}': use .csv or .json, or say it with --to.`,
      );
    if (to && byExtension && to !== byExtension)
      throw new UsageError(`--to ${to} does not match the output file '${values.output}'`);
    to ??= byExtension;
  }
  to ??= from === 'csv' ? 'json' : 'csv';
  const delimiter = csvDelimiter(values.delimiter);
  const formulaGuard = !values['no-formula-guard'];
  const readOptions = {
    file: input.name,
    format: from,
    formulaGuard,
    defaultLanguage: values['default-language'],
    name: values.name,
  };
  // Opened first, so that a read-only file, a folder or the input itself is refused before any reading.
  const output = await AtomicOutput.open(values.output, { input: input.name });
  try {
    if (to === 'json') return await toJson(input, values.output, readOptions, output, io);

    // First pass: check everything and learn the columns the CSV needs. Nothing is written yet.
    // The default language's title column comes first, then the others as they appear.
    let layout = new LayoutBuilder();
    let meta: CatalogueMeta | undefined;
    const checked = await processCatalogue(input.path, {
      ...readOptions,
      progress: createProgress(`Checking ${input.name}`, io.stderr),
      onMeta: (settings) => {
        meta = settings;
        layout = new LayoutBuilder([settings.defaultLanguage]);
      },
      onResource: (resource: Resource) => layout.add(resource),
    });
    if (checked.problems.total > 0 || !meta) {
      await output.abort();
      return fail(io, input.name, checked);
    }
    const settings: CatalogueMeta = meta;

    const progress = createProgress(`Writing ${values.output ?? 'CSV'}`, io.stderr);
    const columns: ColumnRef[] = layout.columns();
    const csv = { delimiter, formulaGuard };
    await output.write(values['no-bom'] ? '' : BOM);
    for (const row of metaRows(settings)) await output.write(csvLine(row, csv));
    await output.write(csvLine(columns.map(columnName), csv));
    // Second pass: the same reading, now writing each resource as it comes.
    let written = 0;
    const second = await processCatalogue(input.path, {
      ...readOptions,
      onResource: async (resource) => {
        await output.write(csvLine(resourceToCells(resource, columns), csv));
        progress.update(++written);
      },
    });
    progress.done();
    if (second.problems.total > 0) {
      // The file changed between the passes: write nothing rather than something inconsistent.
      await output.abort();
      return fail(io, input.name, second);
    }
    await output.commit(io.stdout);
    if (values.output) {
      io.stderr.write(
        `Converted ${plural(checked.records, 'resource')} from ${input.name} to ${values.output}.\n`,
      );
    }
    return 0;
  } catch (error) {
    await output.abort();
    throw error;
  }
}

// To JSON needs no column layout, so checking and writing share one pass; the temporary file is dropped if
// any problem turns up.
async function toJson(
  input: Input,
  target: string | undefined,
  readOptions: Omit<ProcessOptions, 'onMeta' | 'onResource'>,
  output: AtomicOutput,
  io: CommandIO,
): Promise<number> {
  let written = 0;
  const progress = createProgress(`Converting ${input.name}`, io.stderr);
  const result = await processCatalogue(input.path, {
    ...readOptions,
    onMeta: (settings) => output.write(catalogueHead(settings)),
    onResource: async (resource) => {
      await output.write(resourceItem(resource, written === 0));
      progress.update(++written);
    },
  });
  progress.done();
  if (result.problems.total > 0) {
    await output.abort();
    return fail(io, input.name, result);
  }
  await output.write(catalogueTail(written === 0));
  await output.commit(io.stdout);
  if (target)
    io.stderr.write(`Converted ${plural(result.records, 'resource')} from ${input.name} to ${target}.\n`);
  return 0;
}

function fail(io: CommandIO, input: string, result: ProcessResult): number {
  io.stderr.write(formatReport(input, result));
  io.stderr.write('Nothing was written: fix the problems above and run the conversion again.\n');
  return 1;
}
