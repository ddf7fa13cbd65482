// '@asm-kit/schema/messages': the words of catalogue problems, apart from the checks so that an app that checks
// every record on load can leave them out of its first bundle and import() them only when a catalogue has
// problems to report.
import type { CatalogueProblem } from './check.js';
import type { CatalogueIssue } from './issues.js';
import { messageOf } from './internal/describe-issue.js';

export type { CatalogueIssue } from './issues.js';
export type { CatalogueProblem } from './check.js';

/**
 * The issue of a problem from `checkCatalogue` / `checkResources`: the same path, id, code and value, plus the
 * message for the data owner (what is wrong, what is expected, an example, "did you mean"), exactly as
 * `parseCatalogue` reports it.
 */
export function describeProblem(problem: CatalogueProblem): CatalogueIssue {
  const issue: CatalogueIssue = {
    path: problem.path,
    segments: problem.segments,
    code: problem.code,
    message: messageOf(problem.detail, problem.code),
  };
  if (problem.resourceId !== undefined) issue.resourceId = problem.resourceId;
  if (problem.value !== undefined) issue.value = problem.value;
  return issue;
}

/**
 * Issues with messages for problems from `checkCatalogue` / `checkResources`, in the same order.
 *
 * @example
 * const { catalogue, problems } = checkCatalogue(data);
 * if (problems.length > 0) {
 *   const { describeProblems } = await import('@asm-kit/schema/messages');
 *   for (const issue of describeProblems(problems)) console.warn(formatIssue(issue));
 * }
 */
export function describeProblems(problems: readonly CatalogueProblem[]): CatalogueIssue[] {
  return problems.map(describeProblem);
}
