// Test resources shaped like real catalogue entries: a corporate author, accented names and titles, year-only
// dates, several language versions and the characters each format must escape.
import type { Resource } from '@asm-kit/schema';
import { minimalResource } from '@asm-kit/schema/testing';

/** A report by a corporate author only, published with a year, in English and French. */
export const CORPORATE = minimalResource({
  id: 'mercury-guidance',
  url: 'https://www.example.org/mercury-guidance',
  title: {
    en: 'Reducing Mercury Use in ASGM: A Practical Guide & Toolkit (100% free)',
    fr: 'Réduire l’utilisation du mercure dans l’EMAPE : guide pratique',
  },
  summary: { en: 'How miners cut mercury <safely>.', fr: 'Comment les mineurs réduisent le mercure.' },
  type: 'guide',
  knowledgeAreas: ['mercury-reduction'],
  keywords: ['retorts', 'C_3 & #tags'],
  languages: ['en', 'fr'],
  files: [
    {
      url: 'https://www.example.org/files/guide-en.pdf',
      language: 'en',
      format: 'pdf',
      size: 1_200_000,
      pages: 64,
    },
    { url: 'https://www.example.org/files/guide-fr.pdf', language: 'fr', format: 'pdf' },
  ],
  published: '2019',
  organizations: [
    { name: 'Alliance for Responsible Mining', role: 'author', url: 'https://www.responsiblemines.org' },
    { name: 'United Nations Environment Programme', role: 'publisher' },
    { name: 'Global Environment Facility', role: 'funder' },
  ],
  countries: ['CI', 'CO'],
  series: { name: 'planetGOLD Technical Notes', number: '3' },
  identifiers: { doi: '10.1234/asm.2019.001', isbn: ['978-3-16-148410-0'] },
  license: 'CC-BY-4.0',
  access: 'open',
});

/** A journal article by people with accents and particles, with a full date. */
export const ARTICLE = minimalResource({
  id: 'gomez-formalization',
  title: { es: 'Formalización de la minería aurífera en Perú' },
  summary: { es: 'Un análisis de la formalización.' },
  type: 'academic-article',
  knowledgeAreas: ['formalization', 'policy-governance'],
  languages: ['es'],
  published: '2021-03-15',
  authors: [
    { name: 'Kamila Gómez', affiliation: 'Universidad Nacional', orcid: '0000-0002-1825-0097' },
    { name: 'Jan van der Berg' },
    { name: 'Racionero Gómez, Blanca' },
  ],
  countries: ['PE'],
  container: { type: 'journal', title: 'Revista de Minería', volume: '12', issue: '3', pages: '45-67' },
  identifiers: {},
  access: 'paywalled',
});

/** A video without a date, an author or a landing page. */
export const UNDATED_VIDEO = minimalResource({
  id: 'retort-video',
  title: { pt: 'Como usar uma retorta' },
  type: 'video',
  languages: ['pt-BR'],
  files: [{ url: 'https://videos.example.org/retorta.mp4', language: 'pt-BR', format: 'mp4' }],
  duration: 'PT12M30S',
});

/** All test resources. */
export const RESOURCES: Resource[] = [CORPORATE, ARTICLE, UNDATED_VIDEO];
