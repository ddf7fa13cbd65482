import * as z from 'zod/mini';
import { rule } from './internal/rules.js';

/**
 * Shape of an absolute http(s) URL, kept loose on purpose: the JSON Schema gets the scheme rule, and the
 * full check below does the rest with the platform's URL parser.
 */
export const HTTP_URL_PATTERN = /^[hH][tT][tT][pP][sS]?:\/\/[^\s/?#]+[^\s]*$/;

/**
 * Why `value` is not an absolute http(s) URL, or undefined when it is one. Links end up in `href` and
 * `src` attributes of partner pages, so anything other than http(s) (javascript:, data:, file:) and
 * relative links are refused here rather than escaped later.
 */
export function httpUrlProblem(value: string): string | undefined {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value)?.[1];
  if (scheme !== undefined && !/^https?$/i.test(scheme)) {
    return `only http and https links are allowed, not '${scheme.toLowerCase()}:'`;
  }
  if (scheme === undefined) return 'this is not a full link: it must start with https:// or http://';
  if (/\s/.test(value)) return 'a link cannot contain spaces (write them as %20)';
  if (!HTTP_URL_PATTERN.test(value)) return 'the link has no host name after //';
  try {
    new URL(value);
  } catch {
    return 'this is not a well-formed link';
  }
  return undefined;
}

/** An absolute http(s) URL. */
export function httpUrlSchema() {
  return z.string().check(z.regex(HTTP_URL_PATTERN), rule('invalid-url', httpUrlProblem));
}
