import { closestMatch } from '@asm-kit/schema';
import { canonicalTag, isLanguageTag } from '../internal/language.js';
import { FIXED, KNOWN_COLUMNS, columnName } from './columns.js';
import type { ColumnRef } from './columns.js';

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
    if (!isLanguageTag(language))
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
    if (!isLanguageTag(language))
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
