import type { Query, SearchSource } from '@asm-kit/query';
import type { Catalogue, ExtraTerms, LocalizedText, Resource } from '@asm-kit/schema';
import type { Database } from './db.js';
import { openPGlite, openPostgres } from './db.js';
import type { Provenance } from './federate.js';
import type { LibraryCache } from './internal/library-state.js';
import type { CatalogueInput, LoadReport } from './load.js';
import { loadCatalogues } from './load.js';
import { fromSqlText } from './internal/sql-text.js';
import { migrate } from './migrate.js';
import type { LibrarySearchOptions, LibrarySearchResult } from './search.js';
import { searchLibrary } from './search.js';

/** Where the library lives. */
export interface LibraryOptions {
  /**
   * A PostgreSQL (15 or newer) connection string, for migrations and loads. Without it the library runs on
   * embedded PGlite.
   */
  databaseUrl?: string;
  /**
   * A connection string for searches, as a role that may only read (see the README: asm_kit_reader). Defaults
   * to `databaseUrl`; every search runs in a READ ONLY transaction either way.
   */
  readerUrl?: string;
  /** PGlite's data folder; in memory when absent (tests). Ignored with `databaseUrl`. */
  dataDir?: string;
}

/** One catalogue of the library: where it came from and what loading it found. */
export interface LibrarySource {
  source: string;
  name: LocalizedText;
  publisher?: string;
  defaultLanguage?: string;
  updated?: string;
  /** The catalogue's own types and areas with their labels, for a client to label their values. */
  extraTerms?: ExtraTerms;
  records: number;
  issues: number;
  loadedAt: string;
}

/** The library as a whole: its version, size and catalogues. */
export interface LibraryInfo {
  version: number;
  resources: number;
  defaultLanguage?: string;
  sources: LibrarySource[];
}

/** A searchable library of several publishers' catalogues on PostgreSQL or PGlite. */
export interface Library extends SearchSource {
  /** 'pglite' or 'postgres'. */
  readonly kind: Database['kind'];
  /** Loads catalogues in one transaction (see loadCatalogues). */
  load(catalogues: readonly CatalogueInput[]): Promise<LoadReport>;
  /** The same contract as the in-memory index's search, with each hit's sources. */
  search(query: Query, options?: LibrarySearchOptions): Promise<LibrarySearchResult>;
  /** One resource by id with its sources, or undefined. */
  resource(id: string): Promise<{ resource: Resource; sources: Provenance[] } | undefined>;
  /** Metadata and provenance of the library. */
  info(): Promise<LibraryInfo>;
  /** Whether the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Opens the library: connects (PGlite by default, PostgreSQL with `databaseUrl`) and applies the migrations the
 * database has not seen.
 *
 * @example
 * const library = await openLibrary({ dataDir: './data' });
 * await library.load([{ source: 'catalogue.json', data: JSON.parse(text) }]);
 * const result = await library.search({ ...EMPTY_QUERY, text: 'mercury' }, { language: 'fr' });
 */
export async function openLibrary(options: LibraryOptions = {}): Promise<Library> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPGlite(options.dataDir);
  let reader = db;
  try {
    await migrate(db);
    if (options.databaseUrl && options.readerUrl && options.readerUrl !== options.databaseUrl) {
      reader = await openPostgres(options.readerUrl);
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  const cache: LibraryCache = {};
  return {
    kind: db.kind,
    load: (catalogues) => loadCatalogues(db, catalogues),
    search: (query, searchOptions) => searchLibrary(reader, cache, query, searchOptions),
    async resource(id) {
      return reader.transaction('read', async (tx) => {
        const [row] = await tx.query<{ ord: number; resource: Resource }>(
          'select ord, resource from asm_resources where id = $1',
          [id],
        );
        if (!row) return undefined;
        const sources = await tx.query<{ source: string; record_id: string; url: string | null }>(
          `select p.source, p.record_id, p.url from asm_provenance p join asm_sources s using (source)
           where p.ord = $1 order by s.position`,
          [row.ord],
        );
        return {
          resource: row.resource,
          sources: sources.map((s) => ({
            source: s.source,
            id: s.record_id,
            ...(s.url ? { url: fromSqlText(s.url) } : {}),
          })),
        };
      });
    },
    async info() {
      return reader.transaction('read', async (tx) => {
        const [library] = await tx.query<{
          version: number;
          resource_count: number;
          default_language: string | null;
        }>('select version, resource_count, default_language from asm_library');
        const sources = await tx.query<{
          source: string;
          catalogue: Omit<Catalogue, 'resources'>;
          record_count: number;
          issue_count: number;
          loaded_at: string;
        }>(
          `select source, catalogue, record_count, json_array_length(issues)::int as issue_count,
             to_json(loaded_at)#>>'{}' as loaded_at
           from asm_sources order by position`,
        );
        return {
          version: library?.version ?? 0,
          resources: library?.resource_count ?? 0,
          ...(library?.default_language ? { defaultLanguage: library.default_language } : {}),
          sources: sources.map(({ source, catalogue, record_count, issue_count, loaded_at }) => ({
            source,
            name: catalogue.name,
            ...(catalogue.publisher ? { publisher: catalogue.publisher } : {}),
            ...(catalogue.defaultLanguage ? { defaultLanguage: catalogue.defaultLanguage } : {}),
            ...(catalogue.updated ? { updated: catalogue.updated } : {}),
            ...(catalogue.extraTerms ? { extraTerms: catalogue.extraTerms } : {}),
            records: record_count,
            issues: issue_count,
            loadedAt: loaded_at,
          })),
        };
      });
    },
    async ping() {
      try {
        await reader.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (reader !== db) await reader.close();
      await db.close();
    },
  };
}
