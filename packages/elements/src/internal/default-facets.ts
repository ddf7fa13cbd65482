import type { FacetName } from '@asm-kit/query';

/** Facets a filter bar shows by default, in this order ('region' and 'project' can be added through `facets`). */
export const DEFAULT_FACETS: readonly FacetName[] = [
  'type',
  'area',
  'country',
  'language',
  'organization',
  'access',
  'year',
];
