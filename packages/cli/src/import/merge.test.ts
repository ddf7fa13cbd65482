import { describe, expect, it } from 'vitest';
import { slugify } from './build.js';
import { findMatch, mergeInto, normalizeUrl } from './merge.js';

describe('findMatch', () => {
  const catalogue = [
    { id: 'a', title: 'Alpha', published: '2020', identifiers: { doi: '10.1000/ABC' } },
    { id: 'b', title: { en: 'Beta' }, url: 'https://www.example.org/beta/' },
    { id: 'c', title: { fr: 'Économie de l’or' }, published: '2019-04' },
  ];

  it('matches by DOI first, whatever its case', () => {
    expect(
      findMatch({ title: { en: 'x' }, type: 'report', identifiers: { doi: '10.1000/abc' } }, catalogue),
    ).toEqual({
      index: 0,
      reason: 'DOI',
    });
  });

  it('then by normalized URL', () => {
    expect(
      findMatch({ title: { en: 'x' }, type: 'report', url: 'http://example.org/beta' }, catalogue),
    ).toEqual({
      index: 1,
      reason: 'URL',
    });
  });

  it('then by folded title and year', () => {
    expect(
      findMatch({ title: { en: 'ECONOMIE DE L’OR' }, type: 'report', published: '2019' }, catalogue)?.index,
    ).toBe(2);
    expect(
      findMatch({ title: { en: 'Economie de l’or' }, type: 'report', published: '2018' }, catalogue),
    ).toBeUndefined();
  });

  it('compares URLs without scheme, www, fragment or trailing slash', () => {
    expect(normalizeUrl('HTTPS://www.Example.org/a/#top')).toBe('example.org/a');
  });
});

describe('mergeInto', () => {
  it('keeps existing values, fills missing fields and unions lists', () => {
    const target: Record<string, unknown> = {
      id: 'a',
      title: 'Alpha',
      type: 'guide',
      keywords: ['gold'],
      authors: [{ name: 'Ana Pérez' }],
      identifiers: { doi: '10.1000/1' },
    };
    const changed = mergeInto(
      target,
      {
        title: { en: 'Other', fr: 'Alpha fr' },
        type: 'report',
        keywords: ['Gold', 'mercury'],
        authors: [{ name: 'ana pérez' }, { name: 'Jan Berg' }],
        identifiers: { doi: '10.1000/2', isbn: ['978-3-16-148410-0'] },
        published: '2020',
      },
      'en',
    );
    expect(target).toEqual({
      id: 'a',
      title: 'Alpha',
      type: 'guide',
      keywords: ['gold', 'mercury'],
      authors: [{ name: 'Ana Pérez' }, { name: 'Jan Berg' }],
      identifiers: { doi: '10.1000/1', isbn: ['978-3-16-148410-0'] },
      published: '2020',
    });
    expect(changed).toEqual(['keywords', 'authors', 'identifiers', 'published']);
  });

  it('adds the languages of another language version when asked', () => {
    const target: Record<string, unknown> = { title: 'Alpha', type: 'guide' };
    mergeInto(target, { title: { fr: 'Alpha fr' }, type: 'guide', languages: ['fr'] }, 'en', {
      addLanguages: true,
    });
    expect(target).toMatchObject({ title: { en: 'Alpha', fr: 'Alpha fr' }, languages: ['fr'] });
  });
});

describe('slugify', () => {
  it('makes a slug of the title and year, accents dropped, cut at a word', () => {
    expect(slugify('Évaluation rapide: le mercure & l’or', '2019', 1)).toBe(
      'evaluation-rapide-le-mercure-l-or-2019',
    );
    expect(slugify('a '.repeat(50) + 'end', undefined, 1).length).toBeLessThanOrEqual(60);
    expect(slugify('金矿', undefined, 7)).toBe('record-7');
  });
});
