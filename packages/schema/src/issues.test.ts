import { describe, expect, it } from 'vitest';
import { CatalogueError, formatIssue, formatPath, type CatalogueIssue } from './issues.js';

const issue: CatalogueIssue = {
  path: 'resources[12].countries[1]',
  segments: ['resources', 12, 'countries', 1],
  resourceId: 'gold-guide',
  code: 'invalid-country',
  message: "'XX' is not a known country code.",
  value: '"XX"',
};

describe('formatIssue', () => {
  it('writes path, id, message and value on one line', () => {
    expect(formatIssue(issue)).toBe(
      `resources[12].countries[1] (gold-guide): 'XX' is not a known country code. Got: "XX"`,
    );
  });

  it('names the catalogue for the root path and leaves out what is unknown', () => {
    expect(
      formatIssue({ path: '', segments: [], code: 'invalid-catalogue', message: 'Not a catalogue.' }),
    ).toBe('catalogue: Not a catalogue.');
  });

  it('never writes more than one line', () => {
    expect(formatIssue({ ...issue, message: 'two\nlines' })).not.toContain('\n');
  });
});

describe('formatPath', () => {
  it('writes indices in brackets and names with dots', () => {
    expect(formatPath(['resources', 12, 'countries', 1])).toBe('resources[12].countries[1]');
  });

  it('quotes keys that are not plain names, such as language tags', () => {
    expect(formatPath(['resources', 0, 'title', 'pt-BR'])).toBe('resources[0].title["pt-BR"]');
  });

  it('starts a bare list with its index', () => {
    expect(formatPath([3, 'id'])).toBe('[3].id');
  });
});

describe('CatalogueError', () => {
  it('keeps every issue and summarises the first three in its message', () => {
    const issues = Array.from({ length: 5 }, (_, index) => ({ ...issue, path: `resources[${index}]` }));
    const error = new CatalogueError(issues);
    expect(error.issues).toHaveLength(5);
    expect(error.name).toBe('CatalogueError');
    expect(error.message.split('\n')).toEqual([
      'The catalogue has 5 issues:',
      `  - resources[0] (gold-guide): 'XX' is not a known country code. Got: "XX"`,
      `  - resources[1] (gold-guide): 'XX' is not a known country code. Got: "XX"`,
      `  - resources[2] (gold-guide): 'XX' is not a known country code. Got: "XX"`,
      '  … and 2 more',
    ]);
  });

  it('speaks of one issue in the singular', () => {
    expect(new CatalogueError([issue]).message.split('\n')[0]).toBe('The catalogue has 1 issue:');
  });
});
