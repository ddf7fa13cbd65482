/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../parse.js';
import { CATALOGUE_JSON_SCHEMA_ID, createCatalogueJsonSchema } from './json-schema.js';

const schema = createCatalogueJsonSchema();
// Strict: an unknown keyword or format in the generated schema fails the test instead of being ignored.
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

const guide = { id: 'mercury-guide', title: 'Mercury guide', type: 'guide' };
/** A small catalogue using every field, written as a data owner would. */
const complete = {
  $schema: './node_modules/@asm-kit/schema/dist/catalogue.schema.json',
  schemaVersion: '1.0',
  name: { en: 'Library', fr: 'Bibliothèque' },
  publisher: 'asm-kit',
  defaultLanguage: 'en',
  updated: '2026-11-26',
  extraTerms: { knowledgeAreas: { water: { en: 'Water' } } },
  resources: [
    guide,
    {
      id: 'toolkit',
      url: 'https://example.org/toolkit',
      title: { en: 'Toolkit', 'pt-BR': 'Kit' },
      summary: 'A toolkit.',
      type: 'toolkit',
      knowledgeAreas: ['water', 'gender'],
      keywords: ['retorts'],
      commodities: ['gold'],
      audiences: ['miners'],
      languages: ['en', 'pt-BR'],
      files: [
        { url: 'https://example.org/toolkit.pdf', language: 'en', format: 'pdf', size: 1000, pages: 12 },
      ],
      published: '2021-03',
      authors: [{ name: 'A. Author', affiliation: 'IGF', orcid: '0000-0002-1825-0097' }],
      credit: 'A. Author - for IGF',
      organizations: [{ name: 'IGF', role: 'publisher', url: 'https://www.igfmining.org' }],
      countries: ['GH', 'bf'],
      project: 'planetGOLD Ghana',
      series: { name: 'Guides', number: '3' },
      container: { type: 'book', title: 'Book', volume: '1', issue: '2', pages: '3-4', publisher: 'Press' },
      identifiers: { doi: '10.1596/12345', isbn: ['978-3-16-148410-0'], handle: '10986/12345' },
      license: 'CC-BY-4.0',
      access: 'open',
      version: '1.0',
      supersedes: ['old-toolkit'],
      related: ['mercury-guide'],
      thumbnail: 'https://example.org/cover.png',
      duration: 'PT5M',
      citation: 'IGF (2021). Toolkit.',
    },
  ],
};

describe('the catalogue JSON Schema', () => {
  it('names itself and says what it is', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: CATALOGUE_JSON_SCHEMA_ID,
      title: 'ASM knowledge library catalogue, schema version 1.0',
    });
    expect(schema.description).toEqual(expect.stringContaining('parseCatalogue'));
  });

  it('accepts the demo catalogue', () => {
    const demo: unknown = JSON.parse(
      readFileSync(new URL('../../../../fixtures/demo-catalogue.json', import.meta.url), 'utf8'),
    );
    expect(validate(demo), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('accepts a small catalogue that uses every field', () => {
    expect(validate(complete), ajv.errorsText(validate.errors)).toBe(true);
    expect(parseCatalogue(complete, { strict: true }).catalogue.resources).toHaveLength(2);
  });

  it('describes the fields for editors', () => {
    type Node = { description?: string; items?: Node; properties?: Record<string, Node> };
    const resource = (schema as Node).properties?.resources?.items;
    expect(resource?.properties?.countries?.description).toBe(
      'Country code: a list, each item an ISO 3166-1 alpha-2 country code. Example: ["GH"]',
    );
    expect(resource?.properties?.type?.description).toContain('Built-in terms: report, guide, toolkit');
  });

  it.each([
    ['no name', { resources: [] }],
    ['resources that are not a list', { name: 'x', resources: {} }],
    ['a resource without a type', { name: 'x', resources: [{ id: 'a', title: 'A' }] }],
    ['a javascript: link', { name: 'x', resources: [{ ...guide, url: 'javascript:alert(1)' }] }],
    ['a relative link', { name: 'x', resources: [{ ...guide, files: [{ url: '/a.pdf', language: 'en' }] }] }],
    ['a malformed date', { name: 'x', resources: [{ ...guide, published: '2021-13' }] }],
    ['an id with capitals', { name: 'x', resources: [{ ...guide, id: 'Guide' }] }],
    ['an unknown commodity', { name: 'x', resources: [{ ...guide, commodities: ['silver'] }] }],
    ['a misspelt field', { name: 'x', resources: [{ ...guide, knowledgeArea: ['gender'] }] }],
    ['a DOI link', { name: 'x', resources: [{ ...guide, identifiers: { doi: 'https://doi.org/10.1/x' } }] }],
    ['another schema version', { schemaVersion: '2.0', name: 'x', resources: [] }],
    ['an empty title', { name: 'x', resources: [{ ...guide, title: { en: ' ' } }] }],
    [
      'a size that is not a whole number',
      {
        name: 'x',
        resources: [{ ...guide, files: [{ url: 'https://a.org/a.pdf', language: 'en', size: 1.5 }] }],
      },
    ],
  ])('rejects a catalogue with %s, as parseCatalogue does', (_, broken) => {
    expect(validate(broken)).toBe(false);
    expect(parseCatalogue(broken).issues).not.toEqual([]);
  });

  it('leaves calendar dates, check digits and the terms of an extended vocabulary to parseCatalogue', () => {
    const extended = {
      knowledgeAreas: { water: { en: 'Water' } },
      resourceTypes: { podcast: { en: 'Podcast' } },
    };
    const subtle = {
      name: 'x',
      extraTerms: extended,
      resources: [{ ...guide, published: '2023-02-29', type: 'vlog' }],
    };
    expect(validate(subtle)).toBe(true);
    expect(parseCatalogue(subtle).issues.map((issue) => issue.code)).toEqual([
      'unknown-term',
      'invalid-date',
    ]);
  });

  it.each([
    ['a country code that is not assigned', { countries: ['XX'] }],
    ['a three-letter country code', { countries: ['GHA'] }],
    ['a country name', { countries: ['Ghana'] }],
    ['a resource type that is not built in', { type: 'podcast' }],
    ['a knowledge area that is not built in', { knowledgeAreas: ['water'] }],
    ['a misspelt knowledge area', { knowledgeAreas: ['mercury-reducton'] }],
    ['an empty title', { title: {} }],
    ['a title under __proto__', { title: JSON.parse('{"__proto__": "Guide", "en": "Guide"}') as unknown }],
    ['a title under constructor', { title: { constructor: 'Guide' } }],
  ])('rejects %s in a catalogue without extra terms, as parseCatalogue does', (_, fields) => {
    const broken = { name: 'x', resources: [{ ...guide, ...fields }] };
    expect(validate(broken)).toBe(false);
    expect(parseCatalogue(broken).issues).not.toEqual([]);
  });

  it('accepts country codes in any case and the terms a catalogue declares, as parseCatalogue does', () => {
    const fine = {
      name: 'x',
      extraTerms: {
        resourceTypes: { podcast: { en: 'Podcast' } },
        knowledgeAreas: { water: { en: 'Water' } },
      },
      resources: [
        { ...guide, type: 'podcast', knowledgeAreas: ['water', 'gender'], countries: ['GH', 'bf', 'Pe'] },
      ],
    };
    expect(validate(fine), ajv.errorsText(validate.errors)).toBe(true);
    expect(parseCatalogue(fine).issues).toEqual([]);
  });

  it.each([
    ['__proto__', JSON.parse('{"knowledgeAreas": {"__proto__": {"en": "Water"}}}') as unknown],
    ['constructor', { knowledgeAreas: { constructor: { en: 'Builders' } } }],
    ['prototype', { resourceTypes: { prototype: { en: 'Prototype' } } }],
  ])('refuses %s as an extra term, as parseCatalogue does (reserved-key)', (_, extraTerms) => {
    const broken = { name: 'x', extraTerms, resources: [] };
    expect(validate(broken)).toBe(false);
    expect(parseCatalogue(broken).issues.map((issue) => issue.code)).toEqual(['reserved-key']);
  });
});
