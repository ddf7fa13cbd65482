import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCatalogue, checkResources } from './check.js';
import { describeProblem, describeProblems } from './messages.js';
import { parseCatalogue, parseResources } from './parse.js';
import type { ExtraTerms } from './vocabularies/index.js';

// checkCatalogue decides and describeProblems words: together they must be parseCatalogue, issue for issue,
// over the demo catalogue and broken copies of it.

const demo = JSON.parse(
  readFileSync(new URL('../../../fixtures/demo-catalogue.json', import.meta.url), 'utf8'),
) as { resources: Record<string, unknown>[] } & Record<string, unknown>;

/** Values close to the rules, wrongly typed or hostile, to put anywhere in a record. */
const value = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom<unknown>(
      '', ' ', 'XX', 'gh', 'Ghana', 'UK', 'english', 'pt-br', 'fr_CA', 'reprot', 'Case study', 'water', 'Gold',
      'javascript:alert(1)', 'www.example.org/a', '2023-02-29', '2021/03/15', '12:30', 'https://doi.org/10.1/x',
      '0000-0002-1825-0098', '978-3-16-148410-1', 'Mercury Guide', 'mercury-guide', '__proto__', 'x'.repeat(300),
      0, -1, 2.5, 1e21, true, null, [], [''], {}, { en: '' }, { english: 'Text' }, { name: 'A' },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
); // prettier-ignore

/** A demo record with up to three values inside it replaced or removed, or a field added. */
const record = fc
  .tuple(fc.nat(demo.resources.length - 1), fc.array(fc.tuple(fc.nat(), fc.option(value)), { maxLength: 3 }))
  .map(([index, changes]) => {
    const copy = structuredClone(demo.resources[index]) as Record<string, unknown>;
    for (const [pick, replacement] of changes) {
      const places: [Record<string | number, unknown>, string | number][] = [[copy, 'knowledgeArea']];
      const visit = (node: unknown): void => {
        if (node === null || typeof node !== 'object') return;
        for (const [key, child] of Object.entries(node)) {
          places.push([node as Record<string, unknown>, Array.isArray(node) ? Number(key) : key]);
          visit(child);
        }
      };
      visit(copy);
      const [parent, key] = places[pick % places.length]!;
      if (replacement === null && !Array.isArray(parent)) delete parent[key];
      else parent[key] = structuredClone(replacement); // a copy: the constants must stay as they are
    }
    return copy;
  });

const catalogue = fc.record(
  {
    schemaVersion: fc.constantFrom<unknown>('1.0', '2.0', 1),
    name: fc.oneof(fc.constant(demo.name), value),
    defaultLanguage: fc.oneof(fc.constantFrom('en', 'fr'), value),
    updated: fc.oneof(fc.constant('2024-06-30'), value),
    extraTerms: fc.oneof(
      fc.constantFrom<unknown>(
        { knowledgeAreas: { water: { en: 'Water' } } },
        { knowledgeAreas: { Water: { en: 'Water' } } },
        { topics: {} },
      ),
      value,
    ),
    resources: fc.oneof({ weight: 6, arbitrary: fc.array(record, { maxLength: 5 }) }, { weight: 1, arbitrary: value }),
    publisherr: value,
  },
  { requiredKeys: ['name', 'resources'] },
); // prettier-ignore

const options = fc.constantFrom<{ defaultLanguage?: string; extraTerms?: ExtraTerms }>(
  {},
  { defaultLanguage: 'fr' },
  { extraTerms: { resourceTypes: { podcast: { en: 'Podcast' } } } },
);

describe('checkCatalogue and describeProblems', () => {
  it('find nothing in the demo catalogue and return the catalogue parseCatalogue returns', () => {
    const { catalogue, problems } = checkCatalogue(demo);
    expect(problems).toEqual([]);
    expect(catalogue).toStrictEqual(parseCatalogue(demo).catalogue);
    expect(catalogue.resources).toHaveLength(42);
  });

  it("give parseCatalogue's catalogue and issues, issue for issue, for broken copies of the demo", () => {
    let described = 0;
    fc.assert(
      fc.property(
        fc.oneof({ weight: 9, arbitrary: catalogue }, { weight: 1, arbitrary: value }),
        options,
        (input, opts) => {
          const checked = checkCatalogue(input, opts);
          const parsed = parseCatalogue(input, opts);
          expect(checked.catalogue).toStrictEqual(parsed.catalogue);
          expect(describeProblems(checked.problems)).toStrictEqual(parsed.issues);
          described += checked.problems.length;
        },
      ),
      { numRuns: 3000 },
    );
    // The property is only worth something if the copies are broken in many ways.
    expect(described).toBeGreaterThan(3000);
  }, 60_000);

  it('give what parseResources gives for a bare list', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 9, arbitrary: fc.array(record, { maxLength: 4 }) },
          { weight: 1, arbitrary: value },
        ),
        (input) => {
          const checked = checkResources(input);
          const parsed = parseResources(input);
          expect(checked.resources).toStrictEqual(parsed.resources);
          expect(describeProblems(checked.problems)).toStrictEqual(parsed.issues);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('report problems with the path, id, code and value of the issue but no message', () => {
    const input = {
      name: 'Library',
      resources: [
        { id: 'gold-guide', title: 'Gold guide', type: 'guide', countries: ['GH', 'Ghana'] },
        { id: 'mercury-guide', title: 'Mercury guide', type: 'guide', knowledgeArea: ['gender'] },
        { id: 'mercury-guide', title: 'Copy', type: 'guide' },
      ],
    };
    const { catalogue, problems } = checkCatalogue(input);
    expect(catalogue.resources.map((resource) => resource.id)).toEqual(['mercury-guide']);
    expect(problems.map(({ detail: _detail, ...rest }) => rest)).toEqual([
      {
        path: 'resources[0].countries[1]',
        segments: ['resources', 0, 'countries', 1],
        resourceId: 'gold-guide',
        code: 'invalid-country',
        value: '"Ghana"',
      },
      {
        path: 'resources[1].knowledgeArea',
        segments: ['resources', 1, 'knowledgeArea'],
        resourceId: 'mercury-guide',
        code: 'unknown-field',
        value: '["gender"]',
      },
      {
        path: 'resources[2].id',
        segments: ['resources', 2, 'id'],
        resourceId: 'mercury-guide',
        code: 'duplicate-id',
        value: '"mercury-guide"',
      },
    ]);
    expect(JSON.stringify(problems.map(({ detail: _detail, ...rest }) => rest))).not.toMatch(/Did you mean/);
    expect(describeProblem(problems[0]!).message).toMatch(
      /^'Ghana' is not a valid country code\. Did you mean 'GH'\?/,
    );
  });

  it('never throw for data, only for a malformed option, as parseCatalogue', () => {
    expect(checkCatalogue('not a catalogue').problems.map((problem) => problem.code)).toEqual([
      'invalid-catalogue',
    ]);
    expect(checkResources({ resources: [] }).problems.map((problem) => problem.code)).toEqual([
      'invalid-type',
    ]);
    expect(() => checkCatalogue({ name: 'x', resources: [] }, { defaultLanguage: 'English' })).toThrow(
      RangeError,
    );
  });
});
