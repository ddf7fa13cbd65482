import { canonicalTag } from '../internal/language.js';
import type { ColumnRef } from './columns.js';
import { splitList } from './list.js';

/** A row read into a resource input, with the column behind each part so issues can name it. */
export interface RowInput {
  input: Record<string, unknown>;
  /** The column a place in the resource came from, from an issue's segments (['files', 1, 'url'] -> 'file.fr.url'). */
  columnOf(segments: readonly (string | number)[]): string | undefined;
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
    columnOf(segments) {
      const [first, second, third] = segments;
      const lists: Record<string, string[]> = {
        authors: authorColumns,
        organizations: organizationColumns,
        files: fileColumns,
      };
      const list = typeof first === 'string' && Object.hasOwn(lists, first) ? lists[first] : undefined;
      if (list && typeof second === 'number') {
        const base = list[second];
        if (base === undefined) return first as string;
        if (base === 'authors') return base;
        return typeof third === 'string' ? `${base}.${third}` : base;
      }
      if (first === 'title' || first === 'summary')
        return typeof second === 'string' ? `${first}.${second}` : first;
      // Other paths are the column names themselves, up to the first list index.
      const index = segments.findIndex((segment) => typeof segment === 'number');
      return segments.slice(0, index === -1 ? undefined : index).join('.') || undefined;
    },
  };
}
