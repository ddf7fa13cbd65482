import type { Problem } from './internal/issues.js';
import type { ProcessResult } from './pipeline.js';

/** '1 resource', '2,500 resources'. */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

/** Where a problem is, as `file:line: record N (id), field F`. */
export function locate(problem: Problem): string {
  const parts: string[] = [];
  if (problem.record !== undefined) {
    parts.push(`record ${problem.record}${problem.resourceId ? ` (${problem.resourceId})` : ''}`);
  } else if (problem.resourceId) {
    parts.push(`resource ${problem.resourceId}`);
  }
  if (problem.field) parts.push(`field ${problem.field}`);
  const place = problem.line !== undefined ? `${problem.file}:${problem.line}` : problem.file;
  return parts.length > 0 ? `${place}: ${parts.join(', ')}` : place;
}

/** One problem as a report line and its message, indented under it. */
export function formatProblem(problem: Problem): string {
  const got = problem.value !== undefined ? ` Got: ${problem.value}` : '';
  return `${locate(problem)}\n  ${problem.message.replace(/\n/g, '\n  ')}${got}`;
}

/** The human-readable report of a run: each problem, then a summary line. */
export function formatReport(
  file: string,
  result: Pick<ProcessResult, 'problems' | 'records' | 'valid'> & { stopped?: boolean },
): string {
  const { problems, records, valid } = result;
  const resources = `${records.toLocaleString('en')} ${records === 1 ? 'resource' : 'resources'}`;
  if (problems.total === 0) return `${file}: valid, ${resources}.\n`;
  const lines = problems.items.map(formatProblem);
  if (problems.total > problems.items.length) {
    lines.push(
      `... and ${(problems.total - problems.items.length).toLocaleString('en')} more problems (use --max-problems to see more).`,
    );
  }
  const count = `${problems.total.toLocaleString('en')} ${problems.total === 1 ? 'problem' : 'problems'}`;
  lines.push(
    result.stopped
      ? `${file}: ${count}; reading stopped there.`
      : `${file}: ${count}; ${resources} read, ${valid.toLocaleString('en')} valid.`,
  );
  return `${lines.join('\n')}\n`;
}

/** The report as JSON for scripts and CI. */
export function reportJson(
  file: string,
  result: Pick<ProcessResult, 'problems' | 'records' | 'valid'> & { stopped?: boolean },
): string {
  return `${JSON.stringify(
    {
      file,
      valid: result.problems.total === 0,
      complete: !result.stopped,
      resources: result.records,
      validResources: result.valid,
      problemCount: result.problems.total,
      problems: result.problems.items,
    },
    null,
    2,
  )}\n`;
}
