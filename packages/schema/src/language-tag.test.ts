import { describe, expect, it } from 'vitest';
import { languageTagSchema, isLanguageTag, normalizeLanguageTag } from './language-tag.js';

describe('isLanguageTag', () => {
  it.each([
    'en',
    'fr',
    'fil',
    'es-419',
    'pt-BR',
    'zh-Hant-TW',
    'sr-Latn-RS',
    'de-CH-1996',
    'en-US-x-twain',
    'sgn-ase',
    'en-x-custom',
  ])('accepts the well-formed tag %s', (tag) => expect(isLanguageTag(tag)).toBe(true));

  it.each(['', 'e', 'english', 'abcd', 'en_US', 'en-', '-en', 'en--US', 'en-U', '12', 'en US', 'fr-CA-'])(
    'rejects %j, which is not a BCP 47 tag',
    (tag) => expect(isLanguageTag(tag)).toBe(false),
  );

  it('fails fast on a huge string', () => {
    const started = performance.now();
    expect(isLanguageTag(`en${'-abc'.repeat(200_000)}!`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('normalizeLanguageTag', () => {
  it.each([
    ['PT-br', 'pt-BR'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['ES-419', 'es-419'],
    ['en-US-X-Twain', 'en-US-x-twain'],
    ['FIL', 'fil'],
  ])('writes %s as %s', (tag, expected) => expect(normalizeLanguageTag(tag)).toBe(expected));

  it('does not replace deprecated subtags, which the data owner chose', () => {
    expect(normalizeLanguageTag('iw')).toBe('iw');
  });
});

describe('languageTagSchema()', () => {
  it('normalises the case of the tags it accepts', () => {
    expect(languageTagSchema().parse('pt-br')).toBe('pt-BR');
  });

  it('rejects a tag with an underscore', () => {
    expect(languageTagSchema().safeParse('en_US').success).toBe(false);
  });
});
