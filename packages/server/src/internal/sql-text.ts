// PostgreSQL text cannot hold U+0000, and catalogue text may contain it (the schema only asks for a visible
// character somewhere). Values stored in text columns are therefore escaped, reversibly: U+0001 becomes
// U+0001 '1' and U+0000 becomes U+0001 '0'. Equality is kept, so filters and counts work on escaped values.
// (json columns keep U+0000 as the escape \u0000 and need nothing.)
const NUL = '\u0000';
const ESCAPE = '\u0001';

/** A string as stored in a text column. */
export function toSqlText(value: string): string {
  if (!value.includes(NUL) && !value.includes(ESCAPE)) return value;
  let out = '';
  for (const c of value) out += c === NUL ? ESCAPE + '0' : c === ESCAPE ? ESCAPE + '1' : c;
  return out;
}

/** A string read from a text column. */
export function fromSqlText(value: string): string {
  if (!value.includes(ESCAPE)) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] === ESCAPE) out += value[++i] === '0' ? NUL : ESCAPE;
    else out += value[i];
  }
  return out;
}
