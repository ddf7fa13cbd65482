import { UI_LANGUAGES, type Labels, type UiLanguage } from './languages.js';
import { REGIONS } from './regions.js';
import { VOCABULARIES, type VocabularyName } from './terms.js';

// The label objects of VOCABULARIES and REGIONS hold English in every language until a language is registered
// here, which writes its labels into those same objects: termLabel, regionLabel and every reader of the two
// tables see them at once, with no second lookup and no change to their types.

/** A UI language whose vocabulary labels are registered apart from English: 'fr', 'es', 'pt', 'id'… */
export type VocabularyLanguage = Exclude<UiLanguage, 'en'>;

/**
 * The labels of one language for the built-in vocabularies and the M49 regions, as text: a line naming a
 * vocabulary (a {@link VocabularyName}, or `regions`), then one `key|label` line per term (slug) or region
 * (M49 code) of it. A term left out keeps its English label.
 * @example 'resourceTypes\nreport|Rapport\nguide|Guide\nregions\n011|Afrique de l’Ouest'
 */
export type VocabularyLabels = string;

let version = 0;

/**
 * Registers the labels of a language; from then on termLabel, regionLabel, VOCABULARIES and REGIONS give them.
 * Only needed with '@asm-kit/schema/core': the main entry '@asm-kit/schema' registers every language of
 * UI_LANGUAGES itself. Registering a language again overwrites its labels. Throws on a vocabulary, term or
 * region the package does not have, naming it.
 * @example
 * import { registerVocabularyLabels } from '@asm-kit/schema/core';
 * import { labels } from '@asm-kit/schema/labels/fr';
 * registerVocabularyLabels('fr', labels);
 */
export function registerVocabularyLabels(language: VocabularyLanguage, labels: VocabularyLabels): void {
  const languages: readonly string[] = UI_LANGUAGES.slice(1);
  if (!languages.includes(language))
    throw new Error(`registerVocabularyLabels: '${language}' is not one of ${languages.join(', ')}`);
  let section: string | undefined;
  for (const line of labels.trim().split('\n')) {
    const bar = line.indexOf('|');
    if (bar < 0) {
      section = line.trim();
      continue;
    }
    const key = line.slice(0, bar);
    const entry = labelsOf(section, key);
    if (!entry)
      throw new Error(`registerVocabularyLabels: no '${key}' in ${section ?? '(no vocabulary named)'}`);
    entry[language] = line.slice(bar + 1);
  }
  version++;
}

/** The labels object of a term or region, to write into; undefined for anything unknown. */
function labelsOf(section: string | undefined, key: string): Record<UiLanguage, string> | undefined {
  let found: Labels | undefined;
  if (section === 'regions') found = Object.hasOwn(REGIONS, key) ? REGIONS[key]!.labels : undefined;
  else if (section !== undefined && Object.hasOwn(VOCABULARIES, section)) {
    const terms = VOCABULARIES[section as VocabularyName];
    found = Object.hasOwn(terms, key) ? terms[key] : undefined;
  }
  return found as Record<UiLanguage, string> | undefined;
}

/**
 * A number that changes each time labels are registered, for caches of labels (or of an order by label) to
 * key on, so that none keeps English once the labels of a language have arrived.
 */
export function vocabularyLabelsVersion(): number {
  return version;
}
