import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { escapeBibTeX, toBibTeX } from './bibtex.js';
import { ARTICLE, CORPORATE, RESOURCES, UNDATED_VIDEO } from './testing/resources.js';

describe('toBibTeX', () => {
  it('is read back by a BibTeX parser without errors, one entry per language version', () => {
    const library = parse(toBibTeX(RESOURCES), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => [entry.type, entry.key])).toEqual([
      ['techreport', 'mercury-guidance_en'],
      ['techreport', 'mercury-guidance_fr'],
      ['article', 'gomez-formalization'],
      ['misc', 'retort-video'],
    ]);
  });

  it('keeps a corporate author whole, and accents and special characters in titles', () => {
    const [english, french] = parse(toBibTeX(CORPORATE), { sentenceCase: false }).entries;
    expect(english?.fields.author).toEqual([{ name: 'Alliance for Responsible Mining' }]);
    expect(english?.fields.title).toBe(
      'Reducing Mercury Use in ASGM: A Practical Guide & Toolkit (100% free)',
    );
    expect(french?.fields.title).toBe('Réduire l’utilisation du mercure dans l’EMAPE : guide pratique');
    expect(english?.fields.year).toBe('2019');
    expect(english?.fields.date).toBeUndefined();
    expect(english?.fields.institution).toEqual(['United Nations Environment Programme']);
    expect(english?.fields.keywords).toEqual(expect.arrayContaining(['C_3 & #tags']));
    expect(english?.fields.doi).toBe('10.1234/asm.2019.001');
  });

  it('writes people as family, given with their particles and the full date', () => {
    const [entry] = parse(toBibTeX(ARTICLE), { sentenceCase: false }).entries;
    expect(entry?.fields.author).toEqual([
      { lastName: 'Gómez', firstName: 'Kamila' },
      expect.objectContaining({ lastName: 'Berg', firstName: 'Jan', prefix: 'van der' }),
      { lastName: 'Racionero Gómez', firstName: 'Blanca' },
    ]);
    expect(entry?.fields.date).toBe('2021-03-15');
    expect(entry?.fields.journal).toBe('Revista de Minería');
    expect(entry?.fields.pages).toBe('45–67');
    expect(entry?.fields.langid).toBe('spanish');
  });

  it('keeps entry keys stable from one export to the next', () => {
    expect(toBibTeX(UNDATED_VIDEO)).toBe(toBibTeX(UNDATED_VIDEO));
    expect(toBibTeX(UNDATED_VIDEO)).toMatch(/^@misc\{retort-video,\n/);
    expect(toBibTeX(UNDATED_VIDEO)).not.toMatch(/year/);
  });
});

describe('escapeBibTeX', () => {
  it('escapes every TeX special character', () => {
    expect(escapeBibTeX('50% of $ & #1_a {b} ~ ^ \\')).toBe(
      '50\\% of \\$ \\& \\#1\\_a \\{b\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
});
