/** One problem found in an input file, located as precisely as the format allows. */
export interface Problem {
  /** The file the problem is in. */
  file: string;
  /** 1-based line in the file where the record (or the problem) starts, when known. */
  line?: number;
  /** 1-based number of the resource in the file (data rows of a CSV, items of `resources` in JSON). */
  record?: number;
  /** Id of the resource, when it has one. */
  resourceId?: string;
  /** The field or CSV column concerned ('knowledgeAreas', 'file.fr.url'), when known. */
  field?: string;
  /** Path in the catalogue as the schema gives it ('resources[3].files[0].url'). */
  path?: string;
  /** Stable machine code, from the schema ('unknown-term') or from reading the file ('csv-quote'). */
  code: string;
  /** What is wrong and what is expected. */
  message: string;
  /** The offending value as JSON, shortened. */
  value?: string;
}

/** A problem that stops reading a file (a broken quote, a file that is not JSON): reported, never thrown raw. */
export class InputError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.message);
    this.name = 'InputError';
    this.problem = problem;
  }
}

/** Problems collected while reading, bounded so that a file with a million bad rows still fits in memory. */
export class ProblemList {
  readonly items: Problem[] = [];
  total = 0;

  constructor(readonly limit = 1000) {}

  add(problem: Problem): void {
    this.total++;
    if (this.items.length < this.limit) this.items.push(problem);
  }
}
