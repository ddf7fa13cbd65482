/**
 * Stable machine codes of catalogue issues. Tools may switch on them, so a code is never renamed;
 * the message text may improve over time.
 */
export const ISSUE_CODES = [
  'invalid-catalogue',
  'invalid-resource',
  'unsupported-schema-version',
  'missing-field',
  'invalid-type',
  'empty-value',
  'unknown-field',
  'invalid-id',
  'duplicate-id',
  'invalid-url',
  'invalid-language',
  'invalid-date',
  'unknown-term',
  'invalid-country',
  'invalid-doi',
  'invalid-isbn',
  'invalid-orcid',
  'invalid-handle',
  'invalid-duration',
  'invalid-license',
  'invalid-number',
  'invalid-value',
  'reserved-key',
] as const;

/** One of {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem found in a catalogue, written for the data owner who has to fix it. */
export interface CatalogueIssue {
  /** Where: 'resources[12].countries[1]'; '' for the catalogue itself. */
  path: string;
  /** The same place as steps, for tools: ['resources', 12, 'countries', 1]; [] for the catalogue itself. */
  segments: (string | number)[];
  /** Id of the resource concerned, when it has one. */
  resourceId?: string;
  /** Stable machine code, one of {@link ISSUE_CODES}: 'unknown-term', 'duplicate-id', 'invalid-url', … */
  code: string;
  /** What is wrong, what is expected and an example; "did you mean" when a close value exists. */
  message: string;
  /** The offending value as JSON, cut to 80 characters with an ellipsis. */
  value?: string;
}

/**
 * One line for a log or a CLI: `path (id): message Got: value`.
 *
 * @example formatIssue(issue) // 'resources[3].countries[0] (gold-guide): 'XX' is not … Got: "XX"'
 */
export function formatIssue(issue: CatalogueIssue): string {
  const where = issue.path === '' ? 'catalogue' : issue.path;
  const who = issue.resourceId === undefined ? '' : ` (${issue.resourceId})`;
  const got = issue.value === undefined ? '' : ` Got: ${issue.value}`;
  // Messages and values never hold line breaks (values are JSON), but keep the one-line promise anyway.
  return `${where}${who}: ${issue.message}${got}`.replace(/[\r\n]+/g, ' ');
}

/** How many issues the message of a {@link CatalogueError} lists before "and N more". */
const ISSUES_IN_ERROR_MESSAGE = 3;

/** Thrown by the parse functions in strict mode; `issues` lists every problem, not only the first. */
export class CatalogueError extends Error {
  /** Every issue found, in the order found (resource by resource). */
  readonly issues: CatalogueIssue[];

  constructor(issues: CatalogueIssue[]) {
    const shown = issues.slice(0, ISSUES_IN_ERROR_MESSAGE).map((issue) => `\n  - ${formatIssue(issue)}`);
    const more =
      issues.length > ISSUES_IN_ERROR_MESSAGE
        ? `\n  … and ${issues.length - ISSUES_IN_ERROR_MESSAGE} more`
        : '';
    super(
      `The catalogue has ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}:${shown.join('')}${more}`,
    );
    this.name = 'CatalogueError';
    this.issues = issues;
  }
}

/** Path segments as written in issues: `resources[12].title["pt-BR"]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment))
      path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}
