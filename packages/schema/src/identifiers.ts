import * as z from 'zod/mini';
import { rule } from './internal/rules.js';

/** A DOI: '10.' + registrant code + '/' + suffix, written without the https://doi.org/ prefix. */
export const DOI_PATTERN = /^10\.[0-9]{4,9}\/\S+$/;

/** A Handle (hdl.handle.net): naming authority, '/', local name, e.g. '10986/12345'. */
export const HANDLE_PATTERN = /^[0-9]+(?:\.[0-9]+)*\/\S+$/;

/** ORCID iD as printed on orcid.org: four groups of four, the last character a digit or X. */
export const ORCID_PATTERN = /^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$/;

/** ISBN-10 or ISBN-13 digits with optional hyphens or spaces between them. */
export const ISBN_PATTERN = /^[0-9](?:[- ]?[0-9]){8}[- ]?[0-9Xx]$|^[0-9](?:[- ]?[0-9]){12}$/;

/** The check character ORCID computes with ISO 7064 MOD 11-2 over the first 15 digits. */
export function orcidCheckCharacter(digits: string): string {
  let total = 0;
  for (const digit of digits) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** Why a well-shaped ORCID iD is wrong (its check character), or undefined. */
export function orcidProblem(value: string): string | undefined {
  const digits = value.replaceAll('-', '');
  if (digits.length !== 16) return undefined; // the shape check reports this one
  const expected = orcidCheckCharacter(digits.slice(0, 15));
  return digits.endsWith(expected) ? undefined : 'the check character does not match (a digit was mistyped?)';
}

/** True when the ISBN-10 or ISBN-13 check digit of `digits` (hyphens removed) is right. */
export function isbnChecksumMatches(digits: string): boolean {
  if (digits.length === 10) {
    let sum = 0;
    for (let index = 0; index < 10; index += 1) {
      const character = digits[index] ?? '';
      sum += (10 - index) * (character === 'X' || character === 'x' ? 10 : Number(character));
    }
    return sum % 11 === 0;
  }
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1)
    sum += Number(digits[index]) * (index % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

/** Why a well-shaped ISBN is wrong (its check digit), or undefined. */
export function isbnProblem(value: string): string | undefined {
  const digits = value.replace(/[- ]/g, '');
  if (!ISBN_PATTERN.test(value)) return undefined; // the shape check reports this one
  return isbnChecksumMatches(digits) ? undefined : 'the check digit does not match (a digit was mistyped?)';
}

/** DOI of the resource. */
export function doiSchema() {
  return z.string().check(z.regex(DOI_PATTERN));
}

/** ISBN-10 or ISBN-13 with a correct check digit. */
export function isbnSchema() {
  return z.string().check(z.regex(ISBN_PATTERN), rule('invalid-isbn', isbnProblem));
}

/** ORCID iD with a correct check character. */
export function orcidSchema() {
  return z.string().check(z.regex(ORCID_PATTERN), rule('invalid-orcid', orcidProblem));
}

/** Handle of the resource in a repository such as the World Bank's Open Knowledge Repository. */
export function handleSchema() {
  return z.string().check(z.regex(HANDLE_PATTERN));
}

/**
 * SPDX license id ('CC-BY-4.0', 'CC-BY-NC-SA-3.0-IGO', 'LicenseRef-…') or the http(s) address of a license.
 * The shape is checked, not the SPDX list: that list changes and a catalogue should not break with it.
 */
export const LICENSE_PATTERN = /^(?:[A-Za-z0-9][A-Za-z0-9.+-]*|[hH][tT][tT][pP][sS]?:\/\/\S+)$/;

/** License of the resource. */
export function licenseSchema() {
  return z.string().check(z.regex(LICENSE_PATTERN));
}

/** The identifier a data owner probably meant when they pasted a resolver link: 'https://doi.org/10.1/x' -> '10.1/x'. */
export function stripResolverPrefix(value: string): string {
  return value
    .trim()
    .replace(
      /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*|https?:\/\/orcid\.org\/|https?:\/\/hdl\.handle\.net\/|hdl:\s*)/i,
      '',
    );
}
