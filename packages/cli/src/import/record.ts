// What every format reader hands to the mapping: the fields a bibliographic record carries, already out of
// their syntax (BibTeX braces, RIS tags, XML elements) but not yet guessed at (types, languages, keywords).

/** A person as the source splits it; `name` alone when the source gives one string. */
export interface SourceName {
  family?: string;
  given?: string;
  /** 'van der', 'de la': kept with the family name. */
  particle?: string;
  suffix?: string;
  /** The whole name, for sources that do not split it ('Smith, John' in Dublin Core). */
  name?: string;
}

/** One record of the user's file, format-neutral. Every list may be empty; nothing is guessed yet. */
export interface SourceRecord {
  /** 1-based position of the record in the input (or across OAI-PMH pages). */
  position: number;
  /** Line where the record starts in the user's file, when the format tells. */
  line?: number;
  /** The record's own key: citation key, RIS ID, CSL id or OAI identifier. */
  key?: string;
  title?: string;
  abstract?: string;
  /** The source's type word (CSL type, BibTeX entry type, RIS TY, dc:type), as written. */
  sourceType?: string;
  /** CSL type the source type stands for (for BibTeX and RIS: through the crosswalk's own tables). */
  cslType?: string;
  /** A finer type label (CSL genre, BibTeX `type`, RIS M3): may name a resource type ('Policy brief'). */
  genre?: string;
  people: SourceName[];
  /** Corporate authors, written whole. */
  corporate: string[];
  editors: SourceName[];
  /** Date as written ('2019', '2019-05', '2019/05//', 'May 2019'), or CSL date parts. */
  date?: string | number[];
  publishers: string[];
  container?: { title: string; volume?: string; issue?: string; pages?: string };
  series?: { name: string; number?: string };
  doi?: string;
  isbn: string[];
  /** Links to the landing page or record, in the order given. */
  urls: string[];
  /** Links to a full-text file (RIS L1). */
  fileUrls: string[];
  /** Languages as written ('english', 'fre', 'en_US', 'Français'). */
  languages: string[];
  keywords: string[];
  /** Place names or codes (dc:coverage). */
  coverage: string[];
  license?: string;
  access?: string;
  version?: string;
  duration?: string;
  pages?: string;
  /** Free notes: 'License: CC-BY-4.0' and 'Access: paywalled' are read, anything else is reported. */
  notes: string[];
  /** Source fields the importer has no place for, by name: reported as dropped. */
  dropped: string[];
}

/** An empty record at `position`. */
export function emptyRecord(position: number): SourceRecord {
  return {
    position,
    people: [],
    corporate: [],
    editors: [],
    publishers: [],
    isbn: [],
    urls: [],
    fileUrls: [],
    languages: [],
    keywords: [],
    coverage: [],
    notes: [],
    dropped: [],
  };
}

/** A record the reader could not use at all (no title, a parse error), reported and skipped. */
export interface SkippedRecord {
  position: number;
  line?: number;
  title?: string;
  reason: string;
}

/** What a format reader gives back: the usable records and the ones it had to skip. */
export interface ReadResult {
  records: SourceRecord[];
  skipped: SkippedRecord[];
}

/** A string value of an unknown JSON/XML node, trimmed; undefined for anything else or blank text. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  // NFC: TeX accents ({\'o}) come out of the BibTeX parser as a letter and a combining mark.
  const clean = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return clean === '' ? undefined : clean;
}

/** Own property of a parsed object, never an inherited one (`__proto__`, `constructor` stay inert). */
export function own(object: unknown, key: string): unknown {
  if (typeof object !== 'object' || object === null) return undefined;
  return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}
