// Spreadsheet programs run a cell that starts with =, +, - or @ as a formula (and some strip a leading tab or
// carriage return before deciding), so a title such as "=HYPERLINK(...)" in a CSV could run when opened.
// Such cells are written with a leading single quote, which spreadsheets show as text. To keep the round trip
// exact, the quote is also added to a cell made of quotes followed by one of those characters ("'=x" is
// written "''=x"), and the reader removes exactly one quote from every cell of that shape.

/** A cell a spreadsheet could take for a formula, after any quotes added by {@link guardFormula}. */
const GUARDED = /^'*[=+\-@\t\r]/;
const UNGUARD = /^'+[=+\-@\t\r]/;

/** The cell as written to a CSV: a leading `'` added when a spreadsheet would run it as a formula. */
export function guardFormula(cell: string): string {
  return GUARDED.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before {@link guardFormula}: exactly one leading `'` removed where it added one. */
export function unguardFormula(cell: string): string {
  return UNGUARD.test(cell) ? cell.slice(1) : cell;
}
