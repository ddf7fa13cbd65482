import { afterEach, describe, expect, it, vi } from 'vitest';
import { countryName, languageName } from './display-names.js';

// Expected names are those of the CLDR data in Node 20's full ICU; CLDR writes an apostrophe as U+2019.

describe('countryName', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('names a country in the reader’s language', () => {
    expect(countryName('CI', 'fr')).toBe('Côte d’Ivoire');
    expect(countryName('CI', 'en')).toBe('Côte d’Ivoire');
    expect(countryName('CI', 'pt')).toBe('Costa do Marfim');
    expect(countryName('CD', 'es')).toBe('República Democrática del Congo');
    expect(countryName('GH', 'en')).toBe('Ghana');
    expect(countryName('BF', 'fr-CA')).toBe('Burkina Faso');
  });

  it('accepts a lower-case code', () => {
    expect(countryName('ci', 'fr')).toBe('Côte d’Ivoire');
  });

  it('falls back to the code as given for unknown or malformed codes', () => {
    expect(countryName('AA', 'en')).toBe('AA');
    expect(countryName('X', 'en')).toBe('X');
    expect(countryName('', 'en')).toBe('');
  });

  it('falls back to the code when the language tag is invalid, without throwing', () => {
    expect(countryName('GH', 'not a tag')).toBe('GH');
    expect(countryName('GH', '')).toBe('GH');
  });

  it('builds one formatter per language and reuses it', () => {
    const Real = Intl.DisplayNames;
    let built = 0;
    class Counting extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        built += 1;
      }
    }
    vi.spyOn(Intl, 'DisplayNames', 'get').mockReturnValue(Counting);
    expect(countryName('KE', 'sw')).toBe('Kenya');
    expect(countryName('UG', 'sw')).toBe('Uganda');
    expect(built).toBe(1);
  });
});

describe('languageName', () => {
  it('names a language, Filipino included', () => {
    expect(languageName('fil', 'en')).toBe('Filipino');
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('mg', 'fr')).toBe('malgache');
    expect(languageName('es', 'es')).toBe('español');
  });

  it('names regional variants', () => {
    expect(languageName('es-419', 'en')).toBe('Latin American Spanish');
    expect(languageName('pt-BR', 'en')).toBe('Brazilian Portuguese');
  });

  it('falls back to the tag as given for unknown or malformed tags and invalid languages', () => {
    expect(languageName('xx', 'en')).toBe('xx');
    expect(languageName('not a tag', 'en')).toBe('not a tag');
    expect(languageName('fil', 'not a tag')).toBe('fil');
  });
});
