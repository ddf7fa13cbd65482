import { describe, expect, it } from 'vitest';
// The package's main entry registers the French, Spanish and Portuguese labels these tests read.
import '../index.js';
import { UI_LANGUAGES } from './languages.js';
import {
  ACCESS_LEVELS,
  AUDIENCES,
  COMMODITIES,
  KNOWLEDGE_AREAS,
  ORGANIZATION_ROLES,
  RESOURCE_TYPES,
  VOCABULARIES,
  termLabel,
  type ExtraTerms,
  type VocabularyName,
} from './terms.js';

const SLUGS: Record<VocabularyName, readonly string[]> = {
  resourceTypes: RESOURCE_TYPES,
  knowledgeAreas: KNOWLEDGE_AREAS,
  commodities: COMMODITIES,
  audiences: AUDIENCES,
  accessLevels: ACCESS_LEVELS,
  organizationRoles: ORGANIZATION_ROLES,
};
const NAMES = Object.keys(SLUGS) as VocabularyName[];

describe('vocabularies', () => {
  it('hold the slugs of the domain model', () => {
    expect(RESOURCE_TYPES).toHaveLength(23);
    expect(KNOWLEDGE_AREAS).toHaveLength(14);
    expect(COMMODITIES).toEqual(['gold', 'diamonds', 'coloured-gemstones', '3t', 'cobalt', 'other']);
    expect(AUDIENCES).toEqual(['miners', 'government', 'industry', 'ngos', 'researchers', 'media', 'donors']);
    expect(ACCESS_LEVELS).toEqual(['open', 'registration', 'paywalled']);
    expect(ORGANIZATION_ROLES).toEqual(['author', 'publisher', 'funder', 'implementer']);
  });

  it.each(NAMES)('%s uses lower-case kebab-case slugs, each once', (name) => {
    const slugs = SLUGS[name];
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it.each(NAMES)('%s labels exactly its slugs, in the same order', (name) => {
    expect(Object.keys(VOCABULARIES[name])).toEqual(SLUGS[name]);
  });

  it.each(NAMES)('%s has a non-empty, trimmed label for every term in every UI language', (name) => {
    for (const labels of Object.values(VOCABULARIES[name])) {
      expect(Object.keys(labels).sort()).toEqual([...UI_LANGUAGES].sort());
      for (const language of UI_LANGUAGES) {
        expect(labels[language]).not.toBe('');
        expect(labels[language]).toBe(labels[language].trim());
      }
    }
  });

  it.each(NAMES)('%s never gives two terms the same label in one language', (name) => {
    for (const language of UI_LANGUAGES) {
      const labels = Object.values(VOCABULARIES[name]).map((term) => term[language].toLowerCase());
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it.each(NAMES)('%s writes labels in sentence case (acronyms aside)', (name) => {
    for (const labels of Object.values(VOCABULARIES[name])) {
      for (const label of Object.values(labels)) {
        const [first = '', ...rest] = label.split(' ');
        expect(first[0]).toBe(first[0]?.toUpperCase());
        // Later words start lower case unless they are acronyms: NGOs, ONG, (3T).
        for (const word of rest) expect(word, label).toMatch(/^(\p{Ll}|\(?[A-Z0-9]{2,}s?\)?$)/u);
      }
    }
  });

  it('uses typographic apostrophes in French labels', () => {
    for (const vocabulary of Object.values(VOCABULARIES)) {
      for (const labels of Object.values(vocabulary)) expect(labels.fr).not.toContain("'");
    }
  });

  it('labels knowledge areas as a translator in the field would', () => {
    expect(VOCABULARIES.knowledgeAreas['formalization']).toEqual({
      en: 'Formalization',
      fr: 'Formalisation',
      es: 'Formalización',
      pt: 'Formalização',
      id: 'Formalisasi',
    });
    expect(VOCABULARIES.knowledgeAreas['occupational-health-safety']).toEqual({
      en: 'Occupational health and safety',
      fr: 'Santé et sécurité au travail',
      es: 'Seguridad y salud ocupacional',
      pt: 'Saúde e segurança ocupacional',
      id: 'Keselamatan dan kesehatan kerja',
    });
    expect(VOCABULARIES.knowledgeAreas['mercury-free-technology']?.fr).toBe('Technologies sans mercure');
    expect(VOCABULARIES.knowledgeAreas['livelihoods']?.es).toBe('Medios de vida');
    expect(VOCABULARIES.knowledgeAreas['mercury-free-technology']?.id).toBe('Teknologi bebas merkuri');
  });

  it('labels other vocabularies with accents and the usual terms', () => {
    expect(VOCABULARIES.resourceTypes['case-study']?.fr).toBe('Étude de cas');
    expect(VOCABULARIES.resourceTypes['policy-brief']?.en).toBe('Policy brief');
    expect(VOCABULARIES.resourceTypes['training-material']?.pt).toBe('Material de capacitação');
    expect(VOCABULARIES.commodities['3t']?.es).toBe('Estaño, tantalio y tungsteno (3T)');
    expect(VOCABULARIES.audiences['ngos']?.fr).toBe('ONG et projets');
    expect(VOCABULARIES.accessLevels['open']?.es).toBe('Acceso abierto');
    expect(VOCABULARIES.organizationRoles['implementer']?.fr).toBe('Organisme de mise en œuvre');
  });
});

describe('termLabel', () => {
  it('gives the label in a UI language', () => {
    expect(termLabel('knowledgeAreas', 'formalization', 'es')).toBe('Formalización');
    expect(termLabel('resourceTypes', 'report', 'pt')).toBe('Relatório');
  });

  it('uses the primary subtag of a regional tag, in any case', () => {
    expect(termLabel('knowledgeAreas', 'formalization', 'fr-CA')).toBe('Formalisation');
    expect(termLabel('knowledgeAreas', 'formalization', 'pt-BR')).toBe('Formalização');
    expect(termLabel('knowledgeAreas', 'gender', 'ES-419')).toBe('Género');
  });

  it('falls back to English for a language without labels', () => {
    expect(termLabel('knowledgeAreas', 'formalization', 'de')).toBe('Formalization');
    expect(termLabel('audiences', 'donors', '')).toBe('Donors');
  });

  it('falls back to the slug for an unknown term', () => {
    expect(termLabel('resourceTypes', 'podcast', 'fr')).toBe('podcast');
    expect(termLabel('commodities', 'lithium', 'en')).toBe('lithium');
  });

  it('does not mistake inherited object keys for terms', () => {
    expect(termLabel('resourceTypes', 'constructor', 'en')).toBe('constructor');
    expect(termLabel('knowledgeAreas', '__proto__', 'en', { knowledgeAreas: {} })).toBe('__proto__');
  });

  describe('with extra terms', () => {
    const extra: ExtraTerms = {
      knowledgeAreas: {
        'child-labour': {
          en: 'Child labour',
          fr: 'Travail des enfants',
          'fr-CA': 'Travail des enfants (Canada)',
        },
        'land-rights': { 'es-419': 'Derechos sobre la tierra', pt: 'Direitos fundiários' },
        'artisanal-salt': { sw: 'Chumvi' },
      },
      resourceTypes: { podcast: { EN: 'Podcast', es: 'Pódcast' } },
    };

    it('prefers the label of the exact tag', () => {
      expect(termLabel('knowledgeAreas', 'child-labour', 'fr-CA', extra)).toBe(
        'Travail des enfants (Canada)',
      );
      expect(termLabel('knowledgeAreas', 'child-labour', 'fr-ca', extra)).toBe(
        'Travail des enfants (Canada)',
      );
    });

    it('then the label of the primary subtag, plain tag first', () => {
      expect(termLabel('knowledgeAreas', 'child-labour', 'fr-BE', extra)).toBe('Travail des enfants');
      expect(termLabel('knowledgeAreas', 'land-rights', 'es', extra)).toBe('Derechos sobre la tierra');
      expect(termLabel('knowledgeAreas', 'land-rights', 'pt-BR', extra)).toBe('Direitos fundiários');
    });

    it('then the English label, whatever the case of its tag', () => {
      expect(termLabel('knowledgeAreas', 'child-labour', 'es', extra)).toBe('Child labour');
      expect(termLabel('resourceTypes', 'podcast', 'fr', extra)).toBe('Podcast');
    });

    it('then the first label the catalogue gave', () => {
      expect(termLabel('knowledgeAreas', 'land-rights', 'fr', extra)).toBe('Derechos sobre la tierra');
      expect(termLabel('knowledgeAreas', 'artisanal-salt', 'en', extra)).toBe('Chumvi');
    });

    it('then the slug, when the term has no usable label', () => {
      const empty: ExtraTerms = { knowledgeAreas: { blank: { en: '  ' }, none: {} } };
      expect(termLabel('knowledgeAreas', 'blank', 'en', empty)).toBe('blank');
      expect(termLabel('knowledgeAreas', 'none', 'en', empty)).toBe('none');
      expect(termLabel('knowledgeAreas', 'missing', 'en', extra)).toBe('missing');
    });

    it('ignores malformed extra terms instead of throwing', () => {
      const malformed = { knowledgeAreas: { odd: 'Odd', nil: null } } as unknown as ExtraTerms;
      expect(termLabel('knowledgeAreas', 'odd', 'en', malformed)).toBe('odd');
      expect(termLabel('knowledgeAreas', 'nil', 'en', malformed)).toBe('nil');
    });

    it('keeps the built-in label when an extra term reuses a built-in slug', () => {
      const clash: ExtraTerms = { knowledgeAreas: { gender: { en: 'Women in mining' } } };
      expect(termLabel('knowledgeAreas', 'gender', 'en', clash)).toBe('Gender');
    });

    it('looks extra terms up in their own vocabulary only', () => {
      expect(termLabel('resourceTypes', 'child-labour', 'en', extra)).toBe('child-labour');
      expect(termLabel('commodities', 'podcast', 'en', extra)).toBe('podcast');
    });
  });
});
