import { DURATION_PATTERN, FULL_DATE_PATTERN, PARTIAL_DATE_PATTERN, calendarProblem } from '../dates.js';
import {
  DOI_PATTERN,
  HANDLE_PATTERN,
  ISBN_PATTERN,
  LICENSE_PATTERN,
  ORCID_PATTERN,
  isbnProblem,
  orcidProblem,
} from '../identifiers.js';
import type { IssueCode } from '../issues.js';
import { LANGUAGE_TAG_PATTERN, normalizeLanguageTag } from '../language-tag.js';
import { hasNoEntry, toLocalizedText } from '../localized-text.js';
import { HTTP_URL_PATTERN, httpUrlProblem } from '../urls.js';
import {
  ACCESS_LEVELS,
  AUDIENCES,
  COMMODITIES,
  COUNTRY_CODES,
  ORGANIZATION_ROLES,
  VOCABULARIES,
  type ExtraTerms,
} from '../vocabularies/index.js';
import { SLUG, VISIBLE_TEXT, isReservedKey, type RuleParams } from './rules.js';
import { isPlainObject } from './strings.js';

// The validator behind parseCatalogue and parseResources. It applies the same leaf rules (patterns and
// problem functions) as the zod schemas in resource.ts and catalogue.ts, with the same structure, so it
// accepts and returns exactly what they do (check.test.ts, a property test, holds the two together). It
// exists because zod was the largest part of a browser bundle that only needs to read a catalogue: this file
// costs about 1.2 KB gzip there, zod/mini about 8 KB. A change to a rule goes in both places.

/**
 * One failed check, named like the zod issue it stands for; {@link issueCodeOf} gives its issue code and
 * describe-issue.ts (loaded only to word problems) turns it into words.
 */
export interface RawIssue {
  path: PropertyKey[];
  code:
    | 'invalid_type'
    | 'invalid_format'
    | 'invalid_value'
    | 'too_small'
    | 'too_big'
    | 'invalid_key'
    | 'invalid_union'
    | 'unrecognized_keys'
    | 'custom';
  input?: unknown;
  /** For invalid_type: what was expected, as a message words it: 'text', 'a whole number', 'a list', … */
  expected?: string;
  /** For custom issues: the rule's code and reason. */
  params?: RuleParams;
  /** For unrecognized_keys. */
  keys?: string[];
  /**
   * For invalid_format, invalid_value, invalid_key, too_small and too_big: the issue code of the field's
   * content ('invalid-url', 'empty-value', …), known to the check itself so that no field table is needed.
   */
  fails?: IssueCode;
}

/**
 * Where a value sits: a list of keys, or one more key below another path. Checks descend by adding a step (one
 * small object) and make the list only for an issue, instead of copying a list for every field of every record.
 */
export type Path = readonly PropertyKey[] | { readonly up: Path; readonly key: PropertyKey };

const at = (up: Path, key: PropertyKey): Path => ({ up, key });

/** The keys of `path`, from the top. */
export function pathKeys(path: Path): PropertyKey[] {
  const below: PropertyKey[] = [];
  let step = path;
  while (!Array.isArray(step)) {
    const { up, key } = step as { up: Path; key: PropertyKey };
    below.push(key);
    step = up;
  }
  return [...(step as readonly PropertyKey[]), ...below.reverse()];
}

/**
 * Checks `input` found at `path`, adds what fails to `issues` and returns the parsed value (meaningless when
 * issues were added). `shape` and `item` let unknown fields be found by walking the checker.
 */
export interface Check {
  (input: unknown, path: Path, issues: RawIssue[]): unknown;
  shape?: Readonly<Record<string, Check>>;
  item?: Check;
  /** An absent key is skipped (z.optional). */
  optional?: boolean;
}

const issue = (
  issues: RawIssue[],
  path: Path,
  code: RawIssue['code'],
  input: unknown,
  fails: IssueCode,
): void => {
  issues.push({ path: pathKeys(path), code, input, fails });
};

/** What a count that is not a whole number fails: describe-issue.ts gives it a message of its own. */
export const WHOLE_NUMBER = 'a whole number';

/**
 * The public code of a failed check. Kept apart from the words (describe-issue.ts) so that checking a
 * catalogue does not load them.
 */
export function issueCodeOf(issue: RawIssue): IssueCode {
  if (issue.params) return issue.params.code;
  // A missing key reaches the check as undefined, whatever kind of value the field takes.
  if (issue.input === undefined && issue.code !== 'custom' && issue.code !== 'unrecognized_keys')
    return 'missing-field';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === WHOLE_NUMBER && typeof issue.input === 'number'
        ? 'invalid-number'
        : 'invalid-type';
    case 'invalid_union':
      return 'invalid-type';
    case 'unrecognized_keys':
      return 'unknown-field';
    default:
      return issue.fails ?? 'invalid-value';
  }
}

const typeIssue = (issues: RawIssue[], path: Path, expected: string, input: unknown): void => {
  issues.push({ path: pathKeys(path), code: 'invalid_type', expected, input });
};

/**
 * Text matching `pattern`, failing with `code`; `problem` is a rule with its own reason, run on every string as
 * zod runs every check: when it fails, its reason is the one reported.
 */
function text(
  pattern: RegExp | undefined,
  code: IssueCode,
  problem?: (value: string) => string | undefined,
): Check {
  return (input, path, issues) => {
    if (typeof input !== 'string') typeIssue(issues, path, 'text', input);
    else {
      const reason = problem?.(input);
      if (reason !== undefined)
        issues.push({ path: pathKeys(path), code: 'custom', input, params: { code, reason } });
      else if (pattern && !pattern.test(input)) issue(issues, path, 'invalid_format', input, code);
    }
    return input;
  };
}

/** `check`, then `next` on its output when it passed (z.pipe; a transform is a check that adds no issue). */
function then(check: Check, next: Check): Check {
  return (input, path, issues) => {
    const before = issues.length;
    const value = check(input, path, issues);
    return issues.length > before ? value : next(value, path, issues);
  };
}

function oneOf(values: readonly unknown[], code: IssueCode): Check {
  return (input, path, issues) => {
    if (!values.includes(input)) issue(issues, path, 'invalid_value', input, code);
    return input;
  };
}

/** A whole number above 0, failing the way z.number().check(z.int(), z.positive()) does. */
const count: Check = (input, path, issues) => {
  if (typeof input !== 'number' || !Number.isFinite(input)) typeIssue(issues, path, 'a number', input);
  else if (!Number.isInteger(input)) typeIssue(issues, path, WHOLE_NUMBER, input);
  else if (input > Number.MAX_SAFE_INTEGER) issue(issues, path, 'too_big', input, 'invalid-number');
  else if (input <= 0) issue(issues, path, 'too_small', input, 'invalid-number');
  return input;
};

function optional(check: Check): Check {
  const wrapped: Check = (input, path, issues) => (input === undefined ? input : check(input, path, issues));
  return Object.assign(wrapped, { shape: check.shape, item: check.item, optional: true });
}

/** Like z._default: absent or undefined gives a fresh `[]` or `{}`, checked no further. */
function fallback(check: Check, empty: () => unknown): Check {
  const wrapped: Check = (input, path, issues) =>
    input === undefined ? empty() : check(input, path, issues);
  return Object.assign(wrapped, { shape: check.shape, item: check.item });
}

function list(item: Check): Check {
  const check: Check = (input, path, issues) => {
    if (!Array.isArray(input)) {
      typeIssue(issues, path, 'a list', input);
      return input;
    }
    return input.map((element, index) => item(element, at(path, index), issues));
  };
  check.item = item;
  return check;
}

const listOrEmpty = (item: Check): Check => fallback(list(item), () => []);

/** Fields in `shape` order; unknown keys are left out of the result (and reported apart, as a warning). */
function object(shape: Record<string, Check>): Check {
  const fields = Object.entries(shape);
  const check: Check = (input, path, issues) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      typeIssue(issues, path, 'an object', input);
      return input;
    }
    const record = input as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const [key, field] of fields) {
      const present = key in record;
      if (field.optional && !present) continue;
      const value = field(record[key], at(path, key), issues);
      if (value !== undefined || present) output[key] = value;
    }
    return output;
  };
  check.shape = shape;
  return check;
}

/**
 * The keys of an object from data, or undefined once each reserved one ('__proto__', 'constructor', …) is
 * reported as a 'reserved-key' issue at its path: as refuseReservedKeys does for zod, the check stops there.
 */
function keysOf(input: object, path: Path, issues: RawIssue[]): string[] | undefined {
  const keys = Object.keys(input);
  const reserved = keys.filter(isReservedKey);
  for (const name of reserved) issue(issues, at(path, name), 'invalid_key', name, 'reserved-key');
  return reserved.length > 0 ? undefined : keys;
}

/**
 * An object of `key` -> `value`, a key that fails failing with `code`; with `empty`, at least one entry (an
 * empty-value rule with that reason).
 */
function record(
  key: RegExp,
  code: IssueCode,
  value: Check,
  empty?: (entries: Record<string, string>) => string | undefined,
): Check {
  return (input, path, issues) => {
    // zod's isPlainObject: an object made by an object literal, JSON.parse or Object.create(null).
    if (!isPlainObject(input)) {
      typeIssue(issues, path, 'an object', input);
      return input;
    }
    const keys = keysOf(input, path, issues);
    if (!keys) return input;
    // Only keys that passed are written, and none of them is reserved: nothing can reach a prototype.
    const output: Record<string, unknown> = {};
    let badKey = false;
    for (const name of keys) {
      if (!key.test(name)) {
        badKey = true;
        issue(issues, at(path, name), 'invalid_key', name, code);
      } else output[name] = value(input[name], at(path, name), issues);
    }
    const reason = badKey ? undefined : empty?.(output as Record<string, string>);
    if (reason !== undefined)
      issues.push({
        path: pathKeys(path),
        code: 'custom',
        input: output,
        params: { code: 'empty-value', reason },
      });
    return output;
  };
}

const visible = /* @__PURE__ */ text(VISIBLE_TEXT, 'empty-value');
const optionalText = /* @__PURE__ */ optional(visible);
const languageTag = /* @__PURE__ */ then(text(LANGUAGE_TAG_PATTERN, 'invalid-language'), (tag) =>
  normalizeLanguageTag(tag as string),
);
const httpUrl = /* @__PURE__ */ text(HTTP_URL_PATTERN, 'invalid-url', httpUrlProblem);
const slug = /* @__PURE__ */ text(SLUG, 'invalid-id');
const countOrNone = /* @__PURE__ */ optional(count);

const textByLanguage = /* @__PURE__ */ record(LANGUAGE_TAG_PATTERN, 'invalid-language', visible, hasNoEntry);

/** Plain text or an object of language tag -> text: the branch that fits the value's type decides. */
const localizedInput: Check = (input, path, issues) => {
  if (typeof input === 'string') return visible(input, path, issues);
  if (isPlainObject(input)) return textByLanguage(input, path, issues);
  issue(issues, path, 'invalid_union', input, 'invalid-type');
  return input;
};

/** Localized text with a plain string put under `defaultLanguage`. */
const localized = (defaultLanguage: string): Check =>
  then(localizedInput, (input) => toLocalizedText(input as string | Record<string, string>, defaultLanguage));

type ExtensibleVocabulary = 'resourceTypes' | 'knowledgeAreas';

/** A resource type or knowledge area slug, built in or declared in the catalogue's extra terms. */
function term(vocabulary: ExtensibleVocabulary, extraTerms: ExtraTerms | undefined): Check {
  const extra = extraTerms?.[vocabulary] ?? {};
  return text(undefined, 'unknown-term', (value) =>
    Object.hasOwn(VOCABULARIES[vocabulary], value) || Object.hasOwn(extra, value)
      ? undefined
      : 'this term is not in the vocabulary',
  );
}

const countryCode = /* @__PURE__ */ then(
  then(text(/^[a-zA-Z]{2}$/, 'invalid-country'), (code) => (code as string).toUpperCase()),
  oneOf(COUNTRY_CODES, 'invalid-country'),
);

/** Checker of one resource in a catalogue with `defaultLanguage` and `extraTerms` (see createResourceSchema). */
export function resourceCheck(defaultLanguage: string, extraTerms: ExtraTerms | undefined): Check {
  const title = localized(defaultLanguage);
  return object({
    id: slug,
    url: optional(httpUrl),
    title,
    summary: optional(title),
    type: term('resourceTypes', extraTerms),
    knowledgeAreas: listOrEmpty(term('knowledgeAreas', extraTerms)),
    keywords: listOrEmpty(visible),
    commodities: listOrEmpty(oneOf(COMMODITIES, 'unknown-term')),
    audiences: listOrEmpty(oneOf(AUDIENCES, 'unknown-term')),
    languages: listOrEmpty(languageTag),
    files: listOrEmpty(
      object({
        url: httpUrl,
        language: languageTag,
        format: optionalText,
        size: countOrNone,
        pages: countOrNone,
      }),
    ),
    published: optional(text(PARTIAL_DATE_PATTERN, 'invalid-date', calendarProblem)),
    authors: listOrEmpty(
      object({
        name: visible,
        affiliation: optionalText,
        orcid: optional(text(ORCID_PATTERN, 'invalid-orcid', orcidProblem)),
      }),
    ),
    credit: optionalText,
    organizations: listOrEmpty(
      object({ name: visible, role: oneOf(ORGANIZATION_ROLES, 'unknown-term'), url: optional(httpUrl) }),
    ),
    countries: listOrEmpty(countryCode),
    project: optionalText,
    series: optional(object({ name: visible, number: optionalText })),
    container: optional(
      object({
        type: oneOf(['journal', 'book'], 'invalid-value'),
        title: visible,
        volume: optionalText,
        issue: optionalText,
        pages: optionalText,
        publisher: optionalText,
      }),
    ),
    identifiers: fallback(
      object({
        doi: optional(text(DOI_PATTERN, 'invalid-doi')),
        isbn: optional(list(text(ISBN_PATTERN, 'invalid-isbn', isbnProblem))),
        handle: optional(text(HANDLE_PATTERN, 'invalid-handle')),
      }),
      () => ({}),
    ),
    license: optional(text(LICENSE_PATTERN, 'invalid-license')),
    access: optional(oneOf(ACCESS_LEVELS, 'unknown-term')),
    version: optionalText,
    supersedes: optional(list(slug)),
    related: listOrEmpty(slug),
    thumbnail: optional(httpUrl),
    duration: optional(text(DURATION_PATTERN, 'invalid-duration')),
    citation: optionalText,
  });
}

const EXTENSIBLE: readonly string[] = ['resourceTypes', 'knowledgeAreas'];

/** Catalogue extraTerms (see ExtraTermsSchema): unknown vocabularies are reported as unrecognized keys. */
const extraTermsCheck: Check = (input, path, issues) => {
  if (!isPlainObject(input)) {
    typeIssue(issues, path, 'an object', input);
    return input;
  }
  // Everything inside extraTerms fails as 'invalid-value' (the messages describe it as a set of extra terms),
  // but for a term without labels, an empty-value rule.
  const terms = record(
    SLUG,
    'invalid-value',
    record(LANGUAGE_TAG_PATTERN, 'invalid-value', text(VISIBLE_TEXT, 'invalid-value'), (labels) =>
      hasNoEntry(labels) ? 'this term has no label' : undefined,
    ),
  );
  const keys = keysOf(input, path, issues);
  if (!keys) return input;
  const output: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const name of keys) {
    if (EXTENSIBLE.includes(name)) output[name] = terms(input[name], at(path, name), issues);
    else unknown.push(name);
  }
  if (unknown.length > 0)
    issues.push({ path: pathKeys(path), code: 'unrecognized_keys', input, keys: unknown });
  return output;
};

/**
 * The fields of a catalogue file other than its resources, each read on its own by parseCatalogue
 * (see CatalogueDocumentSchema); `resources` only says why there is no list, `schemaVersion` is read apart.
 */
export const CATALOGUE_FIELDS = /* @__PURE__ */ catalogueFields();

function catalogueFields(): Readonly<Record<string, Check>> {
  return {
    schemaVersion: optional(oneOf(['1.0'], 'unsupported-schema-version')),
    name: localizedInput,
    publisher: optionalText,
    defaultLanguage: optional(languageTag),
    updated: optional(text(FULL_DATE_PATTERN, 'invalid-date', calendarProblem)),
    extraTerms: optional(extraTermsCheck),
    resources: list(() => undefined),
  };
}
