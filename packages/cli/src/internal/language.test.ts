import { describe, expect, it } from 'vitest';
import { canonicalTag, isLanguageTag } from './language.js';

describe('language tags, by the rules of @asm-kit/schema', () => {
  it('accepts well-formed BCP 47 tags and puts them in canonical case', () => {
    expect(canonicalTag('pt-br')).toBe('pt-BR');
    expect(canonicalTag('ZH-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalTag('es-419')).toBe('es-419');
    expect(isLanguageTag('fil')).toBe(true);
  });

  it('refuses what is not a tag, and keeps it as typed in canonicalTag', () => {
    for (const tag of ['english', 'en_US', '', 'e', 'en-']) expect(isLanguageTag(tag), tag).toBe(false);
    expect(canonicalTag('en_US')).toBe('en_US');
  });
});
