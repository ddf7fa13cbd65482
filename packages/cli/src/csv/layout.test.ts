import { describe, expect, it } from 'vitest';
import { columnName } from './columns.js';
import { parseColumn, parseHeader } from './header.js';
import { rowToInput } from './rows.js';
import { applyMetaRow } from './settings.js';
import { LayoutBuilder, resourceToCells } from './write.js';
import { minimalResource } from '@asm-kit/schema/testing';

describe('parseColumn', () => {
  it('reads fixed, localized, numbered and file columns, ignoring the case of field names', () => {
    expect(parseColumn('KnowledgeAreas')).toEqual({ kind: 'list', path: 'knowledgeAreas' });
    expect(parseColumn('title.pt-br')).toEqual({ kind: 'localized', field: 'title', language: 'pt-BR' });
    expect(parseColumn('authors.2.orcid')).toEqual({ kind: 'author', index: 2, prop: 'orcid' });
    expect(parseColumn('organizations.1.role')).toEqual({ kind: 'organization', index: 1, prop: 'role' });
    expect(parseColumn('file.fr.size')).toEqual({ kind: 'file', slot: 1, language: 'fr', prop: 'size' });
    expect(parseColumn('file2.en.url')).toEqual({ kind: 'file', slot: 2, language: 'en', prop: 'url' });
  });

  it('explains an unknown column with the closest known one', () => {
    expect(parseColumn('knowledgeArea')).toMatch(
      /'knowledgeArea' is not a column .* Did you mean 'knowledgeAreas'\?/,
    );
    expect(parseColumn('title.english')).toMatch(/not a language tag/);
  });
});

describe('parseHeader', () => {
  it('reports missing required columns and duplicates', () => {
    const { problems } = parseHeader(['id', 'title.en', 'title.en']);
    expect(problems.map((problem) => problem.message)).toEqual([
      "Column 'title.en' appears twice (columns 2 and 3).",
      "The required column 'type' is missing from the header row.",
    ]);
  });

  it('accepts a trailing empty header cell left by a trailing delimiter', () => {
    expect(parseHeader(['id', 'type', 'title.en', '']).problems).toEqual([]);
  });
});

describe('rowToInput', () => {
  const { columns } = parseHeader([
    'id',
    'type',
    'title',
    'title.fr',
    'languages',
    'authors.2.name',
    'authors.1.name',
    'file.fr.url',
    'file.en.url',
    'file.en.size',
    'series.name',
  ]);

  it('builds the resource input: lists split, text by language, numbered people in order, files by language', () => {
    const row = rowToInput(
      [
        'guide-1',
        'guide',
        'Guide',
        'Le guide',
        'en | fr',
        'Bea',
        'Ann',
        'https://x.org/fr.pdf',
        'https://x.org/en.pdf',
        '1200',
        'Notes',
      ],
      columns,
      'en',
    );
    expect(row.input).toEqual({
      id: 'guide-1',
      type: 'guide',
      title: { en: 'Guide', fr: 'Le guide' },
      languages: ['en', 'fr'],
      authors: [{ name: 'Ann' }, { name: 'Bea' }],
      files: [
        { language: 'en', url: 'https://x.org/en.pdf', size: 1200 },
        { language: 'fr', url: 'https://x.org/fr.pdf' },
      ],
      series: { name: 'Notes' },
    });
    expect(row.columnOf(['files', 1, 'url'])).toBe('file.fr.url');
    expect(row.columnOf(['authors', 0, 'name'])).toBe('authors.1.name');
    expect(row.columnOf(['languages', 1])).toBe('languages');
    expect(row.columnOf(['title', 'fr'])).toBe('title.fr');
  });

  it('leaves empty cells out and passes a non-number size on for the schema to report', () => {
    const row = rowToInput(['x', 'report', 'T', '', '', '', '', '', '', '1.2 MB', ''], columns, 'en');
    expect(row.input).toEqual({
      id: 'x',
      type: 'report',
      title: { en: 'T' },
      files: [{ language: 'en', size: '1.2 MB' }],
    });
  });
});

describe('LayoutBuilder and resourceToCells', () => {
  const resource = minimalResource({
    id: 'a',
    type: 'report',
    title: { fr: 'Titre', en: 'Title' },
    knowledgeAreas: ['gender'],
    languages: ['en'],
    files: [
      { url: 'https://x.org/1.pdf', language: 'en' },
      { url: 'https://x.org/2.pdf', language: 'en', pages: 3 },
    ],
    authors: [{ name: 'Ann', orcid: '0000-0002-1825-0097' }],
  });

  it('puts the default language first and numbers second files in a language', () => {
    const layout = new LayoutBuilder(['en']);
    layout.add(resource);
    const names = layout.columns().map(columnName);
    expect(names.slice(0, 4)).toEqual(['id', 'type', 'title.en', 'title.fr']);
    expect(names).toContain('authors.1.orcid');
    expect(names).not.toContain('authors.1.affiliation');
    expect(names).toContain('file2.en.pages');
    const cells = resourceToCells(resource, layout.columns());
    expect(cells[names.indexOf('file2.en.url')]).toBe('https://x.org/2.pdf');
    expect(cells[names.indexOf('knowledgeAreas')]).toBe('gender');
  });
});

describe('applyMetaRow', () => {
  it('reads catalogue settings and explains unknown ones', () => {
    const meta: Record<string, unknown> = {};
    expect(applyMetaRow(meta, '#name.fr', 'Bibliothèque')).toBeUndefined();
    expect(applyMetaRow(meta, '#extraTerms.knowledgeAreas.cooperatives.en', 'Cooperatives')).toBeUndefined();
    expect(meta).toEqual({
      name: { fr: 'Bibliothèque' },
      extraTerms: { knowledgeAreas: { cooperatives: { en: 'Cooperatives' } } },
    });
    expect(applyMetaRow(meta, '#publsher', 'X')).toMatch(/Did you mean '#publisher'\?/);
  });
});
