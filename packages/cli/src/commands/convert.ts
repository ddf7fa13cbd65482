import { parseArgs } from 'node:util';
import type { Resource } from '@asm-kit/schema';
import { LayoutBuilder, columnName, metaRows, resourceToCells } from '../csv/layout.js';
import type { ColumnRef } from '../csv/layout.js';
import { BOM, csvLine } from '../csv/write.js';
import { AtomicOutput } from '../internal/output.js';
import { createProgress } from '../internal/progress.js';
import { catalogueHead, catalogueTail, resourceItem } from '../json/write.js';
import { processCatalogue } from '../pipeline.js';
import type { CatalogueMeta, ProcessResult } from '../pipeline.js';
import { formatReport, plural } from '../report.js';
import { formatOf } from '../source.js';
import type { CatalogueFormat } from '../source.js';
import type { CommandIO } from './context.js';
import { csvDelimiter, UsageError } from './context.js';

/** Help of `asm-kit convert`. */
export const CONVERT_HELP = `Usage: asm-kit convert <input.csv|input.json> [-o output.json|output.csv] [options]

Converts a catalogue between CSV (for spreadsheets) and JSON, in either direction. The whole input is
checked: when it has problems they are reported, nothing is written and the exit code is 1. The output is
written to a temporary file and renamed when complete, so a failed run never leaves a partial file.

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
Reading CSV handles a byte-order mark, comma, semicolon or tab delimiters, CRLF line ends and quoted
cells with line breaks.

Options:
  -o, --output <file>      where to write; the format follows its extension (default: standard output)
  --to <csv|json>          output format when writing to standard output
  --delimiter <d>          CSV output delimiter: comma (default), semicolon or tab
  --no-bom                 CSV output without the byte-order mark Excel needs to see UTF-8
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
  const from = formatOf(input);
  if (!from)
    throw new UsageError(`Cannot tell the format of '${input}' from its extension: use .csv or .json.`);
  let to: CatalogueFormat | undefined;
  if (values.to !== undefined) {
    if (values.to !== 'csv' && values.to !== 'json')
      throw new UsageError(`--to must be csv or json, not '${values.to}'`);
    to = values.to;
  }
  if (values.output) {
    const byExtension = formatOf(values.output);
    if (!byExtension)
      throw new UsageError(`Cannot tell the output format of '${values.output}': use .csv or .json.`);
    if (to && to !== byExtension)
      throw new UsageError(`--to ${to} does not match the output file '${values.output}'`);
    to = byExtension;
  }
  to ??= from === 'csv' ? 'json' : 'csv';
  const delimiter = csvDelimiter(values.delimiter);
  const readOptions = { defaultLanguage: values['default-language'], name: values.name };

  if (to === 'json') return toJson(input, values.output, readOptions, io);

  // First pass: check everything and learn the columns the CSV needs. Nothing is written yet.
  // The default language's title column comes first, then the others as they appear.
  let layout = new LayoutBuilder();
  let meta: CatalogueMeta | undefined;
  const checked = await processCatalogue(input, {
    ...readOptions,
    progress: createProgress(`Checking ${input}`, io.stderr),
    onMeta: (settings) => {
      meta = settings;
      layout = new LayoutBuilder([settings.defaultLanguage]);
    },
    onResource: (resource: Resource) => layout.add(resource),
  });
  if (checked.problems.total > 0 || !meta) return fail(io, input, checked);
  const settings: CatalogueMeta = meta;

  const output = await AtomicOutput.open(values.output);
  try {
    const progress = createProgress(`Writing ${values.output ?? 'CSV'}`, io.stderr);
    const columns: ColumnRef[] = layout.columns();
    await output.write(values['no-bom'] ? '' : BOM);
    for (const row of metaRows(settings)) await output.write(csvLine(row, { delimiter }));
    await output.write(csvLine(columns.map(columnName), { delimiter }));
    // Second pass: the same reading, now writing each resource as it comes.
    let written = 0;
    const second = await processCatalogue(input, {
      ...readOptions,
      onResource: async (resource) => {
        await output.write(csvLine(resourceToCells(resource, columns), { delimiter }));
        progress.update(++written);
      },
    });
    progress.done();
    if (second.problems.total > 0) {
      // The file changed between the passes: write nothing rather than something inconsistent.
      await output.abort();
      return fail(io, input, second);
    }
    await output.commit(io.stdout);
  } catch (error) {
    await output.abort();
    throw error;
  }
  if (values.output) {
    io.stderr.write(`Converted ${plural(checked.records, 'resource')} from ${input} to ${values.output}.\n`);
  }
  return 0;
}

// To JSON needs no column layout, so checking and writing share one pass; the temporary file is dropped if
// any problem turns up.
async function toJson(
  input: string,
  target: string | undefined,
  readOptions: { defaultLanguage?: string; name?: string },
  io: CommandIO,
): Promise<number> {
  const output = await AtomicOutput.open(target);
  try {
    let written = 0;
    const progress = createProgress(`Converting ${input}`, io.stderr);
    const result = await processCatalogue(input, {
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
      return fail(io, input, result);
    }
    await output.write(catalogueTail(written === 0));
    await output.commit(io.stdout);
    if (target)
      io.stderr.write(`Converted ${plural(result.records, 'resource')} from ${input} to ${target}.\n`);
    return 0;
  } catch (error) {
    await output.abort();
    throw error;
  }
}

function fail(io: CommandIO, input: string, result: ProcessResult): number {
  io.stderr.write(formatReport(input, result));
  io.stderr.write('Nothing was written: fix the problems above and run the conversion again.\n');
  return 1;
}
