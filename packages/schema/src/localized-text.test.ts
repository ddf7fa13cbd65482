import { describe, expect, it } from 'vitest';
import { localizedTextSchema, pickLocalized, toLocalizedText } from './localized-text.js';

describe('localizedTextSchema', () => {
  const schema = localizedTextSchema('fr');

  it('puts a plain string under the default language', () => {
    expect(schema.parse('Guide du mercure')).toEqual({ fr: 'Guide du mercure' });
  });

  it('keeps an object of language tag -> text, with tags in canonical case', () => {
    expect(schema.parse({ en: 'Guide', 'pt-br': 'Guia' })).toEqual({ en: 'Guide', 'pt-BR': 'Guia' });
  });

  it.each([
    ['an empty string', ''],
    ['only spaces', '   '],
    ['an empty object', {}],
    ['an empty text in one language', { en: 'Guide', fr: '' }],
    ['a key that is not a language tag', { english: 'Guide' }],
    ['a number', 42],
    ['a list', ['Guide']],
    ['null', null],
  ])('rejects %s', (_, input) => {
    expect(schema.safeParse(input).success).toBe(false);
  });

  it('never lets a __proto__ key reach Object.prototype', () => {
    const parsed = schema.safeParse(JSON.parse('{"__proto__": {"polluted": "yes"}, "en": "Guide"}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (parsed.success) expect(Object.getPrototypeOf(parsed.data)).toBe(Object.prototype);
  });
});

describe('toLocalizedText', () => {
  it('returns a fresh object, not the input', () => {
    const input = { en: 'Guide' };
    expect(toLocalizedText(input, 'en')).not.toBe(input);
  });
});

describe('pickLocalized', () => {
  const text = { en: 'Mercury guide', fr: 'Guide du mercure', 'pt-BR': 'Guia do mercúrio' };

  it('picks the exact tag first', () => {
    expect(pickLocalized(text, ['fr'])).toEqual({ language: 'fr', value: 'Guide du mercure' });
  });

  it('falls back to the primary subtag of a regional tag', () => {
    expect(pickLocalized(text, ['fr-CA'])).toEqual({ language: 'fr', value: 'Guide du mercure' });
  });

  it('finds a regional text from a bare language tag', () => {
    expect(pickLocalized(text, ['pt'])).toEqual({ language: 'pt-BR', value: 'Guia do mercúrio' });
  });

  it('compares tags without regard to case', () => {
    expect(pickLocalized(text, ['PT-br'])).toEqual({ language: 'pt-BR', value: 'Guia do mercúrio' });
  });

  it('tries the languages in order and takes the first one the text has', () => {
    expect(pickLocalized(text, ['es', 'de', 'fr', 'en'])).toEqual({
      language: 'fr',
      value: 'Guide du mercure',
    });
  });

  it('falls back to the first entry when no language matches', () => {
    expect(pickLocalized({ es: 'Guía', en: 'Guide' }, ['de'])).toEqual({ language: 'es', value: 'Guía' });
  });

  it('returns an empty value for an empty text rather than throwing', () => {
    expect(pickLocalized({}, ['en'])).toEqual({ language: '', value: '' });
  });
});
