import { describe, expect, it } from 'vitest';
import { fromSqlText, toSqlText } from './sql-text.js';

describe('text stored in PostgreSQL', () => {
  it('holds no U+0000, and reads back as written', () => {
    for (const value of ['plain', 'nul\u0000byte', '\u0001\u00000\u00011', '\u0000', 'é😀\u0001']) {
      expect(toSqlText(value)).not.toContain('\u0000');
      expect(fromSqlText(toSqlText(value))).toBe(value);
    }
  });

  it('keeps distinct values distinct', () => {
    expect(toSqlText('a\u0000')).not.toBe(toSqlText('a\u00010'));
  });
});
