import * as z from 'zod/mini';
import type { IssueCode } from '../issues.js';
import { isPlainObject } from './strings.js';

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

/**
 * Keys refused in every object whose keys come from data (localized text, extra terms and their labels):
 * names that reach an object's prototype in JavaScript. `__proto__` is skipped by zod and by many JSON
 * tools, so text under it would be lost without a word; refusing them by name tells the data owner.
 */
export const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** True for a key of {@link RESERVED_KEYS}. */
export const isReservedKey = (key: string): boolean => (RESERVED_KEYS as readonly string[]).includes(key);

/**
 * `schema` (an object of keys from data) with its {@link RESERVED_KEYS} refused first, each as a
 * 'reserved-key' issue at the key's path. zod's records skip `__proto__` before any check sees it, so the
 * keys are read here, off the input itself; as in any pipe, a refused key stops the check there. The
 * JSON Schema of the input side is `schema`'s (zod leaves a leading transform out of it).
 */
export function refuseReservedKeys<T extends z.core.$ZodType>(
  schema: T,
): z.ZodMiniPipe<z.ZodMiniTransform<z.input<T>, z.input<T>>, T> {
  const refuse = z.transform<z.input<T>, z.input<T>>((input, payload) => {
    if (isPlainObject(input))
      for (const key of Object.keys(input).filter(isReservedKey))
        payload.issues.push({
          code: 'custom',
          path: [key],
          input: key,
          message: RESERVED_REASON,
          params: { code: 'reserved-key', reason: RESERVED_REASON } satisfies RuleParams,
        });
    return input;
  });
  // A transform counts as optional on input (it could accept undefined), which would make every field of
  // localized text optional in the JSON Schema: this one is exactly as optional as `schema`.
  refuse._zod.optin = schema._zod.optin;
  // TypeScript cannot see that T takes what the transform returns (its own input): say it once here.
  return z.pipe(refuse, schema as unknown as z.core.$ZodType<unknown, Awaited<z.input<T>>>) as never;
}

const RESERVED_REASON = 'this name is reserved in JavaScript and cannot be used as a key';

/** A non-empty, not-only-whitespace string; the pattern also ends up in the JSON Schema. */
export function visibleText(): z.ZodMiniString<string> {
  return z.string().check(z.regex(VISIBLE_TEXT));
}
