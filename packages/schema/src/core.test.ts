import { describe, expect, it } from 'vitest';
// Vitest gives each test file a module graph of its own, so nothing has registered labels here yet: this is what
// a browser build that aliases '@asm-kit/schema' to '@asm-kit/schema/core' sees before a language's chunk loads.
import {
  REGIONS,
  VOCABULARIES,
  regionLabel,
  registerVocabularyLabels,
  termLabel,
  vocabularyLabelsVersion,
  type VocabularyLanguage,
} from './core.js';
import { labels as fr } from './vocabularies/labels/fr.js';

describe('@asm-kit/schema/core', () => {
  it('answers in English for French until the French labels are registered', () => {
    expect(termLabel('resourceTypes', 'report', 'fr')).toBe('Report');
    expect(termLabel('knowledgeAreas', 'formalization', 'fr-CA')).toBe('Formalization');
    expect(regionLabel('011', 'fr')).toBe('Western Africa');
    expect(VOCABULARIES.commodities['gold']).toEqual({
      en: 'Gold',
      fr: 'Gold',
      es: 'Gold',
      pt: 'Gold',
      id: 'Gold',
    });
  });

  it('answers in French once the French labels are registered, and counts the registration', () => {
    const before = vocabularyLabelsVersion();
    registerVocabularyLabels('fr', fr);
    expect(vocabularyLabelsVersion()).toBe(before + 1);
    expect(termLabel('resourceTypes', 'report', 'fr')).toBe('Rapport');
    expect(termLabel('knowledgeAreas', 'formalization', 'fr-CA')).toBe('Formalisation');
    expect(termLabel('organizationRoles', 'implementer', 'fr')).toBe('Organisme de mise en œuvre');
    expect(regionLabel('011', 'fr')).toBe('Afrique de l’Ouest');
    expect(REGIONS['830']?.labels.fr).toBe('Îles Anglo-Normandes');
  });

  it('leaves the languages not registered in English', () => {
    expect(termLabel('resourceTypes', 'report', 'es')).toBe('Report');
    expect(regionLabel('011', 'pt-BR')).toBe('Western Africa');
    expect(termLabel('resourceTypes', 'report', 'en')).toBe('Report');
  });

  it('keeps the English label of a term a registration leaves out', () => {
    registerVocabularyLabels('pt', 'resourceTypes\nreport|Relatório');
    expect(termLabel('resourceTypes', 'report', 'pt')).toBe('Relatório');
    expect(termLabel('resourceTypes', 'guide', 'pt')).toBe('Guide');
  });

  it('rejects a term, region or vocabulary it does not have, naming it', () => {
    expect(() => registerVocabularyLabels('es', 'resourceTypes\npodcast|Pódcast')).toThrow(
      "registerVocabularyLabels: no 'podcast' in resourceTypes",
    );
    expect(() => registerVocabularyLabels('es', 'regions\n999|Nowhere')).toThrow("no '999' in regions");
    expect(() => registerVocabularyLabels('es', 'genres\nreport|Informe')).toThrow("no 'report' in genres");
    expect(() => registerVocabularyLabels('es', 'report|Informe')).toThrow(
      "no 'report' in (no vocabulary named)",
    );
    // Inherited keys are not terms.
    expect(() => registerVocabularyLabels('es', 'resourceTypes\nconstructor|x')).toThrow("no 'constructor'");
  });

  it('rejects English and languages without labels of their own', () => {
    expect(() => registerVocabularyLabels('en' as VocabularyLanguage, 'resourceTypes\nreport|R')).toThrow(
      "'en' is not one of fr, es, pt, id",
    );
    expect(() => registerVocabularyLabels('de' as VocabularyLanguage, '')).toThrow("'de' is not");
    expect(termLabel('resourceTypes', 'report', 'en')).toBe('Report');
  });
});
