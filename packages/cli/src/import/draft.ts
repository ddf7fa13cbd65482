// What the importer makes of a record, whatever its format: a draft resource and the notes the data owner reads
// in the report. The guesses themselves are in guess-type, guess-language, values and keywords; every guess that
// may be wrong leaves a note.

/** A resource in the written form of a catalogue (what `asm-kit validate` reads), without its id yet. */
export interface DraftResource {
  id?: string;
  url?: string;
  title: Record<string, string>;
  summary?: Record<string, string>;
  type: string;
  knowledgeAreas?: string[];
  keywords?: string[];
  languages?: string[];
  files?: { url: string; language: string }[];
  published?: string;
  authors?: { name: string }[];
  organizations?: { name: string; role: 'author' | 'publisher' }[];
  countries?: string[];
  series?: { name: string; number?: string };
  container?: {
    type: 'journal' | 'book';
    title: string;
    volume?: string;
    issue?: string;
    pages?: string;
    publisher?: string;
  };
  identifiers?: { doi?: string; isbn?: string[]; handle?: string };
  license?: string;
  access?: 'open' | 'registration' | 'paywalled';
  version?: string;
  duration?: string;
}

/** One mapped record with what the report says about it. */
export interface Draft {
  position: number;
  line?: number;
  key?: string;
  /** Language of this record (one language version), when known. */
  language?: string;
  resource: DraftResource;
  /** Catalogue fields that received a value. */
  mapped: string[];
  /** What the data owner should check: guesses, missing values. */
  attention: string[];
  /** Source fields or values that were not kept. */
  dropped: string[];
}

/** Options of the mapping. */
export interface MappingOptions {
  /** Language of titles whose record names none. */
  defaultLanguage: string;
  /** Folded keyword -> knowledge-area slug, from `--areas`. */
  areas?: ReadonlyMap<string, string>;
}

/** Lower case, no accents, straight apostrophes, single spaces: how keywords and titles are compared. */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
