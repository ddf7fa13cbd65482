import { describe, expect, it } from 'vitest';
import { regionLabel, termLabel, VOCABULARIES } from './index.js';

describe('@asm-kit/schema (the main entry)', () => {
  it('answers in French, Spanish, Portuguese and Indonesian from the first call, with nothing to register', () => {
    expect(termLabel('resourceTypes', 'report', 'fr')).toBe('Rapport');
    expect(termLabel('knowledgeAreas', 'data-monitoring', 'es')).toBe('Datos y monitoreo');
    expect(termLabel('accessLevels', 'registration', 'pt-BR')).toBe('Cadastro obrigatório');
    expect(regionLabel('011', 'fr')).toBe('Afrique de l’Ouest');
    expect(termLabel('knowledgeAreas', 'mercury-reduction', 'id-ID')).toBe('Pengurangan merkuri');
    expect(regionLabel('035', 'id')).toBe('Asia Tenggara');
    expect(VOCABULARIES.audiences['donors']).toEqual({
      en: 'Donors',
      fr: 'Bailleurs de fonds',
      es: 'Donantes',
      pt: 'Doadores',
      id: 'Lembaga donor',
    });
  });
});
