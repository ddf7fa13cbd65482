import { describe, expect, it } from 'vitest';
import { fold, tokenize, words } from './tokenize.js';

describe('tokenize', () => {
  it('folds case and diacritics', () => {
    expect(fold('Minería Côte İstanbul ÅNGSTRÖM')).toBe('mineria cote istanbul angstrom');
  });

  it('splits on anything that is not a letter or a digit, in any script', () => {
    expect(tokenize("Côte d'Ivoire: 2020-2024, Монголия/蒙古")).toEqual([
      'cote',
      'd',
      'ivoire',
      '2020',
      '2024',
      'монголия',
      '蒙古',
    ]);
  });

  it('skips lone surrogates, even at the very start', () => {
    expect(tokenize('\udc00abc \ud800')).toEqual(['abc']);
  });

  it('gives no tokens for blank or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' -- ')).toEqual([]);
  });

  it('keeps the original offsets of words written with combining marks', () => {
    const text = 'la mine\u0301ria';
    expect(words(text)).toEqual([
      { word: 'la', start: 0, end: 2 },
      { word: 'mineria', start: 3, end: 11 },
    ]);
  });
});
