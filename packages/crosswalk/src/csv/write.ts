import type { Catalogue, Resource } from '@asm-kit/schema';
import { AUTHOR_PROPS, FILE_PROPS, HEAD_TEXT, MIDDLE, TAIL, columnName } from './columns.js';
import type { ColumnRef } from './columns.js';
import { guardFormula } from './formula.js';
import { joinList } from './list.js';

/** How CSV records are written. */
export interface CsvWriteOptions {
  /** Cell delimiter: ',' (default), ';' for spreadsheets in locales with a decimal comma, or '\t'. */
  delimiter?: string;
  /**
   * Whether cells a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) get
   * a leading `'` (default true; the CLI's CSV reader removes it again).
   */
  formulaGuard?: boolean;
}

/** The catalogue's own fields (everything but the resources), written as `#key,value` rows before the header. */
export type CsvCatalogueSettings = Partial<Omit<Catalogue, 'resources'>>;

/** Options of {@link toCSV}. */
export interface CsvOptions extends CsvWriteOptions {
  /**
   * The catalogue's settings (name, publisher, default language…), written as `#key,value` rows before the
   * header, as `asm-kit convert` writes them. Without it the file starts with the header.
   */
  catalogue?: CsvCatalogueSettings;
  /**
   * Languages whose title and summary columns come first (default: the catalogue's `defaultLanguage`, if any);
   * the other languages follow in the order the resources use them.
   */
  languages?: readonly string[];
  /** Whether the file starts with a UTF-8 byte-order mark, which Excel needs to read accents (default true). */
  bom?: boolean;
}

/** Byte-order mark that makes Excel open a UTF-8 CSV with its accents intact. */
export const BOM = '\uFEFF';

/**
 * One cell as RFC 4180 writes it: between double quotes (inner quotes doubled) when it holds the delimiter, a
 * quote, or a line break (a lone LF or CR too, which a reader would take for the end of the record).
 */
function quoteCell(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * One CSV record: cells quoted where needed, CRLF at the end as RFC 4180 and spreadsheets expect; cells that
 * look like formulas are neutralised unless `formulaGuard` is false.
 */
export function csvLine(cells: readonly string[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const guard = options.formulaGuard !== false;
  return `${cells.map((cell) => quoteCell(guard ? guardFormula(cell) : cell, delimiter)).join(delimiter)}\r\n`;
}

/** The `#key,value` rows that carry the catalogue's own fields in a CSV file. */
export function metaRows(meta: CsvCatalogueSettings): string[][] {
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

/**
 * Resources as a catalogue CSV, the layout `asm-kit convert` writes and reads: a byte-order mark, the
 * catalogue's `#key,value` settings rows (when `catalogue` is given), a header with the columns these resources
 * need, and one row per resource. Lists are joined with ` | `, formulas are guarded, lines end with CRLF.
 *
 * @example
 * toCSV(catalogue.resources, { catalogue, delimiter: ';' }); // '\uFEFF#schemaVersion;1.0\r\n…id;type;title.en…'
 */
export function toCSV(resources: Resource | readonly Resource[], options: CsvOptions = {}): string {
  const list: readonly Resource[] = Array.isArray(resources) ? resources : [resources as Resource];
  const { catalogue } = options;
  const defaultLanguage = catalogue?.defaultLanguage;
  const layout = new LayoutBuilder(options.languages ?? (defaultLanguage ? [defaultLanguage] : []));
  for (const resource of list) layout.add(resource);
  const columns = layout.columns();
  const write = { delimiter: options.delimiter, formulaGuard: options.formulaGuard };
  const rows = [
    ...(catalogue ? metaRows(catalogue) : []),
    columns.map(columnName),
    ...list.map((resource) => resourceToCells(resource, columns)),
  ];
  return `${options.bom === false ? '' : BOM}${rows.map((row) => csvLine(row, write)).join('')}`;
}
