import { parseArgs } from 'node:util';
import { columnName } from '../csv/columns.js';
import type { ColumnRef } from '../csv/columns.js';
import { metaRows } from '../csv/settings.js';
import { BOM, csvLine } from '../csv/write.js';
import { isLanguageTag } from '../internal/language.js';
import { writeOutput } from '../internal/output.js';
import type { CommandIO } from './context.js';
import { csvDelimiter, UsageError } from './context.js';

/** Help of `asm-kit template`. */
export const TEMPLATE_HELP = `Usage: asm-kit template [-o catalogue.csv] [options]

Writes a CSV template to start a catalogue in a spreadsheet: settings rows (#name.en, #defaultLanguage...),
the header with every column, and one example resource to overwrite. The same file ships with the package
as templates/catalogue-template.csv.

Options:
  -o, --output <file>      file to write (default: standard output)
  --languages <tags>       languages of the title, summary and file columns, comma-separated (default: en,fr)
  --delimiter <d>          comma (default), semicolon or tab
  --no-bom                 leave out the byte-order mark Excel needs to see UTF-8
  -h, --help               show this help
`;

/**
 * The CSV template: settings rows, a header with every column of the layout for `languages`, two numbered
 * authors and organizations, one file per language, and one example row.
 */
export function csvTemplate(
  options: { languages?: readonly string[]; delimiter?: string; bom?: boolean } = {},
): string {
  const languages = options.languages && options.languages.length > 0 ? options.languages : ['en', 'fr'];
  const [main = 'en'] = languages;
  const columns: ColumnRef[] = [
    { kind: 'text', path: 'id' },
    { kind: 'text', path: 'type' },
    ...languages.map((language): ColumnRef => ({ kind: 'localized', field: 'title', language })),
    ...languages.map((language): ColumnRef => ({ kind: 'localized', field: 'summary', language })),
    ...['published', 'url'].map((path): ColumnRef => ({ kind: 'text', path })),
    ...['languages', 'knowledgeAreas', 'keywords', 'commodities', 'audiences', 'countries'].map(
      (path): ColumnRef => ({ kind: 'list', path }),
    ),
    { kind: 'text', path: 'project' },
    { kind: 'text', path: 'credit' },
    ...[1, 2].flatMap((index) =>
      (['name', 'affiliation', 'orcid'] as const).map((prop): ColumnRef => ({ kind: 'author', index, prop })),
    ),
    ...[1, 2].flatMap((index) =>
      (['name', 'role', 'url'] as const).map((prop): ColumnRef => ({ kind: 'organization', index, prop })),
    ),
    ...languages.flatMap((language) =>
      (['url', 'format', 'size', 'pages'] as const).map((prop): ColumnRef => ({
        kind: 'file',
        slot: 1,
        language,
        prop,
      })),
    ),
    ...[
      'series.name',
      'series.number',
      'container.type',
      'container.title',
      'container.volume',
      'container.issue',
      'container.pages',
      'container.publisher',
      'identifiers.doi',
    ].map((path): ColumnRef => ({ kind: 'text', path })),
    { kind: 'list', path: 'identifiers.isbn' },
    ...['identifiers.handle', 'license', 'access', 'version'].map((path): ColumnRef => ({
      kind: 'text',
      path,
    })),
    { kind: 'list', path: 'supersedes' },
    { kind: 'list', path: 'related' },
    ...['thumbnail', 'duration', 'citation'].map((path): ColumnRef => ({ kind: 'text', path })),
  ];
  // An example written for this template (not a real publication): overwrite or delete it.
  const example: Record<string, string> = {
    id: 'example-retort-guide',
    type: 'guide',
    [`title.${main}`]: 'Example: using a mercury retort safely',
    [`summary.${main}`]: 'Replace this row with your first resource; keep the header row as it is.',
    published: '2024-05',
    url: 'https://example.org/library/retort-guide',
    languages: main,
    knowledgeAreas: 'mercury-reduction | occupational-health-safety',
    keywords: 'retort | mercury vapour',
    commodities: 'gold',
    audiences: 'miners | ngos',
    countries: 'GH | BF',
    'authors.1.name': 'Ana María de la Cruz',
    'authors.1.affiliation': 'Example University',
    'organizations.1.name': 'Example Mining Network',
    'organizations.1.role': 'publisher',
    [`file.${main}.url`]: `https://example.org/files/retort-guide-${main}.pdf`,
    [`file.${main}.format`]: 'pdf',
    [`file.${main}.pages`]: '24',
    license: 'CC-BY-4.0',
    access: 'open',
  };
  const delimiter = options.delimiter ?? ',';
  const lines = [
    ...metaRows({
      schemaVersion: '1.0',
      name: { [main]: 'My ASM knowledge library' },
      defaultLanguage: main,
    }),
    columns.map(columnName),
    columns.map((ref) => example[columnName(ref)] ?? ''),
  ].map((row) => csvLine(row, { delimiter }));
  return `${options.bom === false ? '' : BOM}${lines.join('')}`;
}

/** `asm-kit template`: the CSV template to start from. */
export async function templateCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      languages: { type: 'string' },
      delimiter: { type: 'string' },
      'no-bom': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(TEMPLATE_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`template takes no file argument (use -o): got ${positionals.join(' ')}`);
  const delimiter = csvDelimiter(values.delimiter);
  const languages = values.languages
    ?.split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (languages?.some((tag) => !isLanguageTag(tag))) {
    throw new UsageError(`--languages takes BCP 47 tags separated by commas, e.g. en,fr,pt-BR`);
  }
  await writeOutput(values.output, csvTemplate({ languages, delimiter, bom: !values['no-bom'] }), io.stdout);
  if (values.output) io.stderr.write(`Wrote the CSV template to ${values.output}.\n`);
  return 0;
}
