/** Positional parameters of a statement being written: `add` returns the placeholder of a value, typed. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}
