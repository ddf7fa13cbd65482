import type { FacetName } from '@asm-kit/query';
import { countryName, languageName, regionLabel, termLabel, type ExtraTerms } from '@asm-kit/schema';

/** Display label of a facet value in the UI language: vocabulary labels, Intl names, or the value itself. */
export function facetValueLabel(facet: FacetName, value: string, lang: string, extra?: ExtraTerms): string {
  switch (facet) {
    case 'type':
      return termLabel('resourceTypes', value, lang, extra);
    case 'area':
      return termLabel('knowledgeAreas', value, lang, extra);
    case 'access':
      return termLabel('accessLevels', value, lang, extra);
    case 'country':
      return countryName(value, lang);
    case 'language':
      return languageName(value, lang);
    case 'region':
      return regionLabel(value, lang);
    default:
      return value;
  }
}

/** Splits a locked-filter attribute: spaces or commas, or commas only for values that contain spaces. */
export function splitList(value: string | null | undefined, commasOnly = false): string[] {
  if (!value) return [];
  return value
    .split(commasOnly ? ',' : /[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}
