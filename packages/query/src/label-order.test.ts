import { registerVocabularyLabels } from '@asm-kit/schema';
import { labels as fr } from '@asm-kit/schema/labels/fr';
import { minimalResource } from '@asm-kit/schema/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createIndex } from './create-index.js';
import { facetLabel } from './facets.js';
import { EMPTY_QUERY } from './query.js';

// In the CDN build of the elements, the labels of a language are registered when its chunk arrives, possibly
// after a first search in that language: what a search orders by label must follow the labels registered now.
describe('facet values of equal count after labels are registered', () => {
  afterAll(() => registerVocabularyLabels('fr', fr));

  it('are ordered by the labels registered at the time of the search, not by the first ones', () => {
    const index = createIndex([
      minimalResource({ id: 'a', type: 'report' }),
      minimalResource({ id: 'b', type: 'guide' }),
    ]);
    const order = () =>
      index.searchSync(EMPTY_QUERY, { language: 'fr' }).facets.type.values.map((v) => v.value);
    // 'Guide' < 'Rapport'.
    expect(order()).toEqual(['guide', 'report']);
    // A later registration renames the guide 'Zone de guides' (made up, so that the order turns round).
    registerVocabularyLabels('fr', 'resourceTypes\nguide|Zone de guides');
    expect(facetLabel('type', 'guide', 'fr')).toBe('Zone de guides');
    expect(order()).toEqual(['report', 'guide']);
  });
});
