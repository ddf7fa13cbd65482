// '@asm-kit/schema/testing': resources for tests, the one builder the tests of every asm-kit package use (and
// that apps built on asm-kit may use too). Not for production code: the data is made up.
import type { Resource } from './resource.js';

let made = 0;

/** A fresh id of the form `${prefix}-${n}`, unique in this module's lifetime. */
function freshId(prefix: string): string {
  made += 1;
  return `${prefix}-${made}`;
}

/**
 * `base` with `overrides` applied. A field overridden with `undefined` is left out, as parsing leaves out an
 * absent optional field, so `makeResource({ summary: undefined })` has no `summary` key at all.
 */
function withOverrides(base: Resource, overrides: Partial<Resource>): Resource {
  const resource: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete resource[key];
    else resource[key] = value;
  }
  // The required fields keep their defaults when overridden with undefined.
  resource.id ??= base.id;
  resource.title ??= base.title;
  resource.type ??= base.type;
  return resource as Resource;
}

/**
 * A minimal valid Resource, as parsing gives for a sparse record: only `id`, `title` and `type`, every list
 * `[]` and `identifiers` `{}`, with `overrides` applied. The id is unique per call unless given; the title is
 * `{ en: id }` unless given; the type is `'report'`.
 *
 * @example
 * const index = createIndex([minimalResource({ id: 'peru', countries: ['PE'] })]);
 */
export function minimalResource(overrides: Partial<Resource> = {}): Resource {
  const id = overrides.id ?? freshId('resource');
  return withOverrides(
    {
      id,
      title: { en: id },
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
    },
    overrides,
  );
}

/**
 * A complete, valid Resource: every optional field, down to those of files, authors, organizations, series,
 * container and identifiers, filled with plausible ASM data (a bilingual toolkit on mercury-free processing),
 * with `overrides` applied. `parseCatalogue` accepts it without an issue and gives it back unchanged. The id
 * is unique per call unless given; every call returns new objects and arrays.
 */
export function makeResource(overrides: Partial<Resource> = {}): Resource {
  const id = overrides.id ?? freshId('mercury-free-processing');
  return withOverrides(
    {
      id,
      url: `https://www.example.org/resources/${id}`,
      title: {
        en: 'Mercury-free gold processing: a toolkit',
        fr: 'Traitement de l’or sans mercure : une boîte à outils',
      },
      summary: {
        en: 'How small processing centres recover gold by gravity concentration and direct smelting.',
        fr: 'Comment les petits centres de traitement récupèrent l’or par gravimétrie et fusion directe.',
      },
      type: 'toolkit',
      knowledgeAreas: ['mercury-free-technology', 'mercury-reduction'],
      keywords: ['gravity concentration', 'direct smelting'],
      commodities: ['gold'],
      audiences: ['miners', 'government'],
      languages: ['en', 'fr'],
      files: [
        {
          url: `https://www.example.org/files/${id}-en.pdf`,
          language: 'en',
          format: 'pdf',
          size: 2_480_000,
          pages: 48,
        },
        {
          url: `https://www.example.org/files/${id}-fr.pdf`,
          language: 'fr',
          format: 'pdf',
          size: 2_610_000,
          pages: 52,
        },
      ],
      published: '2021-03-15',
      authors: [
        {
          name: 'Kamila Gómez',
          affiliation: 'Alliance for Responsible Mining',
          orcid: '0000-0002-1825-0097',
        },
      ],
      credit: 'Kamila Gómez - for planetGOLD',
      organizations: [
        { name: 'planetGOLD', role: 'publisher', url: 'https://www.planetgold.org' },
        {
          name: 'Alliance for Responsible Mining',
          role: 'author',
          url: 'https://www.responsiblemines.org',
        },
      ],
      countries: ['BF', 'GH'],
      project: 'planetGOLD Burkina Faso',
      series: { name: 'planetGOLD Technical Notes', number: '4' },
      container: {
        type: 'book',
        title: 'Gold without mercury',
        volume: '2',
        issue: '1',
        pages: '10-57',
        publisher: 'planetGOLD',
      },
      identifiers: {
        doi: '10.1016/j.resourpol.2021.102345',
        isbn: ['978-3-16-148410-0'],
        handle: '20.500.11822/11234',
      },
      license: 'CC-BY-4.0',
      access: 'open',
      version: '2.0',
      supersedes: ['mercury-free-processing-2019'],
      related: ['mercury-guide'],
      thumbnail: `https://www.example.org/covers/${id}.jpg`,
      duration: 'PT12M30S',
      citation: 'planetGOLD (2021). Mercury-free gold processing: a toolkit.',
    },
    overrides,
  );
}
