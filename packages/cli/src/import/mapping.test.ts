import { describe, expect, it } from 'vitest';
import { fold } from './draft.js';
import { resourceType } from './guess-type.js';
import { normalizeLanguage } from './guess-language.js';
import { classifyKeywords } from './keywords.js';
import { mapRecord } from './mapping.js';
import { catalogueName, normalizeDate, normalizeDoi, splitIsbns } from './values.js';
import { emptyRecord } from './record.js';

describe('normalizeLanguage', () => {
  it.each([
    ['english', 'en'],
    ['brazilian', 'pt-BR'],
    ['eng', 'en'],
    ['fre', 'fr'],
    ['spa', 'es'],
    ['en_us', 'en-US'],
    ['PT-br', 'pt-BR'],
    ['fil', 'fil'],
    ['Français', 'fr'],
    ['Spanish', 'es'],
    ['espagnol', 'es'],
  ])('reads %s as %s', (written, tag) => {
    expect(normalizeLanguage(written)).toBe(tag);
  });

  it('gives undefined for what is not a language', () => {
    expect(normalizeLanguage('xx-unknown-lang')).toBeUndefined();
    expect(normalizeLanguage('Klingonese')).toBeUndefined();
  });
});

describe('normalizeDate', () => {
  it.each([
    [[2019], '2019'],
    [[2019, 5], '2019-05'],
    [[2019, 5, 3], '2019-05-03'],
    ['2019', '2019'],
    ['2019/05//', '2019-05'],
    ['2019/05/03/', '2019-05-03'],
    ['2019-05-03T10:00:00Z', '2019-05-03'],
    ['may 2021', '2021-05'],
    ['3 March 2020', '2020-03-03'],
    ['2019-02-30', '2019-02'],
  ] as const)('reads %j as %s', (written, date) => {
    expect(normalizeDate(written as string | number[])).toEqual({ date, exact: true });
  });

  it('picks a year out of free text, saying it did', () => {
    expect(normalizeDate('Spring 2021')).toEqual({ date: '2021', exact: false });
    expect(normalizeDate('c2019')).toEqual({ date: '2019', exact: false });
    expect(normalizeDate('n.d.')).toBeUndefined();
  });
});

describe('catalogueName', () => {
  it('writes a name the way the crosswalk splits it back', () => {
    expect(catalogueName({ family: 'Gómez', given: 'Kamila' })).toBe('Kamila Gómez');
    expect(catalogueName({ family: 'Berg', particle: 'van der', given: 'Jan' })).toBe('Jan van der Berg');
    expect(catalogueName({ family: 'de la Cruz', given: 'Ana María' })).toBe('Ana María de la Cruz');
  });

  it('uses the comma form when the plain form would split differently', () => {
    expect(catalogueName({ family: 'Racionero Gómez', given: 'Blanca' })).toBe('Racionero Gómez, Blanca');
  });

  it('keeps a name given whole', () => {
    expect(catalogueName({ name: 'Telmer, Kevin' })).toBe('Telmer, Kevin');
  });
});

describe('resourceType', () => {
  it('prefers a genre that names a resource type, in any UI language', () => {
    expect(resourceType({ cslType: 'report', genre: 'Policy brief' })).toEqual({
      type: 'policy-brief',
      guessed: true,
    });
    expect(resourceType({ cslType: 'report', genre: "Note d'orientation" }).type).toBe('policy-brief');
    expect(resourceType({ cslType: 'document', genre: 'Toolkit' }).type).toBe('toolkit');
  });

  it('inverts the crosswalk’s CSL types', () => {
    expect(resourceType({ cslType: 'article-journal' }).type).toBe('academic-article');
    expect(resourceType({ cslType: 'chapter' }).type).toBe('book-chapter');
    expect(resourceType({ cslType: 'motion_picture' }).type).toBe('video');
    expect(resourceType({ cslType: 'software' }).type).toBe('tool');
  });

  it('falls back to report, saying nothing was guessed', () => {
    expect(resourceType({ cslType: 'entry-encyclopedia' })).toEqual({ type: 'report', guessed: false });
  });
});

describe('classifyKeywords', () => {
  it('turns area labels and the mapping file’s keywords into areas, country names into countries', () => {
    const areas = new Map([[fold('Retorts'), 'mercury-reduction']]);
    expect(
      classifyKeywords(
        ['Gender', 'Formalização', 'retorts', 'Ghana', 'Côte d’Ivoire', 'gold', 'Gold'],
        areas,
      ),
    ).toEqual({
      areas: ['gender', 'formalization', 'mercury-reduction'],
      countries: ['GH', 'CI'],
      keywords: ['gold'],
    });
  });
});

describe('identifiers', () => {
  it('strips DOI resolvers and refuses what is not a DOI', () => {
    expect(normalizeDoi('https://doi.org/10.4236/gep.2022.109009')).toBe('10.4236/gep.2022.109009');
    expect(normalizeDoi('doi: 10.1000/182')).toBe('10.1000/182');
    expect(normalizeDoi('not a doi')).toBeUndefined();
  });

  it('splits ISBN fields', () => {
    expect(splitIsbns('ISBN 978-92-1-158385-1 (pbk.), 92-1-158385-X')).toEqual([
      '978-92-1-158385-1',
      '92-1-158385-X',
    ]);
  });
});

describe('mapRecord', () => {
  it('skips a record without a title', () => {
    expect(mapRecord(emptyRecord(1), { defaultLanguage: 'en' })).toEqual({ skipped: 'it has no title' });
  });

  it('notes what it guessed and what it dropped', () => {
    const record = {
      ...emptyRecord(2),
      title: 'A title',
      sourceType: 'entry',
      languages: ['klingon'],
      editors: [{ family: 'Doe', given: 'Jane' }],
      people: [{ family: 'Roe', given: 'Rick' }],
      notes: ['License: CC-BY-4.0. Access: paywalled', 'Printed in Accra'],
      urls: ['ftp://example.org/a'],
    };
    const result = mapRecord(record, { defaultLanguage: 'fr' });
    if (!('draft' in result)) throw new Error('skipped');
    expect(result.draft.resource).toMatchObject({
      title: { fr: 'A title' },
      type: 'report',
      authors: [{ name: 'Rick Roe' }],
      license: 'CC-BY-4.0',
      access: 'paywalled',
    });
    expect(result.draft.attention).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/unknown language 'klingon'/),
        expect.stringMatching(/no type guessed from 'entry'/),
        expect.stringMatching(/no year/),
      ]),
    );
    expect(result.draft.dropped).toEqual(
      expect.arrayContaining([
        'editors (Jane Doe)',
        "note 'Printed in Accra'",
        "link 'ftp://example.org/a' (not an http(s) link)",
      ]),
    );
  });
});
