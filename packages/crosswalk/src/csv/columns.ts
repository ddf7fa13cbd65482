// The column model of the catalogue CSV layout: which columns exist, what each holds and what it is called.
// Shared by the writer here and the CLI's reader (`asm-kit convert`), so both agree on every name.
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
export const HEAD_TEXT = ['id', 'type'] as const;
export const MIDDLE = [
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
export const TAIL = [
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

/** The columns with one value per cell, by lower-case name. */
export const FIXED: ReadonlyMap<string, ColumnRef> = new Map(
  [...HEAD_TEXT.map((path) => ['text', path] as const), ...MIDDLE, ...TAIL].map(([kind, path]) => [
    path.toLowerCase(),
    { kind, path } as ColumnRef,
  ]),
);
export const AUTHOR_PROPS = ['name', 'affiliation', 'orcid'] as const;
export const ORGANIZATION_PROPS = ['name', 'role', 'url'] as const;
export const FILE_PROPS = ['url', 'format', 'size', 'pages'] as const;

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
