import { RESOURCE_TYPES, UI_LANGUAGES, VOCABULARIES } from '@asm-kit/schema';
import type { SourceRecord } from './record.js';
import { fold } from './draft.js';

// The resource type of an imported record: from its genre, its CSL type, or the word its format uses.

// The inverse of the crosswalk's CSL table: what a CSL type most likely was in the catalogue.
const FROM_CSL: Readonly<Record<string, string>> = {
  report: 'report',
  'article-journal': 'academic-article',
  article: 'academic-article',
  'article-magazine': 'academic-article',
  book: 'book',
  chapter: 'book-chapter',
  'paper-conference': 'conference-paper',
  thesis: 'thesis',
  motion_picture: 'video',
  broadcast: 'video',
  speech: 'presentation',
  graphic: 'infographic-poster',
  dataset: 'dataset',
  map: 'map',
  standard: 'standard',
  software: 'tool',
  legislation: 'policy-document',
  regulation: 'policy-document',
  bill: 'policy-document',
};

let typeLabels: Map<string, string> | undefined;

/** Folded label (any UI language) or slug of a built-in resource type -> slug. */
function typeByLabel(label: string): string | undefined {
  if (!typeLabels) {
    typeLabels = new Map();
    for (const slug of RESOURCE_TYPES) {
      typeLabels.set(slug, slug);
      for (const language of UI_LANGUAGES) {
        typeLabels.set(fold(VOCABULARIES.resourceTypes[slug]![language]), slug);
      }
    }
  }
  return typeLabels.get(fold(label).replace(/\s+/g, ' '));
}

/**
 * The resource type of a record: its genre when the genre is a type label ('Policy brief', 'Guía'), else
 * the type its CSL type stands for; `guessed` false when neither says anything.
 */
export function resourceType(record: Pick<SourceRecord, 'cslType' | 'genre' | 'sourceType'>): {
  type: string;
  guessed: boolean;
} {
  const byGenre = record.genre ? typeByLabel(record.genre) : undefined;
  if (byGenre) return { type: byGenre, guessed: true };
  const byCsl = record.cslType ? FROM_CSL[record.cslType] : undefined;
  if (byCsl) return { type: byCsl, guessed: true };
  const byWord = record.sourceType ? typeByLabel(record.sourceType) : undefined;
  if (byWord) return { type: byWord, guessed: true };
  return { type: 'report', guessed: false };
}
