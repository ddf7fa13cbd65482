/**
 * Separator of list values inside one CSV cell (`gold | diamonds`). A pipe never occurs in slugs, country codes
 * or language tags, and rarely in keywords; a literal `|` in a value is written `\|` and a backslash `\\`.
 */
export const LIST_SEPARATOR = ' | ';

/** Joins list values into one cell, escaping the separator and the escape character. */
export function joinList(values: readonly string[]): string {
  return values.map((value) => value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join(LIST_SEPARATOR);
}

/** Splits a cell into list values: on unescaped `|`, each value trimmed, empty values dropped. */
export function splitList(cell: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let index = 0; index < cell.length; index++) {
    const char = cell[index];
    const next = cell[index + 1];
    // Only `\|` and `\\` are escapes, so that a backslash typed by hand ('C:\docs') survives.
    if (char === '\\' && (next === '|' || next === '\\')) {
      current += next;
      index++;
    } else if (char === '|') {
      values.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  values.push(current);
  return values.map((value) => value.trim()).filter((value) => value !== '');
}
