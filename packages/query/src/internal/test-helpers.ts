import type { Resource } from '@asm-kit/schema';

/** A resource with every array present, as parsing would give; tests state only the fields they care about. */
export function resource(partial: Partial<Resource> & { id: string }): Resource {
  return {
    title: { en: partial.id },
    type: 'report',
    knowledgeAreas: [],
    keywords: [],
    commodities: [],
    audiences: [],
    languages: [],
    files: [],
    authors: [],
    organizations: [],
    countries: [],
    identifiers: {},
    related: [],
    ...partial,
  } as Resource;
}
