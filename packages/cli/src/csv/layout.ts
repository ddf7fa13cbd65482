import type { Catalogue, Resource } from '@asm-kit/schema';
import { closestMatch } from '@asm-kit/schema';
import { joinList, splitList } from './list.js';

/** One CSV column, as the reader and writer understand it. */
export type ColumnRef =
  | { kind: 'text'; path: string }
  | { kind: 'list'; path: string }
  | { kind: 'localized'; field: 'title' | 'summary'; language?: string }
  | { kind: 'author'; index: number; prop: 'name' | 'affiliation' | 'orcid' }
  | { kind: 'authors' }
  | { kind: 'organization'; index: number; prop: 'name' | 'role' | 'url' }
  | { kind: 'file'; slot: number; language: string; prop: 'url' | 'format' | 'size' | 'pages' };

// Columns with one value per cell, by the path of the field they hold, in the order the writer puts them.
const HEAD_TEXT = ['id', 'type'] as const;
const MIDDLE = [
  ['text', 'published'],
  ['text', 'url'],
  ['list', 'languages'],
  ['list', 'knowledgeAreas'],
  ['list', 'keywords'],
  ['list', 'commodities'],
  ['list', 'audiences'],
  ['list', 'countries'],
  ['text', 'project'],
  ['text', 'credit'],
] as const;
const TAIL = [
  ['text', 'series.name'],
  ['text', 'series.number'],
  ['text', 'container.type'],
  ['text', 'container.title'],
  ['text', 'container.volume'],
  ['text', 'container.issue'],
  ['text', 'container.pages'],
  ['text', 'container.publisher'],
  ['text', 'identifiers.doi'],
  ['list', 'identifiers.isbn'],
  ['text', 'identifiers.handle'],
  ['text', 'license'],
  ['text', 'access'],
  ['text', 'version'],
  ['list', 'supersedes'],
  ['list', 'related'],
  ['text', 'thumbnail'],
  ['text', 'duration'],
  ['text', 'citation'],
] as const;

const FIXED: ReadonlyMap<string, ColumnRef> = new Map(
  [...HEAD_TEXT.map((path) => ['text', path] as const), ...MIDDLE, ...TAIL].map(([kind, path]) => [
    path.toLowerCase(),
    { kind, path } as ColumnRef,
  ]),
);
const AUTHOR_PROPS = ['name', 'affiliation', 'orcid'] as const;
const ORGANIZATION_PROPS = ['name', 'role', 'url'] as const;
const FILE_PROPS = ['url', 'format', 'size', 'pages'] as const;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Every column name a header may use, with examples for the patterned ones (for "did you mean"). */
export const KNOWN_COLUMNS: readonly string[] = [
  ...[...FIXED.values()].map((ref) => columnName(ref)),
  'title',
  'title.en',
  'summary',
  'summary.en',
  'authors',
  ...AUTHOR_PROPS.map((prop) => `authors.1.${prop}`),
  ...ORGANIZATION_PROPS.map((prop) => `organizations.1.${prop}`),
  ...FILE_PROPS.map((prop) => `file.en.${prop}`),
];

/** Canonical BCP 47 case: 'pt-br' -> 'pt-BR', 'ZH-hant' -> 'zh-Hant'. */
export function canonicalTag(tag: string): string {
  return tag
    .split('-')
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part[0]?.toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
}

/** Header name of a column. */
export function columnName(ref: ColumnRef): string {
  switch (ref.kind) {
    case 'text':
    case 'list':
      return ref.path;
    case 'localized':
      return ref.language ? `${ref.field}.${ref.language}` : ref.field;
    case 'author':
      return `authors.${ref.index}.${ref.prop}`;
    case 'authors':
      return 'authors';
    case 'organization':
      return `organizations.${ref.index}.${ref.prop}`;
    case 'file':
      return `${ref.slot === 1 ? 'file' : `file${ref.slot}`}.${ref.language}.${ref.prop}`;
  }
}

/** A header cell that is not a column of the layout: what it is and the likely intended name. */
export interface ColumnProblem {
  column: number;
  name: string;
  message: string;
}

/** Reads a header cell: a column, or the reason it is not one. Names of fields ignore case. */
export function parseColumn(header: string): ColumnRef | string {
  const name = header.trim();
  const lower = name.toLowerCase();
  const fixed = FIXED.get(lower);
  if (fixed) return fixed;
  if (lower === 'title' || lower === 'summary') return { kind: 'localized', field: lower };
  if (lower === 'authors') return { kind: 'authors' };
  let match = /^(title|summary)\.(.+)$/i.exec(name);
  if (match) {
    const language = match[2] ?? '';
    if (!LANGUAGE_TAG.test(language))
      return `'${language}' after '${match[1]}.' is not a language tag (BCP 47) such as en, fr or pt-BR.`;
    return {
      kind: 'localized',
      field: (match[1] ?? '').toLowerCase() as 'title' | 'summary',
      language: canonicalTag(language),
    };
  }
  match = /^authors\.(\d+)\.(name|affiliation|orcid)$/i.exec(name);
  if (match) {
    const index = Number(match[1]);
    if (index < 1) return 'Authors are numbered from 1: authors.1.name, authors.2.name...';
    return { kind: 'author', index, prop: (match[2] ?? '').toLowerCase() as 'name' };
  }
  match = /^organizations\.(\d+)\.(name|role|url)$/i.exec(name);
  if (match) {
    const index = Number(match[1]);
    if (index < 1) return 'Organizations are numbered from 1: organizations.1.name, organizations.1.role...';
    return { kind: 'organization', index, prop: (match[2] ?? '').toLowerCase() as 'name' };
  }
  match = /^file(\d*)\.([^.]+)\.(url|format|size|pages)$/i.exec(name);
  if (match) {
    const slot = match[1] === '' ? 1 : Number(match[1]);
    const language = match[2] ?? '';
    if (slot < 1) return 'Further files in one language are file2.<language>.url, file3.<language>.url...';
    if (!LANGUAGE_TAG.test(language))
      return `'${language}' in '${name}' is not a language tag (BCP 47) such as en, fr or pt-BR.`;
    return {
      kind: 'file',
      slot,
      language: canonicalTag(language),
      prop: (match[3] ?? '').toLowerCase() as 'url',
    };
  }
  const suggestion = closestMatch(name, KNOWN_COLUMNS);
  return `'${name}' is not a column of the catalogue layout.${suggestion ? ` Did you mean '${suggestion}'?` : ''} See \`asm-kit convert --help\` for the columns.`;
}

/** A header read into columns, or the problems that make it unusable. */
export interface Header {
  columns: ColumnRef[];
  problems: ColumnProblem[];
}

/** Reads a header row: every cell must be a known column, once; id, type and a title column are required. */
export function parseHeader(cells: readonly string[]): Header {
  const columns: ColumnRef[] = [];
  const problems: ColumnProblem[] = [];
  const seen = new Map<string, number>();
  cells.forEach((cell, index) => {
    if (cell.trim() === '' && index === cells.length - 1 && index > 0) return; // a trailing delimiter
    const ref = parseColumn(cell);
    if (typeof ref === 'string') {
      problems.push({
        column: index + 1,
        name: cell,
        message: cell.trim() === '' ? 'A column has no name.' : ref,
      });
      columns.push({ kind: 'text', path: '' });
      return;
    }
    const name = columnName(ref);
    const first = seen.get(name);
    if (first !== undefined) {
      problems.push({
        column: index + 1,
        name: cell,
        message: `Column '${name}' appears twice (columns ${first} and ${index + 1}).`,
      });
    }
    seen.set(name, index + 1);
    columns.push(ref);
  });
  const has = (test: (ref: ColumnRef) => boolean) => columns.some(test);
  const missing: string[] = [];
  if (!has((ref) => ref.kind === 'text' && ref.path === 'id')) missing.push('id');
  if (!has((ref) => ref.kind === 'text' && ref.path === 'type')) missing.push('type');
  if (!has((ref) => ref.kind === 'localized' && ref.field === 'title'))
    missing.push('title.<language> (e.g. title.en)');
  for (const name of missing) {
    problems.push({
      column: 0,
      name,
      message: `The required column '${name}' is missing from the header row.`,
    });
  }
  return { columns, problems };
}

/** A row read into a resource input, with the column behind each part so issues can name it. */
export interface RowInput {
  input: Record<string, unknown>;
  /** Column name for a path of the resource ('files[1].url' -> 'file.fr.url'), best effort. */
  columnOf(path: string): string | undefined;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = (node[part] ??= {}) as Record<string, unknown>;
    node = next;
  }
  node[parts[parts.length - 1] ?? path] = value;
}

// Sizes and page counts are numbers in the catalogue; anything else is passed on for the schema to report.
function toNumber(cell: string): number | string {
  const trimmed = cell.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * Turns the cells of one row into a resource input for the schema. An empty cell means the field is absent;
 * list cells are split on ` | `; numbered authors and organizations keep their order with gaps closed; files
 * are ordered by their number, then by the order of the resource's languages.
 */
export function rowToInput(
  cells: readonly string[],
  columns: readonly ColumnRef[],
  defaultLanguage: string,
): RowInput {
  const input: Record<string, unknown> = {};
  const authors = new Map<number, Record<string, string>>();
  const organizations = new Map<number, Record<string, string>>();
  const files = new Map<
    string,
    { slot: number; order: number; language: string; file: Record<string, unknown> }
  >();
  let shortcutAuthors: string[] = [];
  columns.forEach((ref, index) => {
    const cell = cells[index] ?? '';
    if (cell.trim() === '') return;
    switch (ref.kind) {
      case 'text':
        if (ref.path !== '') setPath(input, ref.path, cell);
        break;
      case 'list':
        setPath(input, ref.path, splitList(cell));
        break;
      case 'localized': {
        const text = (input[ref.field] ??= {}) as Record<string, string>;
        text[ref.language ?? defaultLanguage] = cell;
        break;
      }
      case 'author': {
        const author = authors.get(ref.index) ?? {};
        author[ref.prop] = cell;
        authors.set(ref.index, author);
        break;
      }
      case 'authors':
        shortcutAuthors = splitList(cell);
        break;
      case 'organization': {
        const organization = organizations.get(ref.index) ?? {};
        organization[ref.prop] = cell;
        organizations.set(ref.index, organization);
        break;
      }
      case 'file': {
        const key = `${ref.slot}|${ref.language}`;
        const entry = files.get(key) ?? {
          slot: ref.slot,
          order: index,
          language: ref.language,
          file: { language: ref.language },
        };
        entry.file[ref.prop] = ref.prop === 'size' || ref.prop === 'pages' ? toNumber(cell) : cell;
        files.set(key, entry);
        break;
      }
    }
  });
  const authorColumns: string[] = [];
  if (authors.size > 0 || shortcutAuthors.length > 0) {
    const numbered = [...authors.entries()].sort(([a], [b]) => a - b);
    input.authors = [...numbered.map(([, author]) => author), ...shortcutAuthors.map((name) => ({ name }))];
    authorColumns.push(
      ...numbered.map(([index]) => `authors.${index}`),
      ...shortcutAuthors.map(() => 'authors'),
    );
  }
  const organizationColumns: string[] = [];
  if (organizations.size > 0) {
    const numbered = [...organizations.entries()].sort(([a], [b]) => a - b);
    input.organizations = numbered.map(([, organization]) => organization);
    organizationColumns.push(...numbered.map(([index]) => `organizations.${index}`));
  }
  const fileColumns: string[] = [];
  if (files.size > 0) {
    const languages = Array.isArray(input.languages) ? (input.languages as string[]).map(canonicalTag) : [];
    const rank = (language: string) => {
      const position = languages.indexOf(language);
      return position === -1 ? languages.length : position;
    };
    const ordered = [...files.values()].sort(
      (a, b) => a.slot - b.slot || rank(a.language) - rank(b.language) || a.order - b.order,
    );
    input.files = ordered.map((entry) => entry.file);
    fileColumns.push(
      ...ordered.map((entry) => `${entry.slot === 1 ? 'file' : `file${entry.slot}`}.${entry.language}`),
    );
  }
  return {
    input,
    columnOf(path: string) {
      const indexed = /^(authors|organizations|files)\[(\d+)\](?:\.(\w+))?/.exec(path);
      if (indexed) {
        const list =
          indexed[1] === 'authors'
            ? authorColumns
            : indexed[1] === 'organizations'
              ? organizationColumns
              : fileColumns;
        const base = list[Number(indexed[2])];
        if (base === undefined) return indexed[1];
        if (base === 'authors') return base;
        return indexed[3] ? `${base}.${indexed[3]}` : base;
      }
      const localized = /^(title|summary)(?:\.([\w-]+)|\["([^"]+)"\])?/.exec(path);
      if (localized) {
        const language = localized[2] ?? localized[3];
        return language ? `${localized[1]}.${language}` : (localized[1] ?? path);
      }
      // Other paths are the column names themselves, up to the first list index.
      return path.replace(/\[\d+\].*$/, '') || undefined;
    },
  };
}

/** Collects what a set of resources needs as columns, then gives the header the writer uses. */
export class LayoutBuilder {
  private readonly titleLanguages = new Set<string>();
  private readonly summaryLanguages = new Set<string>();
  private authors = 0;
  private readonly authorProps = new Set<string>(['name']);
  private organizations = 0;
  private organizationUrl = false;
  private readonly fileSlots = new Map<string, Set<string>>();

  /** @param languages languages whose title and summary columns come first (the catalogue's default). */
  constructor(languages: readonly string[] = []) {
    for (const language of languages) {
      this.titleLanguages.add(language);
    }
  }

  /** Takes the columns one resource needs into account. */
  add(resource: Resource): void {
    for (const language of Object.keys(resource.title)) this.titleLanguages.add(language);
    for (const language of Object.keys(resource.summary ?? {})) this.summaryLanguages.add(language);
    this.authors = Math.max(this.authors, resource.authors.length);
    for (const author of resource.authors) {
      if (author.affiliation !== undefined) this.authorProps.add('affiliation');
      if (author.orcid !== undefined) this.authorProps.add('orcid');
    }
    this.organizations = Math.max(this.organizations, resource.organizations.length);
    if (resource.organizations.some((organization) => organization.url !== undefined))
      this.organizationUrl = true;
    for (const { slot, file } of fileSlots(resource)) {
      const key = `${slot}|${file.language}`;
      const props = this.fileSlots.get(key) ?? new Set(['url']);
      for (const prop of FILE_PROPS) if (file[prop] !== undefined) props.add(prop);
      this.fileSlots.set(key, props);
    }
  }

  /** The columns, in the documented order. */
  columns(): ColumnRef[] {
    const columns: ColumnRef[] = HEAD_TEXT.map((path) => ({ kind: 'text', path }));
    for (const language of this.titleLanguages) columns.push({ kind: 'localized', field: 'title', language });
    const summaryLanguages = [...this.titleLanguages, ...this.summaryLanguages].filter(
      (language, index, all) => this.summaryLanguages.has(language) && all.indexOf(language) === index,
    );
    for (const language of summaryLanguages) columns.push({ kind: 'localized', field: 'summary', language });
    for (const [kind, path] of MIDDLE) columns.push({ kind, path });
    for (let index = 1; index <= this.authors; index++) {
      for (const prop of AUTHOR_PROPS)
        if (this.authorProps.has(prop)) columns.push({ kind: 'author', index, prop });
    }
    for (let index = 1; index <= this.organizations; index++) {
      columns.push(
        { kind: 'organization', index, prop: 'name' },
        { kind: 'organization', index, prop: 'role' },
      );
      if (this.organizationUrl) columns.push({ kind: 'organization', index, prop: 'url' });
    }
    const slots = [...this.fileSlots.entries()]
      .map(([key, props]) => {
        const [slot, language] = key.split('|');
        return { slot: Number(slot), language: language ?? '', props };
      })
      .sort((a, b) => a.slot - b.slot);
    for (const { slot, language, props } of slots) {
      for (const prop of FILE_PROPS)
        if (props.has(prop)) columns.push({ kind: 'file', slot, language, prop });
    }
    for (const [kind, path] of TAIL) columns.push({ kind, path });
    return columns;
  }
}

// The k-th file of a language goes to slot k: file.en.url, then file2.en.url.
function fileSlots(resource: Resource): { slot: number; file: Resource['files'][number] }[] {
  const counts = new Map<string, number>();
  return resource.files.map((file) => {
    const slot = (counts.get(file.language) ?? 0) + 1;
    counts.set(file.language, slot);
    return { slot, file };
  });
}

function getPath(resource: Resource, path: string): unknown {
  let node: unknown = resource;
  for (const part of path.split('.')) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

/** The cells of one resource for the given columns; absent fields are empty cells. */
export function resourceToCells(resource: Resource, columns: readonly ColumnRef[]): string[] {
  const files = new Map(fileSlots(resource).map(({ slot, file }) => [`${slot}|${file.language}`, file]));
  return columns.map((ref) => {
    switch (ref.kind) {
      case 'text': {
        const value = getPath(resource, ref.path);
        return value === undefined ? '' : String(value);
      }
      case 'list': {
        const value = getPath(resource, ref.path);
        return Array.isArray(value) ? joinList(value.map(String)) : '';
      }
      case 'localized': {
        const text = ref.field === 'title' ? resource.title : resource.summary;
        return (ref.language && text?.[ref.language]) ?? '';
      }
      case 'author':
        return resource.authors[ref.index - 1]?.[ref.prop] ?? '';
      case 'authors':
        return joinList(resource.authors.map((author) => author.name));
      case 'organization':
        return resource.organizations[ref.index - 1]?.[ref.prop] ?? '';
      case 'file': {
        const value = files.get(`${ref.slot}|${ref.language}`)?.[ref.prop];
        return value === undefined ? '' : String(value);
      }
    }
  });
}

/** The catalogue's own fields (everything but the resources), written as `#key,value` rows in a CSV. */
export type CatalogueMeta = Omit<Catalogue, 'resources'>;

/** The `#key,value` rows that carry the catalogue's own fields in a CSV file. */
export function metaRows(meta: Partial<CatalogueMeta>): string[][] {
  const rows: string[][] = [['#schemaVersion', meta.schemaVersion ?? '1.0']];
  for (const [language, value] of Object.entries(meta.name ?? {})) rows.push([`#name.${language}`, value]);
  if (meta.publisher !== undefined) rows.push(['#publisher', meta.publisher]);
  if (meta.defaultLanguage !== undefined) rows.push(['#defaultLanguage', meta.defaultLanguage]);
  if (meta.updated !== undefined) rows.push(['#updated', meta.updated]);
  for (const [vocabulary, terms] of Object.entries(meta.extraTerms ?? {})) {
    for (const [slug, labels] of Object.entries(terms ?? {})) {
      for (const [language, label] of Object.entries(labels ?? {})) {
        if (label !== undefined) rows.push([`#extraTerms.${vocabulary}.${slug}.${language}`, label]);
      }
    }
  }
  return rows;
}

/** Applies one `#key,value` row to the catalogue settings; returns a message when the key is unknown. */
export function applyMetaRow(meta: Record<string, unknown>, key: string, value: string): string | undefined {
  const name = key.replace(/^#\s*/, '').trim();
  let match = /^name(?:\.(.+))?$/.exec(name);
  if (match) {
    const names = (typeof meta.name === 'object' && meta.name !== null ? meta.name : {}) as Record<
      string,
      string
    >;
    names[match[1] ? canonicalTag(match[1]) : String(meta.defaultLanguage ?? 'en')] = value;
    meta.name = names;
    return undefined;
  }
  if (['schemaVersion', 'publisher', 'defaultLanguage', 'updated'].includes(name)) {
    meta[name] = value;
    return undefined;
  }
  match = /^extraTerms\.(resourceTypes|knowledgeAreas)\.([^.]+)\.(.+)$/.exec(name);
  if (match) {
    const extra = (meta.extraTerms ??= {}) as Record<string, Record<string, Record<string, string>>>;
    const terms = (extra[match[1] ?? ''] ??= {});
    const labels = (terms[match[2] ?? ''] ??= {});
    labels[match[3] ?? ''] = value;
    return undefined;
  }
  const suggestion = closestMatch(name, [
    'schemaVersion',
    'name.en',
    'publisher',
    'defaultLanguage',
    'updated',
    'extraTerms.knowledgeAreas.<slug>.<language>',
  ]);
  return `'#${name}' is not a catalogue setting.${suggestion ? ` Did you mean '#${suggestion}'?` : ''} Settings are #schemaVersion, #name.<language>, #publisher, #defaultLanguage, #updated and #extraTerms.<resourceTypes|knowledgeAreas>.<slug>.<language>; other lines starting with # need a space after it ('# note') to be comments.`;
}
