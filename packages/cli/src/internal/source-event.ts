import type { Problem } from './issues.js';

// The types the catalogue readers share: a leaf module, so that source.ts (which picks a reader) and the
// readers (csv/read.ts) import it rather than each other.

/** What a catalogue reader yields: the settings once, then resources (or problems) one at a time. */
export type SourceEvent =
  | { kind: 'meta'; meta: Record<string, unknown>; problems: Problem[] }
  | {
      kind: 'resource';
      /** 1-based number of the resource in the file. */
      index: number;
      line?: number;
      input: unknown;
      /** CSV column behind a path of the resource (as segments: ['files', 1, 'url']), for reports. */
      columnOf?: (path: readonly (string | number)[]) => string | undefined;
    }
  | { kind: 'problem'; problem: Problem };
