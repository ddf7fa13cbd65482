// Type tests (vitest --typecheck): the inferred types are the contract others code against.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AccessLevel,
  Audience,
  Catalogue,
  CatalogueInput,
  CatalogueParseResult,
  Commodity,
  CountryCode,
  ExtraTerms,
  LocalizedText,
  OrganizationRole,
  Resource,
  ResourceInput,
  ResourcesParseResult,
} from './index.js';
import { parseCatalogue, parseResources, pickLocalized } from './index.js';

/** The Resource of the API contract, written out to compare the inferred type with. */
interface ContractResource {
  id: string;
  url?: string;
  title: LocalizedText;
  summary?: LocalizedText;
  type: string;
  knowledgeAreas: string[];
  keywords: string[];
  commodities: Commodity[];
  audiences: Audience[];
  languages: string[];
  files: { url: string; language: string; format?: string; size?: number; pages?: number }[];
  published?: string;
  authors: { name: string; affiliation?: string; orcid?: string }[];
  credit?: string;
  organizations: { name: string; role: OrganizationRole; url?: string }[];
  countries: CountryCode[];
  project?: string;
  series?: { name: string; number?: string };
  container?: {
    type: 'journal' | 'book';
    title: string;
    volume?: string;
    issue?: string;
    pages?: string;
    publisher?: string;
  };
  identifiers: { doi?: string; isbn?: string[]; handle?: string };
  license?: string;
  access?: AccessLevel;
  version?: string;
  supersedes?: string[];
  related: string[];
  thumbnail?: string;
  duration?: string;
  citation?: string;
}

/** The Catalogue of the API contract. */
interface ContractCatalogue {
  schemaVersion: '1.0';
  name: LocalizedText;
  publisher?: string;
  defaultLanguage: string;
  updated?: string;
  extraTerms?: ExtraTerms;
  resources: ContractResource[];
}

describe('Resource', () => {
  it('is exactly the Resource of the contract', () => {
    expectTypeOf<Resource>().toEqualTypeOf<ContractResource>();
  });

  it('has typed fields', () => {
    expectTypeOf<Resource['countries']>().toEqualTypeOf<CountryCode[]>();
    expectTypeOf<Resource['published']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Resource['title']>().toEqualTypeOf<LocalizedText>();
    expectTypeOf<Resource['commodities']>().toEqualTypeOf<Commodity[]>();
    expectTypeOf<Resource['access']>().toEqualTypeOf<AccessLevel | undefined>();
    expectTypeOf<Resource['organizations'][number]['role']>().toEqualTypeOf<OrganizationRole>();
  });
});

describe('ResourceInput', () => {
  it('takes plain-string text, lower-case countries and leaves lists out', () => {
    expectTypeOf<ResourceInput['title']>().toEqualTypeOf<string | Record<string, string>>();
    expectTypeOf<ResourceInput['countries']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<ResourceInput['knowledgeAreas']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<{ id: 'a'; title: 'A'; type: 'guide' }>().toExtend<ResourceInput>();
  });
});

describe('Catalogue', () => {
  it('can be used wherever the Catalogue of the contract is expected', () => {
    expectTypeOf<Catalogue>().toExtend<ContractCatalogue>();
  });

  it('has a resolved envelope and parsed resources', () => {
    expectTypeOf<Catalogue['schemaVersion']>().toEqualTypeOf<'1.0'>();
    expectTypeOf<Catalogue['name']>().toEqualTypeOf<LocalizedText>();
    expectTypeOf<Catalogue['defaultLanguage']>().toEqualTypeOf<string>();
    expectTypeOf<Catalogue['updated']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Catalogue['resources']>().toEqualTypeOf<Resource[]>();
    expectTypeOf<NonNullable<Catalogue['extraTerms']>>().toExtend<ExtraTerms>();
  });

  it('is written with optional schemaVersion and defaultLanguage', () => {
    expectTypeOf<CatalogueInput['schemaVersion']>().toEqualTypeOf<'1.0' | undefined>();
    expectTypeOf<CatalogueInput['defaultLanguage']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CatalogueInput['resources']>().toEqualTypeOf<ResourceInput[]>();
  });
});

describe('the parse functions', () => {
  it('return the contract result types', () => {
    expectTypeOf(parseCatalogue).returns.toEqualTypeOf<CatalogueParseResult>();
    expectTypeOf(parseResources).returns.toEqualTypeOf<ResourcesParseResult>();
    expectTypeOf(pickLocalized).returns.toEqualTypeOf<{ language: string; value: string }>();
  });
});

describe('CountryCode', () => {
  it('is the union of the 249 code literals, read from the text the codes are written in', () => {
    expectTypeOf<'GH' | 'BV' | 'ZW' | 'AD'>().toExtend<CountryCode>();
    expectTypeOf<'XX'>().not.toExtend<CountryCode>();
    expectTypeOf<'GH GHA'>().not.toExtend<CountryCode>();
    expectTypeOf<CountryCode>().not.toEqualTypeOf<string>();
  });
});
