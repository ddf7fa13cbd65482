import * as z from 'zod/mini';
import { rule } from './internal/rules.js';

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': many ASM publications give only a year. */
export const PARTIAL_DATE_PATTERN = /^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$/;

/** 'YYYY-MM-DD' only. */
export const FULL_DATE_PATTERN = /^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$/;

/** Number of days in `month` (1-12) of `year`, with Gregorian leap years. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a well-shaped date is not on the calendar (2023-02-29), or undefined when it is real. */
export function calendarProblem(value: string): string | undefined {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const days = daysInMonth(year, month);
  if (day <= days) return undefined;
  // The platform's English month name: the same words as a table of twelve, without shipping the table.
  const monthName = new Date(Date.UTC(year, month - 1)).toLocaleString('en', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${value} is not a calendar date (${monthName} ${year} has ${days} days)`;
}

/** Publication date: 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD', a real calendar date. */
export function partialDateSchema() {
  return z.string().check(z.regex(PARTIAL_DATE_PATTERN), rule('invalid-date', calendarProblem));
}

/** A full calendar date 'YYYY-MM-DD'. */
export function fullDateSchema() {
  return z.string().check(z.regex(FULL_DATE_PATTERN), rule('invalid-date', calendarProblem));
}

/**
 * ISO 8601 duration such as 'PT12M30S' or 'PT1H'. At least one component is required and 'T' must be
 * followed by a time component. Only seconds may have a fraction: that is all a video length needs.
 */
export const DURATION_PATTERN =
  /^P(?=[0-9]|T[0-9])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\.[0-9]+)?S)?)?$/;

/** Length of a video or webinar as an ISO 8601 duration. */
export function durationSchema() {
  return z.string().check(z.regex(DURATION_PATTERN));
}
