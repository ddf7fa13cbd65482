import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { resourceToJsonLd, toJsonLd } from './jsonld.js';
import { ARTICLE, CORPORATE, RESOURCES, UNDATED_VIDEO } from './testing/resources.js';

const SCHEMA = 'https://schema.org/';
const context = JSON.parse(
  readFileSync(new URL('./testing/schema-org-context.json', import.meta.url), 'utf8'),
);

// Serves a local minimal schema.org context, so that expansion never goes to the network.
async function documentLoader(url: string) {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`No network in tests: ${url}`);
  return { contextUrl: null, document: context, documentUrl: url };
}

type Expanded = Record<string, unknown>;
const values = (node: unknown, property: string): unknown[] =>
  ((node as Expanded)[SCHEMA + property] as unknown[]) ?? [];
const first = (node: unknown, property: string): Expanded => values(node, property)[0] as Expanded;

describe('toJsonLd', () => {
  it('is a CollectionPage with an ItemList of the resources in order', () => {
    const page = toJsonLd(RESOURCES, { catalogue: { name: { en: 'ASM Library' }, publisher: 'planetGOLD' } });
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      name: 'ASM Library',
      mainEntity: { '@type': 'ItemList', numberOfItems: 3 },
    });
  });

  it('expands with the jsonld processor with schema.org terms, corporate authors, accents and years intact', async () => {
    const [page] = await jsonld.expand(toJsonLd(RESOURCES, { catalogue: { name: { en: 'ASM Library' } } }), {
      documentLoader,
    });
    expect(page?.['@type']).toEqual([`${SCHEMA}CollectionPage`]);
    const list = first(page, 'mainEntity');
    expect(list['@type']).toEqual([`${SCHEMA}ItemList`]);
    const items = values(list, 'itemListElement').map((element) => first(element, 'item'));
    expect(items.map((item) => item['@type'])).toEqual([
      [`${SCHEMA}LearningResource`],
      [`${SCHEMA}ScholarlyArticle`],
      [`${SCHEMA}VideoObject`],
    ]);
    const [guide, article, video] = items;
    expect(values(guide, 'name')).toEqual(
      expect.arrayContaining([
        { '@language': 'fr', '@value': 'Réduire l’utilisation du mercure dans l’EMAPE : guide pratique' },
      ]),
    );
    const author = first(guide, 'author');
    expect(author['@type']).toEqual([`${SCHEMA}Organization`]);
    expect(values(author, 'name')).toEqual([{ '@value': 'Alliance for Responsible Mining' }]);
    expect(values(guide, 'datePublished')).toEqual([{ '@value': '2019' }]);
    expect(values(guide, 'sameAs')).toEqual([{ '@id': 'https://doi.org/10.1234/asm.2019.001' }]);
    expect(values(first(guide, 'spatialCoverage'), 'identifier')).toEqual([{ '@value': 'CI' }]);
    expect(values(first(guide, 'encoding'), 'contentUrl')).toEqual([
      { '@id': 'https://www.example.org/files/guide-en.pdf' },
    ]);
    expect(values(first(article, 'author'), 'name')).toEqual([{ '@value': 'Kamila Gómez' }]);
    expect(values(first(article, 'author'), 'sameAs')).toEqual([
      { '@id': 'https://orcid.org/0000-0002-1825-0097' },
    ]);
    expect(values(video, 'duration')).toEqual([{ '@value': 'PT12M30S' }]);
  });
});

describe('resourceToJsonLd', () => {
  it('writes plain strings in the requested language', () => {
    const node = resourceToJsonLd(CORPORATE, { language: 'fr' });
    expect(node.name).toBe('Réduire l’utilisation du mercure dans l’EMAPE : guide pratique');
    expect(node.inLanguage).toEqual(['en', 'fr']);
    expect(node.isAccessibleForFree).toBe(true);
    expect(node.license).toBe('https://spdx.org/licenses/CC-BY-4.0');
  });

  it('marks paywalled resources as not free and keeps the journal as a Periodical', () => {
    const node = resourceToJsonLd(ARTICLE);
    expect(node.isAccessibleForFree).toBe(false);
    expect(node.isPartOf).toMatchObject({
      '@type': 'Periodical',
      name: 'Revista de Minería',
      volumeNumber: '12',
    });
  });

  it('leaves out what an undated resource does not have', () => {
    const node = resourceToJsonLd(UNDATED_VIDEO);
    expect(node.datePublished).toBeUndefined();
    expect(node.author).toBeUndefined();
    expect(node['@id']).toBeUndefined();
  });
});
