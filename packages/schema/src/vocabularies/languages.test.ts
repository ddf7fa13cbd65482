import { describe, expect, it } from 'vitest';
import { primarySubtag, toUiLanguage, UI_LANGUAGES } from './languages.js';

describe('UI_LANGUAGES', () => {
  it('ships English, French, Spanish, Portuguese and Indonesian, English first as the fallback', () => {
    expect(UI_LANGUAGES).toEqual(['en', 'fr', 'es', 'pt', 'id']);
  });
});

describe('primarySubtag', () => {
  it('keeps the language subtag of a tag with region or script, in lower case', () => {
    expect(primarySubtag('pt-BR')).toBe('pt');
    expect(primarySubtag('zh-Hant-TW')).toBe('zh');
    expect(primarySubtag('FIL')).toBe('fil');
  });

  it('accepts an underscore as separator, as in POSIX locales', () => {
    expect(primarySubtag('fr_CA')).toBe('fr');
  });
});

describe('toUiLanguage', () => {
  it('reduces a regional tag to its UI language', () => {
    expect(toUiLanguage('fr-CA')).toBe('fr');
    expect(toUiLanguage('pt-BR')).toBe('pt');
    expect(toUiLanguage('es-419')).toBe('es');
    expect(toUiLanguage('EN-gb')).toBe('en');
    expect(toUiLanguage('id-ID')).toBe('id');
  });

  it('falls back to English for a language without labels, an empty tag or garbage', () => {
    expect(toUiLanguage('de')).toBe('en');
    expect(toUiLanguage('fil')).toBe('en');
    expect(toUiLanguage('')).toBe('en');
    expect(toUiLanguage('  ')).toBe('en');
    expect(toUiLanguage('-x-')).toBe('en');
  });
});
