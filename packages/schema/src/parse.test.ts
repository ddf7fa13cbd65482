/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogueError, formatIssue } from './issues.js';
import { parseCatalogue, parseResources } from './parse.js';

const guide = { id: 'mercury-guide', title: 'Mercury guide', type: 'guide' };
const report = { id: 'gold-report', title: { en: 'Gold report', fr: 'Rapport sur l’or' }, type: 'report' };

const lines = (issues: Parameters<typeof formatIssue>[0][]) => issues.map(formatIssue);

describe('parseCatalogue', () => {
  it('reads a valid catalogue with no issues', () => {
    const { catalogue, issues } = parseCatalogue({
      schemaVersion: '1.0',
      name: 'Library',
      resources: [guide, report],
    });
    expect(issues).toEqual([]);
    expect(catalogue).toMatchObject({ schemaVersion: '1.0', name: { en: 'Library' }, defaultLanguage: 'en' });
    expect(catalogue.resources.map((resource) => resource.id)).toEqual(['mercury-guide', 'gold-report']);
  });

  it('reads the demo catalogue in strict mode', () => {
    const demo: unknown = JSON.parse(
      readFileSync(new URL('../../../fixtures/demo-catalogue.json', import.meta.url), 'utf8'),
    );
    const { catalogue, issues } = parseCatalogue(demo, { strict: true });
    expect(issues).toEqual([]);
    expect(catalogue.resources).toHaveLength(42);
  });

  it("puts plain-string text in the catalogue's default language", () => {
    const { catalogue } = parseCatalogue({ name: 'Bibliothèque', defaultLanguage: 'fr', resources: [guide] });
    expect(catalogue.name).toEqual({ fr: 'Bibliothèque' });
    expect(catalogue.resources[0]?.title).toEqual({ fr: 'Mercury guide' });
  });

  it('uses options.defaultLanguage only when the catalogue names none', () => {
    expect(
      parseCatalogue({ name: 'Biblioteca', resources: [] }, { defaultLanguage: 'es' }).catalogue.name,
    ).toEqual({ es: 'Biblioteca' });
    expect(
      parseCatalogue({ name: 'Library', defaultLanguage: 'en', resources: [] }, { defaultLanguage: 'es' })
        .catalogue.name,
    ).toEqual({ en: 'Library' });
  });

  it('throws a RangeError for a malformed options.defaultLanguage, a bug of the caller', () => {
    expect(() => parseCatalogue({ name: 'x', resources: [] }, { defaultLanguage: 'English' })).toThrow(
      RangeError,
    );
  });

  it("accepts terms from the catalogue's extraTerms and from the options", () => {
    const { catalogue, issues } = parseCatalogue(
      {
        name: 'Library',
        extraTerms: { knowledgeAreas: { water: { en: 'Water', fr: 'Eau' } } },
        resources: [{ ...guide, type: 'podcast', knowledgeAreas: ['water', 'gender'] }],
      },
      { extraTerms: { resourceTypes: { podcast: { en: 'Podcast' } } } },
    );
    expect(issues).toEqual([]);
    expect(catalogue.resources[0]).toMatchObject({ type: 'podcast', knowledgeAreas: ['water', 'gender'] });
    expect(catalogue.extraTerms).toEqual({ knowledgeAreas: { water: { en: 'Water', fr: 'Eau' } } });
  });

  it('keeps every valid resource, leaves out each invalid one and reports each problem', () => {
    const { catalogue, issues } = parseCatalogue({
      name: 'Library',
      resources: [
        guide,
        { ...report, countries: ['GH', 'XX'], published: '2021-02-30' },
        { id: 'third', title: 'Third', type: 'video' },
      ],
    });
    expect(catalogue.resources.map((resource) => resource.id)).toEqual(['mercury-guide', 'third']);
    expect(lines(issues)).toMatchInlineSnapshot(`
      [
        "resources[1].published (gold-report): 2021-02-30 is not a calendar date (February 2021 has 28 days). Expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2021", "2021-03" or "2021-03-15". Got: "2021-02-30"",
        "resources[1].countries[1] (gold-report): 'XX' is not a known country code. Expected an ISO 3166-1 alpha-2 country code, e.g. "GH". Got: "XX"",
      ]
    `);
    expect(issues[0]).toEqual({
      path: 'resources[1].published',
      segments: ['resources', 1, 'published'],
      resourceId: 'gold-report',
      code: 'invalid-date',
      message: expect.stringContaining('2021-02-30 is not a calendar date') as unknown as string,
      value: '"2021-02-30"',
    });
  });

  it('reports a duplicate id and leaves out the second resource', () => {
    const { catalogue, issues } = parseCatalogue({
      name: 'Library',
      resources: [guide, report, { ...guide, title: 'Copy' }],
    });
    expect(catalogue.resources.map((resource) => resource.title)).toEqual([
      { en: 'Mercury guide' },
      report.title,
    ]);
    expect(lines(issues)).toMatchInlineSnapshot(`
      [
        "resources[2].id (mercury-guide): The id 'mercury-guide' is already used by resources[0]: ids must be unique in a catalogue, so this second one is left out. Give it its own id, e.g. 'mercury-guide-2'. Got: "mercury-guide"",
      ]
    `);
  });

  it('reports an unknown term with "did you mean"', () => {
    const { issues } = parseCatalogue({
      name: 'Library',
      resources: [{ ...guide, knowledgeAreas: ['mercury-reducton'] }],
    });
    expect(issues.map((issue) => [issue.code, issue.message])).toMatchInlineSnapshot(`
      [
        [
          "unknown-term",
          "'mercury-reducton' is not a known knowledge area. Did you mean 'mercury-reduction'? Expected a knowledge area slug or a knowledgeAreas term the catalogue declares in extraTerms, e.g. "mercury-reduction".",
        ],
      ]
    `);
  });

  it('reports unknown fields of the catalogue and keeps reading', () => {
    const { catalogue, issues } = parseCatalogue({
      name: 'Library',
      resource: [],
      resources: [guide],
      langauge: 'en',
    });
    expect(catalogue.resources).toHaveLength(1);
    expect(lines(issues)).toMatchInlineSnapshot(`
      [
        "resource: Unknown field 'resource': it is ignored. Did you mean 'resources'? ('resources' holds a list of resources, each an object with at least id, title and type.) Got: []",
        "langauge: Unknown field 'langauge': it is ignored. Got: "en"",
      ]
    `);
  });

  it('accepts a $schema field that points editors to the JSON Schema', () => {
    const input = { $schema: './catalogue.schema.json', name: 'Library', resources: [guide] };
    expect(parseCatalogue(input, { strict: true }).catalogue).not.toHaveProperty('$schema');
  });

  it('reports an unsupported schema version and reads the catalogue as 1.0', () => {
    const { catalogue, issues } = parseCatalogue({
      schemaVersion: '2.0',
      name: 'Library',
      resources: [guide],
    });
    expect(catalogue.schemaVersion).toBe('1.0');
    expect(catalogue.resources).toHaveLength(1);
    expect(lines(issues)).toMatchInlineSnapshot(`
      [
        "schemaVersion: This version of @asm-kit/schema reads schemaVersion "1.0": the catalogue is read as "1.0" and fields of a newer version are ignored. Upgrade @asm-kit/schema, or write "schemaVersion": "1.0". Got: "2.0"",
      ]
    `);
  });

  describe('with a broken envelope', () => {
    it('reports a missing name and uses a placeholder', () => {
      const { catalogue, issues } = parseCatalogue({ resources: [guide] });
      expect(catalogue.name).toEqual({ en: 'Untitled catalogue' });
      expect(catalogue.resources).toHaveLength(1);
      expect(lines(issues)).toMatchInlineSnapshot(`
        [
          "name: Required field 'name' is missing. Expected text, or an object of language tag -> text with at least one entry (plain text is in the catalogue's defaultLanguage), e.g. "planetGOLD knowledge library".",
        ]
      `);
    });

    it('reports a malformed defaultLanguage and falls back to English', () => {
      const { catalogue, issues } = parseCatalogue({
        name: 'Library',
        defaultLanguage: 'French',
        resources: [guide],
      });
      expect(catalogue.defaultLanguage).toBe('en');
      expect(lines(issues)).toMatchInlineSnapshot(`
        [
          "defaultLanguage: 'French' is not a valid language tag. Did you mean 'fr'? Expected a BCP 47 language tag, e.g. "en". Got: "French"",
        ]
      `);
    });

    it('reports resources that are not a list and returns no resources', () => {
      const { catalogue, issues } = parseCatalogue({ name: 'Library', resources: { guide } });
      expect(catalogue.resources).toEqual([]);
      expect(lines(issues)).toMatchInlineSnapshot(`
        [
          "resources: Got an object where a list is expected. Expected a list of resources, each an object with at least id, title and type, e.g. [{ "id": "mercury-guide", "title": "Mercury guide", "type": "guide" }]. Got: {"guide":{"id":"mercury-guide","title":"Mercury guide","type":"guide"}}",
        ]
      `);
    });

    it('reports missing resources', () => {
      expect(lines(parseCatalogue({ name: 'Library' }).issues)).toMatchInlineSnapshot(`
        [
          "resources: Required field 'resources' is missing. Expected a list of resources, each an object with at least id, title and type, e.g. [{ "id": "mercury-guide", "title": "Mercury guide", "type": "guide" }].",
        ]
      `);
    });

    it('reports bad publisher, updated and extraTerms and drops them', () => {
      const { catalogue, issues } = parseCatalogue({
        name: 'Library',
        publisher: '',
        updated: '2024-02-30',
        extraTerms: { commodities: { silver: { en: 'Silver' } } },
        resources: [],
      });
      expect(catalogue).not.toHaveProperty('publisher');
      expect(catalogue).not.toHaveProperty('updated');
      expect(catalogue).not.toHaveProperty('extraTerms');
      expect(lines(issues)).toMatchInlineSnapshot(`
        [
          "publisher: This must not be empty or only spaces. Expected non-empty text, e.g. "planetGOLD". Got: """,
          "updated: 2024-02-30 is not a calendar date (February 2024 has 29 days). Expected a date written YYYY-MM-DD, e.g. "2024-06-30". Got: "2024-02-30"",
          "extraTerms: Unknown key 'commodities'. Expected an object with resourceTypes and/or knowledgeAreas, each mapping a new slug to its labels by language, e.g. { "knowledgeAreas": { "water": { "en": "Water", "fr": "Eau" } } }. Got: {"commodities":{"silver":{"en":"Silver"}}}",
        ]
      `);
    });

    it.each([
      ['a list', [guide]],
      ['a string', 'catalogue.json'],
      ['null', null],
      ['undefined', undefined],
      ['a number', 42],
    ])('reports input that is %s and returns an empty catalogue', (_, input) => {
      const { catalogue, issues } = parseCatalogue(input);
      expect(catalogue).toEqual({
        schemaVersion: '1.0',
        name: { en: 'Untitled catalogue' },
        defaultLanguage: 'en',
        resources: [],
      });
      expect(issues.map((issue) => [issue.path, issue.code])).toEqual([['', 'invalid-catalogue']]);
    });

    it('explains what a catalogue is when given a bare list', () => {
      expect(lines(parseCatalogue([guide]).issues)).toMatchInlineSnapshot(`
        [
          "catalogue: Got a list where a catalogue object is expected. A bare list of resources is read with parseResources. Expected an object with name and resources, e.g. { "schemaVersion": "1.0", "name": "My library", "defaultLanguage": "en", "resources": [] }. Got: [{"id":"mercury-guide","title":"Mercury guide","type":"guide"}]",
        ]
      `);
    });
  });

  describe('in strict mode', () => {
    it('throws a CatalogueError listing every issue', () => {
      const input = {
        name: 'Library',
        resources: [{ ...guide, countries: ['XX', 'YY'] }, { ...report, type: 'reprot' }, 'junk'],
      };
      let error: unknown;
      try {
        parseCatalogue(input, { strict: true });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CatalogueError);
      const { issues, message } = error as CatalogueError;
      expect(issues.map((issue) => issue.code)).toEqual([
        'invalid-country',
        'invalid-country',
        'unknown-term',
        'invalid-resource',
      ]);
      expect(message).toMatchInlineSnapshot(`
        "The catalogue has 4 issues:
          - resources[0].countries[0] (mercury-guide): 'XX' is not a known country code. Expected an ISO 3166-1 alpha-2 country code, e.g. "GH". Got: "XX"
          - resources[0].countries[1] (mercury-guide): 'YY' is not a known country code. Expected an ISO 3166-1 alpha-2 country code, e.g. "GH". Got: "YY"
          - resources[1].type (gold-report): 'reprot' is not a known resource type. Did you mean 'report'? Expected a resource type slug or a resourceTypes term the catalogue declares in extraTerms, e.g. "report". Got: "reprot"
          … and 1 more"
      `);
    });

    it('throws for an unknown field too: strict means no surprises', () => {
      expect(() =>
        parseCatalogue({ name: 'Library', resources: [], colour: 'red' }, { strict: true }),
      ).toThrow(CatalogueError);
    });

    it('returns normally when there is no issue', () => {
      expect(parseCatalogue({ name: 'Library', resources: [guide] }, { strict: true }).issues).toEqual([]);
    });
  });
});

describe('parseResources', () => {
  it('reads a bare list with paths starting at the list', () => {
    const { resources, issues } = parseResources([guide, { ...report, access: 'free' }]);
    expect(resources).toHaveLength(1);
    expect(issues.map((issue) => issue.path)).toEqual(['[1].access']);
  });

  it('reports a catalogue given instead of a list', () => {
    const { resources, issues } = parseResources({ name: 'Library', resources: [guide] });
    expect(resources).toEqual([]);
    expect(lines(issues)).toMatchInlineSnapshot(`
      [
        "catalogue: Got an object where a list of resources is expected. This looks like a catalogue: read it with parseCatalogue. Expected [{ "id": "…", "title": "…", "type": "…" }, …]. Got: {"name":"Library","resources":[{"id":"mercury-guide","title":"Mercury guide","t…",
      ]
    `);
  });

  it('reports an item that is not an object', () => {
    expect(lines(parseResources([null, 'guide']).issues)).toMatchInlineSnapshot(`
      [
        "[0]: A resource must be an object with at least id, title and type, e.g. { "id": "mercury-guide", "title": "Mercury guide", "type": "guide" }. Got: null",
        "[1]: A resource must be an object with at least id, title and type, e.g. { "id": "mercury-guide", "title": "Mercury guide", "type": "guide" }. Got: "guide"",
      ]
    `);
  });

  it('throws in strict mode', () => {
    expect(() => parseResources([{ ...guide, id: 'Bad' }], { strict: true })).toThrow(CatalogueError);
  });
});

describe('hostile input', () => {
  it('never lets __proto__ keys reach Object.prototype', () => {
    const input: unknown = JSON.parse(
      '{"name": {"__proto__": {"polluted": 1}, "en": "x"}, "__proto__": {"polluted": 2}, "resources": [' +
        '{"__proto__": {"polluted": 3}, "id": "a", "title": {"__proto__": "x", "en": "A"}, "type": "guide", "identifiers": {"__proto__": {"doi": "x"}}},' +
        '{"id": "b", "title": "B", "type": "guide", "identifiers": {"__proto__": {"doi": "x"}}}]}',
    );
    const { catalogue, issues } = parseCatalogue(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(catalogue.resources.map((resource) => resource.id)).toEqual(['b']);
    expect(Object.getPrototypeOf(catalogue.resources[0]?.identifiers)).toBe(Object.prototype);
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['__proto__', 'unknown-field'],
      ['name.__proto__', 'reserved-key'],
      ['resources[0].__proto__', 'unknown-field'],
      ['resources[0].identifiers.__proto__', 'unknown-field'],
      ['resources[0].title.__proto__', 'reserved-key'],
      ['resources[1].identifiers.__proto__', 'unknown-field'],
    ]);
  });

  it('copes with huge strings quickly and shows at most 80 characters of them', () => {
    const huge = 'x'.repeat(5_000_000);
    const started = performance.now();
    const { issues } = parseCatalogue({
      name: huge,
      resources: [
        {
          ...guide,
          type: huge,
          countries: [huge],
          languages: [`en${'-abc'.repeat(100_000)}`],
          url: `https://${huge}`,
        },
      ],
    });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(issues.map((issue) => issue.code)).toEqual([
      'unknown-term',
      'invalid-language',
      'invalid-country',
    ]);
    for (const issue of issues) {
      expect(issue.value?.length).toBe(80);
      expect(issue.value?.endsWith('…')).toBe(true);
      expect(issue.message.length).toBeLessThan(400);
    }
  });

  it('copes with deeply nested junk', () => {
    let junk: unknown = 'bottom';
    for (let depth = 0; depth < 100_000; depth += 1) junk = { en: junk, list: [junk] };
    const { catalogue, issues } = parseCatalogue({
      name: junk,
      resources: [{ ...guide, title: junk, keywords: [junk], extra: junk }, junk],
    });
    expect(catalogue.resources).toEqual([]);
    expect(issues.map((issue) => [issue.path, issue.code])).toMatchInlineSnapshot(`
      [
        [
          "name.en",
          "invalid-type",
        ],
        [
          "name.list",
          "invalid-language",
        ],
        [
          "resources[0].extra",
          "unknown-field",
        ],
        [
          "resources[0].title.en",
          "invalid-type",
        ],
        [
          "resources[0].title.list",
          "invalid-language",
        ],
        [
          "resources[0].keywords[0]",
          "invalid-type",
        ],
        [
          "resources[1].en",
          "unknown-field",
        ],
        [
          "resources[1].list",
          "unknown-field",
        ],
        [
          "resources[1].id",
          "missing-field",
        ],
        [
          "resources[1].title",
          "missing-field",
        ],
        [
          "resources[1].type",
          "missing-field",
        ],
      ]
    `);
    for (const issue of issues) expect(issue.value?.length ?? 0).toBeLessThanOrEqual(80);
  });

  it('copes with cycles in a JavaScript object', () => {
    const cyclic: Record<string, unknown> = { ...guide };
    cyclic.self = cyclic;
    const { catalogue, issues } = parseCatalogue({ name: 'Library', resources: [cyclic] });
    expect(catalogue.resources).toHaveLength(1);
    expect(issues.map((issue) => issue.code)).toEqual(['unknown-field']);
  });

  it('reads thousands of resources quickly', () => {
    const resources = Array.from({ length: 5_000 }, (_, index) => ({
      ...report,
      id: `resource-${index}`,
      countries: ['GH'],
    }));
    const started = performance.now();
    expect(parseCatalogue({ name: 'Library', resources }).catalogue.resources).toHaveLength(5_000);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
