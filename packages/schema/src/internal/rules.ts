import * as z from 'zod/mini';
import type { IssueCode } from '../issues.js';

/**
 * Parameters carried by the custom issues of our own checks, so the issue formatter can name the problem
 * precisely (zod/mini ships no messages of its own).
 */
export interface RuleParams {
  code: IssueCode;
  /** What is wrong, as a sentence fragment for a data owner, e.g. 'the check digit does not match'. */
  reason: string;
}

/**
 * A check that runs `findProblem` on a value and reports what it returns as one custom issue.
 * Validators return a reason instead of a boolean so that the message can say *why* a value is rejected.
 */
export function rule<T = string>(
  code: IssueCode,
  findProblem: (value: T) => string | undefined,
): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    const reason = findProblem(value);
    if (reason === undefined) return;
    const params: RuleParams = { code, reason };
    // zod/mini has no messages of its own; ours is written from `params` by the issue formatter.
    ctx.addIssue({ code: 'custom', message: reason, input: value, params });
  });
}

/** Text with at least one visible character: a title made of spaces is as useless as an empty one. */
export const VISIBLE_TEXT = /\S/;

/** Slugs of ids and vocabulary terms: lowercase ASCII letters and digits in hyphen-separated runs. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A non-empty, not-only-whitespace string; the pattern also ends up in the JSON Schema. */
export function visibleText(): z.ZodMiniString<string> {
  return z.string().check(z.regex(VISIBLE_TEXT));
}
