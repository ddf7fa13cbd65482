import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.js';
import { ARTICLE, CORPORATE, UNDATED_VIDEO } from './testing/resources.js';

describe('formatCitation', () => {
  it('cites a corporate author, the year, the title and the DOI in English', () => {
    expect(formatCitation(CORPORATE, 'en')).toBe(
      'Alliance for Responsible Mining. (2019). Reducing Mercury Use in ASGM: A Practical Guide & Toolkit (100% free) [Guide] (planetGOLD Technical Notes, No. 3). United Nations Environment Programme. https://doi.org/10.1234/asm.2019.001',
    );
  });

  it('cites the French version with French words when the UI is French', () => {
    const citation = formatCitation(CORPORATE, 'fr-CA');
    expect(citation).toContain('Réduire l’utilisation du mercure dans l’EMAPE : guide pratique');
    expect(citation).toContain('(planetGOLD Technical Notes, no 3)');
  });

  it('lists people with initials and cites a journal article', () => {
    expect(formatCitation(ARTICLE, 'es')).toBe(
      'Gómez, K., van der Berg, J. y Racionero Gómez, B. (2021). Formalización de la minería aurífera en Perú. Revista de Minería, 12(3), 45-67.',
    );
    expect(formatCitation(ARTICLE, 'en')).toContain(
      'Gómez, K., van der Berg, J., & Racionero Gómez, B. (2021).',
    );
  });

  it('joins two organizations without a comma and leaves out a series the title already names', () => {
    const resource = {
      ...CORPORATE,
      title: { en: 'Notes (planetGOLD Technical Notes No. 3)' },
      languages: ['en'],
      organizations: [
        { name: 'World Bank', role: 'author' as const },
        { name: 'Pact', role: 'author' as const },
      ],
      identifiers: {},
    };
    expect(formatCitation(resource, 'en')).toBe(
      'World Bank & Pact. (2019). Notes (planetGOLD Technical Notes No. 3) [Guide]. Retrieved from https://www.example.org/mercury-guidance',
    );
  });

  it('writes the no-date word and the retrieval phrase of each UI language', () => {
    expect(formatCitation(UNDATED_VIDEO, 'en')).toBe(
      'Como usar uma retorta [Video]. (n.d.). Retrieved from https://videos.example.org/retorta.mp4',
    );
    expect(formatCitation(UNDATED_VIDEO, 'fr')).toContain('(s.d.). Consulté sur https://');
    expect(formatCitation(UNDATED_VIDEO, 'es')).toContain('(s.f.). Recuperado de https://');
    expect(formatCitation(UNDATED_VIDEO, 'pt')).toContain('(s.d.). Disponível em https://');
    expect(formatCitation(UNDATED_VIDEO, 'id')).toContain('(t.t.). Diakses dari https://');
  });
});
