import { KNOWLEDGE_AREAS, closestMatch } from '@asm-kit/schema';
import { fold } from './draft.js';

// What `asm-kit import` reads besides the records: which format a file is in, and the `--areas` file.

/** Formats `asm-kit import` reads. */
export const IMPORT_FORMATS = ['csl', 'bibtex', 'ris', 'dc'] as const;
/** One of {@link IMPORT_FORMATS}. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  json: 'csl',
  csljson: 'csl',
  bib: 'bibtex',
  bibtex: 'bibtex',
  biblatex: 'bibtex',
  ris: 'ris',
  xml: 'dc',
};

/** The format of an input: by its extension, else by its first characters; undefined when neither tells. */
export function guessFormat(path: string, content: string): ImportFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension && Object.hasOwn(EXTENSIONS, extension)) return EXTENSIONS[extension];
  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'csl';
  if (start.startsWith('<')) return 'dc';
  if (/^TY {2}- /m.test(content)) return 'ris';
  if (/^\s*@[A-Za-z]+\s*[{(]/m.test(content)) return 'bibtex';
  return undefined;
}

/** A problem with a file given to an option (`--areas`, `--merge`), for the person who wrote it. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

/**
 * Reads an `--areas` file, `{ "keyword": "area-slug" }`: keywords are folded (case and accents do not matter),
 * and every slug must be a knowledge area of the schema or of `extraAreas` (the merged catalogue's own).
 * @example readAreas('{ "Mercury-free processing": "mercury-free-technology" }', 'map.json')
 */
export function readAreas(
  content: string,
  file: string,
  extraAreas: readonly string[] = [],
): Map<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputFileError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new InputFileError(
      `${file}: expected an object of keyword -> knowledge area, e.g. { "retorts": "mercury-reduction" }`,
    );
  const known = [...KNOWLEDGE_AREAS, ...extraAreas];
  const areas = new Map<string, string>();
  const problems: string[] = [];
  for (const [keyword, slug] of Object.entries(data)) {
    if (typeof slug !== 'string') {
      problems.push(`'${keyword}': the area must be a slug in quotes, got ${JSON.stringify(slug)}`);
    } else if (!known.includes(slug)) {
      const suggestion = closestMatch(slug, known);
      problems.push(
        `'${keyword}': '${slug}' is not a knowledge area.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      );
    } else areas.set(fold(keyword), slug);
  }
  if (problems.length > 0)
    throw new InputFileError(`${file}: ${problems.join('\n  ')}\n  Knowledge areas: ${known.join(', ')}`);
  return areas;
}
