import { COUNTRY_CODES, countryName, KNOWLEDGE_AREAS, UI_LANGUAGES, VOCABULARIES } from '@asm-kit/schema';
import { fold } from './draft.js';

// Keywords of imported records: those that name a knowledge area or a country become one; the rest stay.

let areaLabels: Map<string, string> | undefined;
let countryNames: Map<string, string> | undefined;

function areaByLabel(keyword: string): string | undefined {
  if (!areaLabels) {
    areaLabels = new Map();
    for (const slug of KNOWLEDGE_AREAS) {
      areaLabels.set(slug, slug);
      for (const language of UI_LANGUAGES)
        areaLabels.set(fold(VOCABULARIES.knowledgeAreas[slug]![language]), slug);
    }
  }
  return areaLabels.get(keyword);
}

function countryByName(keyword: string): string | undefined {
  if (!countryNames) {
    countryNames = new Map();
    for (const code of COUNTRY_CODES)
      for (const language of UI_LANGUAGES) {
        const name = countryName(code, language);
        if (name !== code) countryNames.set(fold(name.replace(/[’']/g, "'")), code);
      }
  }
  return countryNames.get(keyword.replace(/[’']/g, "'"));
}

/**
 * Sorts a record's keywords: those the `--areas` file maps, and the labels of built-in knowledge areas (what
 * `asm-kit export` writes), become knowledge areas; country names become countries; the rest stay keywords.
 */
export function classifyKeywords(
  keywords: readonly string[],
  areas: ReadonlyMap<string, string> | undefined,
): { areas: string[]; countries: string[]; keywords: string[] } {
  const result = { areas: [] as string[], countries: [] as string[], keywords: [] as string[] };
  const seen = new Set<string>();
  for (const keyword of keywords) {
    const folded = fold(keyword);
    if (folded === '' || seen.has(folded)) continue;
    seen.add(folded);
    const area = areas?.get(folded) ?? areaByLabel(folded);
    const country = area ? undefined : countryByName(folded);
    if (area) result.areas.push(area);
    else if (country) result.countries.push(country);
    else result.keywords.push(keyword.replace(/\s+/g, ' ').trim());
  }
  result.areas = [...new Set(result.areas)];
  result.countries = [...new Set(result.countries)];
  return result;
}
