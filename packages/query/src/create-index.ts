import type { Catalogue, ExtraTerms, Resource } from '@asm-kit/schema';
import { buildIndex, buildIndexInSteps } from './index-build.js';
import type { IndexData } from './internal/data.js';
import type { Query, SearchIndex, SearchOptions, SearchResult } from './query.js';
import { run } from './search.js';

/**
 * Indexes a catalogue (or a list of parsed resources) in memory. Building is the one slow step; keep the index
 * and query it as often as needed. `extraTerms` adds labels of a catalogue's own types and areas.
 *
 * @example
 * const index = createIndex(catalogue);
 * const result = index.searchSync({ ...EMPTY_QUERY, text: 'mercury', filters: { country: ['GH'] } });
 */
export function createIndex(
  input: Catalogue | readonly Resource[],
  options?: { extraTerms?: ExtraTerms },
): SearchIndex {
  return indexOf(buildIndex(input, options));
}

/**
 * {@link createIndex} in steps, for a page that indexes a large catalogue on its main thread: the generator pauses
 * every few hundred documents, the caller resumes it (`next()`) when the page has painted, and the index is the
 * generator's return value.
 */
export function* createIndexInSteps(
  input: Catalogue | readonly Resource[],
  options?: { extraTerms?: ExtraTerms },
): Generator<void, SearchIndex> {
  return indexOf(yield* buildIndexInSteps(input, options));
}

function indexOf(ix: IndexData): SearchIndex {
  const searchSync = (query: Query, opts?: SearchOptions): SearchResult => run(ix, query, opts);
  return {
    size: ix.docs.length,
    searchSync,
    search(query, opts) {
      // Settles on a later tick like a remote source would, and honours an abort that came first.
      return new Promise((resolve, reject) => {
        if (opts?.signal?.aborted) reject(opts.signal.reason);
        else resolve(searchSync(query, opts));
      });
    },
  };
}
