import {
  COUNTRY_CODES,
  UI_LANGUAGES,
  VOCABULARIES,
  countryName,
  languageName,
  type ExtraTerms,
} from '../vocabularies/index.js';
import { DOI_PATTERN, HANDLE_PATTERN, ORCID_PATTERN, stripResolverPrefix } from '../identifiers.js';
import { isLanguageTag } from '../language-tag.js';
import { FIELD_HINTS, fieldKeyOf, type FieldHint } from './field-hints.js';
import type { IssueCode } from '../issues.js';
import { WHOLE_NUMBER, type RawIssue } from './check.js';
import type { ProblemDetail } from './problem.js';
import { SCHEMA_VERSION } from '../schema-version.js';
import { SLUG } from './rules.js';
import { closestMatch, isPlainObject, previewValue, slugGuess } from './strings.js';

// The words of every problem, for '@asm-kit/schema/messages'. The checks (check.ts and the modules that call
// it) decide what is wrong and its code; this module, loaded only when there is something to tell, says it.

/** Field used when a path is not in the hint table (a key zod reports that we do not describe). */
const UNKNOWN_HINT: FieldHint = {
  label: 'value',
  expected: 'a value of the documented form',
  example: 'see the README',
  code: 'invalid-value',
};

/**
 * The message of a problem, for a data owner: what is wrong, what is expected, an example and, when a close
 * value exists, "did you mean". `code` is the problem's code.
 */
export function messageOf(detail: ProblemDetail, code: IssueCode): string {
  switch (detail.kind) {
    case 'check':
      return describeIssue(detail.failure, code, detail.extraTerms);
    case 'unknown-field':
      return unknownField(detail.key, detail.known, detail.at);
    case 'not-a-resource':
      return 'A resource must be an object with at least id, title and type, e.g. { "id": "mercury-guide", "title": "Mercury guide", "type": "guide" }.';
    case 'duplicate-id':
      return `The id '${detail.id}' is already used by ${detail.firstPath}: ids must be unique in a catalogue, so this second one is left out. Give it its own id, e.g. '${detail.id}-2'.`;
    case 'not-a-list': {
      const { input } = detail;
      const hint =
        isPlainObject(input) && Array.isArray(input.resources)
          ? ' This looks like a catalogue: read it with parseCatalogue.'
          : '';
      return `Got ${describeType(input)} where a list of resources is expected.${hint} Expected [{ "id": "…", "title": "…", "type": "…" }, …].`;
    }
    case 'not-a-catalogue': {
      const { input } = detail;
      const hint = Array.isArray(input) ? ' A bare list of resources is read with parseResources.' : '';
      return `Got ${describeType(input)} where a catalogue object is expected.${hint} Expected an object with name and resources, e.g. { "schemaVersion": "1.0", "name": "My library", "defaultLanguage": "en", "resources": [] }.`;
    }
    case 'schema-version':
      return `This version of @asm-kit/schema reads schemaVersion "${SCHEMA_VERSION}": the catalogue is read as "${SCHEMA_VERSION}" and fields of a newer version are ignored. Upgrade @asm-kit/schema, or write "schemaVersion": "${SCHEMA_VERSION}".`;
  }
}

/** An unknown key, with the known key it is closest to and what that one holds. */
function unknownField(key: string, known: readonly string[], path: readonly PropertyKey[]): string {
  const suggestion = closestMatch(key, known);
  const hint =
    suggestion === undefined ? undefined : FIELD_HINTS[fieldKeyOf([...path.slice(0, -1), suggestion]) ?? ''];
  return `Unknown field '${key}': it is ignored.${suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`}${hint === undefined ? '' : ` ('${suggestion}' holds ${hint.expected}.)`}`;
}

/** The name a data owner sees in the file: the last named segment of the path. */
function fieldNameOf(path: readonly PropertyKey[]): string {
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const segment = path[index];
    if (typeof segment === 'string') return segment;
  }
  return 'value';
}

/** 'a number', 'a list', 'text': what the data owner wrote, in their words. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A short quote of a value inside a sentence. */
function quote(value: unknown): string {
  return typeof value === 'string'
    ? `'${value.length > 40 ? `${value.slice(0, 39)}…` : value}'`
    : previewValue(value, 40);
}

/**
 * The message of a failed check. The checker reports at most one issue per path (a value that fails a rule is
 * not checked further), so each failed check is one problem.
 */
function describeIssue(issue: RawIssue, code: IssueCode, extraTerms: ExtraTerms | undefined): string {
  const key = fieldKeyOf(issue.path);
  const hint = (key === undefined ? undefined : FIELD_HINTS[key]) ?? UNKNOWN_HINT;
  const input: unknown = issue.code === 'invalid_key' ? issue.path[issue.path.length - 1] : issue.input;
  if (code === 'reserved-key') return reservedKey(String(input), hint);
  const problem = problemOf(issue, hint, input);
  const suggestion =
    typeof input === 'string' && code !== 'missing-field'
      ? suggest(hint, code, input, extraTerms)
      : undefined;
  const didYouMean = suggestion === undefined || suggestion === input ? '' : ` Did you mean '${suggestion}'?`;
  // An element of a list is described as one item, not as the list.
  const wanted = typeof issue.path[issue.path.length - 1] === 'number' && hint.item ? hint.item : hint;
  const expected =
    issue.code === 'invalid_key' && hint.code === 'empty-value'
      ? 'an object keyed by BCP 47 language tags, e.g. { "en": "…", "fr": "…" }.'
      : `${wanted.expected}, e.g. ${wanted.example}.`;
  return `${problem}${didYouMean} Expected ${expected}`;
}

/**
 * A key such as '__proto__' or 'constructor' in localized text or extra terms: not read, since JavaScript gives
 * these names a meaning of their own (many JSON tools drop '__proto__' without a word).
 */
function reservedKey(key: string, hint: FieldHint): string {
  const language = hint.code === 'empty-value';
  const expected = language
    ? `keys that are BCP 47 language tags, e.g. { "en": "Mercury guide", "fr": "Guide du mercure" }`
    : `${hint.expected}, e.g. ${hint.example}`;
  return `'${key}' cannot be used as a key: it is a reserved name in JavaScript, so what is written under it cannot be read, and this ${hint.label} is not read until the key is renamed or removed. Expected ${expected}.`;
}

/** The first sentence: what is wrong. The code was decided by the checker (issueCodeOf in check.ts). */
function problemOf(issue: RawIssue, hint: FieldHint, input: unknown): string {
  const rule = issue.params;
  if (rule?.code === 'unknown-term') return `${quote(input)} is not a known ${hint.label}.`;
  if (rule) return `${capitalize(rule.reason)}.`;
  // A missing key reaches the schema as undefined, whatever kind of value the field takes.
  if (input === undefined && issue.code !== 'custom' && issue.code !== 'unrecognized_keys')
    return `Required field '${fieldNameOf(issue.path)}' is missing.`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === WHOLE_NUMBER && typeof input === 'number')
        return `${input} is not a whole number.`;
      return `Got ${describeType(input)} where ${issue.expected} is expected.`;
    case 'invalid_union':
      return `Got ${describeType(input)} where text or an object of texts by language is expected.`;
    case 'too_small':
      // Only counts (file size, pages) have a lower bound: text is checked for visible characters instead.
      return `${input} is too small: it must be above 0.`;
    case 'invalid_value':
      return `${quote(input)} is not a known ${hint.label}.`;
    case 'invalid_key':
      return hint.code === 'empty-value'
        ? `${quote(input)} is not a BCP 47 language tag.`
        : `${quote(input)} is not a valid key here.`;
    case 'unrecognized_keys':
      return `Unknown ${issue.keys?.length === 1 ? 'key' : 'keys'} ${(issue.keys ?? []).map((k) => `'${k}'`).join(', ')}.`;
    case 'invalid_format':
      if (hint.code === 'empty-value') return 'This must not be empty or only spaces.';
      return `${quote(input)} is not a valid ${hint.label}.`;
    default:
      return `${quote(input)} is not a valid ${hint.label}.`;
  }
}

/** Common wrong country codes that are not a typo away from the right one. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/** The value the data owner probably meant, when one can be guessed safely. */
function suggest(
  hint: FieldHint,
  code: IssueCode,
  input: string,
  extraTerms: ExtraTerms | undefined,
): string | undefined {
  if (input.length > 200) return undefined;
  if (hint.vocabulary) return suggestTerm(hint.vocabulary, input, extraTerms);
  switch (code) {
    case 'invalid-country':
      return suggestCountry(input);
    case 'invalid-doi':
      return valid(stripResolverPrefix(input), DOI_PATTERN);
    case 'invalid-orcid':
      return valid(stripResolverPrefix(input), ORCID_PATTERN);
    case 'invalid-handle':
      return valid(stripResolverPrefix(input), HANDLE_PATTERN);
    case 'invalid-url':
      return /^(?:www\.|[a-z0-9-]+\.[a-z]{2,}\/)/i.test(input) && !/\s/.test(input)
        ? `https://${input}`
        : undefined;
    case 'invalid-language':
      return suggestLanguage(input);
    case 'invalid-id':
      return valid(
        slugGuess(input)
          .replace(/[^a-z0-9-]/g, '')
          .replace(/-+/g, '-')
          .replace(/^-|-$/g, ''),
        SLUG,
      );
    case 'invalid-duration':
      return durationFromClock(input);
    case 'invalid-date':
      return /^[0-9]{4}[/.][0-9]{2}(?:[/.][0-9]{2})?$/.test(input) ? input.replace(/[/.]/g, '-') : undefined;
    default:
      return undefined;
  }
}

function valid(candidate: string, pattern: RegExp): string | undefined {
  return pattern.test(candidate) ? candidate : undefined;
}

/** A vocabulary slug close to `input`, or whose label in any UI language is what was typed. */
function suggestTerm(
  vocabulary: keyof typeof VOCABULARIES,
  input: string,
  extraTerms: ExtraTerms | undefined,
): string | undefined {
  const labelsBySlug = new Map<string, readonly (string | undefined)[]>();
  for (const [slug, labels] of Object.entries(VOCABULARIES[vocabulary]))
    labelsBySlug.set(slug, Object.values(labels));
  if (vocabulary === 'resourceTypes' || vocabulary === 'knowledgeAreas') {
    for (const [slug, labels] of Object.entries(extraTerms?.[vocabulary] ?? {}))
      labelsBySlug.set(slug, Object.values(labels));
  }
  const guess = slugGuess(input);
  for (const [slug, labels] of labelsBySlug) {
    if (labels.some((label) => label !== undefined && slugGuess(label) === guess)) return slug;
  }
  return closestMatch(input, labelsBySlug.keys());
}

/** 'gh ' -> 'GH', 'UK' -> 'GB', 'Ghana' or 'Côte d’Ivoire' -> the code, through the platform's country names. */
function suggestCountry(input: string): string | undefined {
  const upper = input.trim().toUpperCase();
  const codes: readonly string[] = COUNTRY_CODES;
  if (codes.includes(upper)) return upper;
  if (Object.hasOwn(COUNTRY_ALIASES, upper)) return COUNTRY_ALIASES[upper];
  const wanted = input.trim().toLowerCase();
  if (wanted.length < 3) return undefined;
  for (const code of codes) {
    for (const language of UI_LANGUAGES) {
      if (countryName(code, language).toLowerCase() === wanted) return code;
    }
  }
  return undefined;
}

/**
 * Languages whose names are recognised in suggestions ('English', 'français' -> 'en', 'fr'): the UI
 * languages and those ASM libraries publish in. Other names get no suggestion, which is fine.
 */
const NAMED_LANGUAGES = [
  'en',
  'fr',
  'es',
  'pt',
  'id',
  'mn',
  'fil',
  'mg',
  'sw',
  'nl',
  'ar',
  'ru',
  'zh',
  'de',
  'it',
] as const;

/** 'en_US' -> 'en-US', 'English' or 'français' -> the tag, through the platform's language names. */
function suggestLanguage(input: string): string | undefined {
  const tag = input.trim().replaceAll('_', '-');
  if (isLanguageTag(tag)) return tag;
  const wanted = input.trim().toLowerCase();
  for (const code of NAMED_LANGUAGES) {
    for (const language of [...UI_LANGUAGES, code]) {
      if (languageName(code, language).toLowerCase() === wanted) return code;
    }
  }
  return undefined;
}

/** '12:30' (minutes:seconds) or '1:05:00' (hours:minutes:seconds) as an ISO 8601 duration. */
function durationFromClock(input: string): string | undefined {
  const match = /^(?:([0-9]{1,2}):)?([0-9]{1,2}):([0-9]{2})$/.exec(input.trim());
  if (!match) return undefined;
  const [, hours, minutes, seconds] = match.map(Number);
  const parts = [hours ? `${hours}H` : '', minutes ? `${minutes}M` : '', seconds ? `${seconds}S` : ''].join(
    '',
  );
  return parts === '' ? undefined : `PT${parts}`;
}
