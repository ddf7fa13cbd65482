import { parseArgs } from 'node:util';
import type { Catalogue, Resource } from '@asm-kit/schema';
import {
  newestResources,
  resourceToJsonLd,
  toAtom,
  toBibTeX,
  toCsl,
  toJsonLd,
  toRIS,
} from '@asm-kit/crosswalk';
import { AtomicOutput } from '../internal/output.js';
import { createProgress } from '../internal/progress.js';
import { processCatalogue } from '../pipeline.js';
import type { CatalogueMeta } from '../pipeline.js';
import { formatReport, plural } from '../report.js';
import { openInput } from '../source.js';
import type { Input } from '../source.js';
import type { CommandIO } from './context.js';
import { UsageError } from './context.js';

/** Help of `asm-kit export`. */
export const EXPORT_HELP = `Usage: asm-kit export <catalogue.json|catalogue.csv|-> --format <format> [-o file] [options]

Writes a catalogue in a format other tools read:
  csl-json   CSL-JSON for citeproc, Zotero, Pandoc: one item per language version
  bibtex     BibTeX / BibLaTeX entries, keyed by resource id (id_lang for each language version)
  ris        RIS records for EndNote, Zotero, Mendeley
  jsonld     schema.org JSON-LD: a CollectionPage with an ItemList of the resources
  atom       an Atom feed of the newest resources (needs --feed-url and --site-url)
The catalogue is checked first; with problems nothing is written and the exit code is 1 (see --lenient).
The catalogue '-' is standard input. -o writes whole or not at all and refuses a read-only file, a folder
and the catalogue itself; it follows symbolic links and writes a FIFO or device in place.

Options:
  -f, --format <format>    one of csl-json, bibtex, ris, jsonld, atom (required)
  -o, --output <file>      file to write (default: standard output); written whole or not at all
  --language <tag>         language of labels and titles (JSON-LD, Atom; default: the catalogue's)
  --feed-url <url>         Atom: absolute URL the feed is served from
  --site-url <url>         Atom: absolute URL of the library page (entry ids are <site-url>#<id>)
  --limit <n>              Atom: number of newest resources (default: 20)
  --page-url <url>         JSON-LD: URL of the page listing the resources
  --lenient                export the valid resources even when others have problems (reported on stderr)
  --default-language <tag> language of CSV title/summary columns without a tag (default: en)
  -h, --help               show this help
`;

const FORMATS = ['csl-json', 'bibtex', 'ris', 'jsonld', 'atom'] as const;
type Format = (typeof FORMATS)[number];

function absoluteUrl(value: string | undefined, option: string): string {
  if (!value) throw new UsageError(`--format atom needs --${option} <absolute URL>`);
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return url.href;
  } catch {
    throw new UsageError(`--${option} must be an absolute http(s) URL, not '${value}'`);
  }
}

/** `asm-kit export`: citation formats, JSON-LD and Atom from a catalogue file. */
export async function exportCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      language: { type: 'string' },
      'feed-url': { type: 'string' },
      'site-url': { type: 'string' },
      limit: { type: 'string' },
      'page-url': { type: 'string' },
      lenient: { type: 'boolean' },
      'default-language': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(EXPORT_HELP);
    return 0;
  }
  const [input, ...extra] = positionals;
  if (!input)
    throw new UsageError('export needs a catalogue file, e.g. asm-kit export catalogue.json --format bibtex');
  if (extra.length > 0) throw new UsageError(`export takes one catalogue; got also: ${extra.join(' ')}`);
  const format = values.format as Format | undefined;
  if (!format || !FORMATS.includes(format)) {
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}${values.format ? `, not '${values.format}'` : ''}`,
    );
  }
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError('--limit must be a whole number of at least 1');
  const atom =
    format === 'atom'
      ? {
          feedUrl: absoluteUrl(values['feed-url'], 'feed-url'),
          siteUrl: absoluteUrl(values['site-url'], 'site-url'),
        }
      : undefined;
  const source = await openInput(input, io.stdin);
  try {
    return await exportFrom(source, format, limit, atom, values, io);
  } finally {
    await source.dispose();
  }
}

async function exportFrom(
  source: Input,
  format: Format,
  limit: number,
  atom: { feedUrl: string; siteUrl: string } | undefined,
  values: {
    output?: string;
    language?: string;
    'page-url'?: string;
    lenient?: boolean;
    'default-language'?: string;
  },
  io: CommandIO,
): Promise<number> {
  const input = source.name;
  const readOptions = { defaultLanguage: values['default-language'], file: input, format: source.format };
  // Opened first, so that a read-only file, a folder or the input itself is refused before any reading.
  const output = await AtomicOutput.open(values.output, { input });
  try {
    const checked = await processCatalogue(source.path, {
      ...readOptions,
      progress: createProgress(`Checking ${input}`, io.stderr),
    });
    if (checked.problems.total > 0) {
      io.stderr.write(formatReport(input, checked));
      if (!values.lenient) {
        io.stderr.write(
          'Nothing was written: fix the problems above, or use --lenient to export the valid resources only.\n',
        );
        await output.abort();
        return 1;
      }
    }

    let meta: CatalogueMeta | undefined;
    let count = 0;
    let newest: Resource[] = [];
    let tail = '';
    const onMeta = async (settings: CatalogueMeta) => {
      meta = settings;
      if (format === 'csl-json') await output.write('[');
      if (format === 'jsonld') {
        // The page around the items, written first so that the items can stream into it.
        const page = toJsonLd([], {
          catalogue: settings,
          language: values.language,
          pageUrl: values['page-url'],
        });
        const list = page.mainEntity as Record<string, unknown>;
        list.numberOfItems = checked.valid;
        const text = JSON.stringify(page, null, 2);
        const marker = '"itemListElement": []';
        const at = text.indexOf(marker);
        await output.write(`${text.slice(0, at)}"itemListElement": [`);
        tail = `\n    ]${text.slice(at + marker.length)}\n`;
      }
    };
    const onResource = async (resource: Resource) => {
      const options = { extraTerms: meta?.extraTerms };
      switch (format) {
        case 'csl-json':
          for (const item of toCsl(resource, options)) {
            await output.write(`${count > 0 ? ',' : ''}\n  ${JSON.stringify(item)}`);
            count++;
          }
          return;
        case 'bibtex':
          await output.write(`${count > 0 ? '\n' : ''}${toBibTeX(resource, options)}`);
          count++;
          return;
        case 'ris':
          await output.write(`${count > 0 ? '\r\n' : ''}${toRIS(resource, options)}`);
          count++;
          return;
        case 'jsonld': {
          const node = resourceToJsonLd(resource, { catalogue: meta, language: values.language });
          const item = JSON.stringify(
            { '@type': 'ListItem', position: count + 1, item: node },
            null,
            2,
          ).replace(/\n/g, '\n      ');
          await output.write(`${count > 0 ? ',' : ''}\n      ${item}`);
          count++;
          return;
        }
        case 'atom':
          // Only the newest `limit` resources are kept, so memory stays small on large catalogues.
          newest = newestResources([...newest, resource], limit);
          return;
      }
    };
    await processCatalogue(source.path, { ...readOptions, onMeta, onResource });
    if (format === 'csl-json') await output.write(count > 0 ? '\n]\n' : ']\n');
    if (format === 'jsonld') await output.write(tail);
    if (format === 'atom' && meta) {
      const catalogue: Catalogue = { ...meta, resources: newest };
      await output.write(
        toAtom(catalogue, {
          ...(atom as { feedUrl: string; siteUrl: string }),
          limit,
          language: values.language,
        }),
      );
    }
    await output.commit(io.stdout);
    if (values.output)
      io.stderr.write(`Exported ${plural(checked.valid, 'resource')} to ${values.output} (${format}).\n`);
    return 0;
  } catch (error) {
    await output.abort();
    throw error;
  }
}
