import { isLanguageTag, normalizeLanguageTag, UI_LANGUAGES } from '@asm-kit/schema';
import { fold } from './draft.js';

// Languages of imported records: tags as sources write them ('en_us', 'eng') and names ('Français').

const LANGUAGE_WORDS: Readonly<Record<string, string>> = {
  // babel / polyglossia names (BibLaTeX langid)
  english: 'en',
  american: 'en-US',
  usenglish: 'en-US',
  british: 'en-GB',
  ukenglish: 'en-GB',
  french: 'fr',
  francais: 'fr',
  spanish: 'es',
  portuguese: 'pt',
  brazilian: 'pt-BR',
  brazil: 'pt-BR',
  indonesian: 'id',
  bahasa: 'id',
  dutch: 'nl',
  german: 'de',
  ngerman: 'de',
  italian: 'it',
  swahili: 'sw',
  russian: 'ru',
  arabic: 'ar',
  chinese: 'zh',
  mongolian: 'mn',
  filipino: 'fil',
  malagasy: 'mg',
  // ISO 639-2 (B and T) codes that library systems write
  eng: 'en',
  fre: 'fr',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ind: 'id',
  dut: 'nl',
  nld: 'nl',
  ger: 'de',
  deu: 'de',
  ita: 'it',
  swa: 'sw',
  rus: 'ru',
  ara: 'ar',
  chi: 'zh',
  zho: 'zh',
  mon: 'mn',
  mlg: 'mg',
};

let languageNames: Map<string, string> | undefined;

/** Folded names of the two-letter languages in the UI languages ('espagnol', 'spanish') -> code. */
function languageByName(name: string): string | undefined {
  if (!languageNames) {
    languageNames = new Map();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const display of UI_LANGUAGES) {
      const names = new Intl.DisplayNames(display, { type: 'language', fallback: 'none' });
      for (const a of letters)
        for (const b of letters) {
          const found = names.of(a + b);
          if (found && !languageNames.has(fold(found))) languageNames.set(fold(found), a + b);
        }
    }
  }
  return languageNames.get(fold(name));
}

/**
 * A BCP 47 tag for a language as a source writes it: 'english' and 'eng' -> 'en', 'en_us' -> 'en-US',
 * 'Français' -> 'fr'; undefined when it cannot tell.
 * @example normalizeLanguage('brazilian') // 'pt-BR'
 */
export function normalizeLanguage(value: string): string | undefined {
  const raw = value.trim().replace(/_/g, '-');
  const word = fold(raw);
  if (Object.hasOwn(LANGUAGE_WORDS, word)) return LANGUAGE_WORDS[word];
  // The schema's rules of a tag, and a primary language Intl can name (so 'xyz' is not taken for a language).
  if (isLanguageTag(raw)) {
    const canonical = normalizeLanguageTag(raw);
    const primary = canonical.split('-')[0] ?? '';
    try {
      if (new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(primary)) return canonical;
    } catch {
      // not a language Intl knows: try it as a name
    }
  }
  return languageByName(raw);
}
