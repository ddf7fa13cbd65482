import { describe, expect, it } from 'vitest';
import { CatalogueSchema, ExtraTermsSchema } from './catalogue.js';

const guide = { id: 'mercury-guide', title: 'Guide du mercure', type: 'guide' };

describe('CatalogueSchema', () => {
  it('parses a catalogue and resolves plain text in its default language', () => {
    const catalogue = CatalogueSchema.parse({
      name: 'Bibliothèque',
      defaultLanguage: 'fr',
      resources: [guide],
    });
    expect(catalogue).toMatchObject({
      schemaVersion: '1.0',
      name: { fr: 'Bibliothèque' },
      defaultLanguage: 'fr',
    });
    expect(catalogue.resources[0]?.title).toEqual({ fr: 'Guide du mercure' });
  });

  it('defaults the language to English and the schema version to 1.0', () => {
    expect(CatalogueSchema.parse({ name: 'Library', resources: [] })).toEqual({
      schemaVersion: '1.0',
      name: { en: 'Library' },
      defaultLanguage: 'en',
      resources: [],
    });
  });

  it("checks terms against the catalogue's extra terms", () => {
    const input = {
      name: 'Library',
      extraTerms: { resourceTypes: { podcast: { en: 'Podcast' } } },
      resources: [{ ...guide, type: 'podcast' }],
    };
    expect(CatalogueSchema.safeParse(input).success).toBe(true);
    expect(CatalogueSchema.safeParse({ ...input, extraTerms: undefined }).success).toBe(false);
  });

  it('fails as a whole, with our messages, when a resource is invalid', () => {
    const result = CatalogueSchema.safeParse({
      name: 'Library',
      resources: [guide, { ...guide, title: 'Copy' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message.split('.')[0]])).toEqual([
      [
        'resources.1.id',
        "The id 'mercury-guide' is already used by resources[0]: ids must be unique in a catalogue, so this second one is left out",
      ],
    ]);
  });

  it('rejects another schema version', () => {
    expect(CatalogueSchema.safeParse({ schemaVersion: '2.0', name: 'Library', resources: [] }).success).toBe(
      false,
    );
  });

  it('requires a name and a list of resources', () => {
    expect(CatalogueSchema.safeParse({ name: 'Library' }).success).toBe(false);
    expect(CatalogueSchema.safeParse({ resources: [] }).success).toBe(false);
  });
});

describe('ExtraTermsSchema', () => {
  it('accepts new resource types and knowledge areas with labels', () => {
    const terms = {
      knowledgeAreas: { water: { en: 'Water', fr: 'Eau' } },
      resourceTypes: { podcast: { en: 'Podcast' } },
    };
    expect(ExtraTermsSchema.parse(terms)).toEqual(terms);
  });

  it.each([
    ['another vocabulary', { commodities: { silver: { en: 'Silver' } } }],
    ['a slug with capitals', { knowledgeAreas: { Water: { en: 'Water' } } }],
    ['a term without labels', { knowledgeAreas: { water: {} } }],
    ['an empty label', { knowledgeAreas: { water: { en: '' } } }],
    ['a label keyed by a language name', { knowledgeAreas: { water: { english: 'Water' } } }],
  ])('rejects %s', (_, terms) => expect(ExtraTermsSchema.safeParse(terms).success).toBe(false));
});
