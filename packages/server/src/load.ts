import type { Catalogue, CatalogueIssue, ExtraTerms, LocalizedText, Resource } from '@asm-kit/schema';
import { parseCatalogue } from '@asm-kit/schema';
import type { Database, Queryable } from './db.js';
import type { SourceRecord } from './federate.js';
import { federate } from './federate.js';
import type { LibraryRows } from './rows.js';
import { libraryRows } from './rows.js';

/** A catalogue to load: its parsed JSON and where it came from (a URL or a file name, its identity). */
export interface CatalogueInput {
  source: string;
  data: unknown;
}

/** What loading one catalogue found. */
export interface SourceReport {
  source: string;
  /** The catalogue's name, per language. */
  name: LocalizedText;
  publisher?: string;
  /** Records loaded (valid ones). */
  records: number;
  /** Every issue parseCatalogue reported; a record with an error is skipped, never the whole catalogue. */
  issues: CatalogueIssue[];
}

/** What a load did. */
export interface LoadReport {
  sources: SourceReport[];
  /** Resources in the library after the load, merged across catalogues. */
  resources: number;
  /** The library's new version (changes with every load). */
  version: number;
}

// Any constant: loads take turns, so two never interleave their writes.
const LOAD_LOCK = 0x61736d6c;
const BATCH = 1000;

interface SourceRow {
  source: string;
  catalogue: Omit<Catalogue, 'resources'>;
}

/** Extra terms of several catalogues: the first catalogue to define a slug wins. */
function mergeExtraTerms(list: readonly (ExtraTerms | null | undefined)[]): ExtraTerms | undefined {
  const out: Record<string, Record<string, unknown>> = {};
  for (const extra of list) {
    for (const [vocabulary, terms] of Object.entries(extra ?? {})) {
      const into = (out[vocabulary] ??= {});
      for (const [slug, labels] of Object.entries(terms ?? {})) if (!(slug in into)) into[slug] = labels;
    }
  }
  return Object.keys(out).length ? (out as ExtraTerms) : undefined;
}

/**
 * Inserts rows through one JSON parameter per batch (json_to_recordset), so a load is a few statements. json
 * columns travel as JSON text inside the parameter: decoding them as json there would fail on a \u0000.
 */
async function insertJson(
  tx: Queryable,
  table: string,
  columns: Record<string, string>,
  rows: readonly object[],
): Promise<void> {
  const entries = Object.entries(columns);
  const jsonColumns = entries.filter(([, type]) => type === 'json').map(([name]) => name);
  const names = entries.map(([name]) => name).join(', ');
  const values = entries.map(([name, type]) => (type === 'json' ? `${name}::json` : name)).join(', ');
  const types = entries.map(([name, type]) => `${name} ${type === 'json' ? 'text' : type}`).join(', ');
  const encode = (row: object): object => {
    if (!jsonColumns.length) return row;
    const out: Record<string, unknown> = { ...row };
    for (const name of jsonColumns) out[name] = JSON.stringify(out[name]);
    return out;
  };
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.query(
      `insert into ${table} (${names}) select ${values} from json_to_recordset($1::json) as x(${types})`,
      [JSON.stringify(rows.slice(i, i + BATCH).map(encode))],
    );
  }
}

/** Replaces the derived tables with the rows of the merged library. */
async function writeLibrary(tx: Queryable, rows: LibraryRows): Promise<void> {
  await tx.query('delete from asm_title_order');
  await tx.query('delete from asm_facet_values');
  await tx.query('delete from asm_terms');
  await tx.query('delete from asm_provenance');
  await tx.query('delete from asm_search');
  await tx.query('delete from asm_resources');
  await insertJson(
    tx,
    'asm_resources',
    { ord: 'int', id: 'text', resource: 'json' },
    rows.resources.map(({ ord, id, resource }) => ({ ord, id, resource })),
  );
  await insertJson(
    tx,
    'asm_search',
    { ord: 'int', facet_values: 'int[]', year: 'int', rank_newest: 'int', rank_oldest: 'int' },
    rows.resources.map(({ id: _, resource: __, ...search }) => search),
  );
  await insertJson(
    tx,
    'asm_provenance',
    { ord: 'int', source: 'text', record_id: 'text', url: 'text' },
    rows.provenance,
  );
  await insertJson(
    tx,
    'asm_terms',
    { term: 'text', rank: 'int', first: 'int', length: 'int', letters: 'int', postings: 'int[]' },
    rows.terms,
  );
  await insertJson(
    tx,
    'asm_facet_values',
    { facet: 'text', value: 'text', position: 'int', code: 'int' },
    rows.facetValues,
  );
  await insertJson(tx, 'asm_title_order', { language: 'text', rank: 'int', ord: 'int' }, rows.titleOrder);
}

/**
 * Loads catalogues into the library: each is read with parseCatalogue (issues reported, invalid records
 * skipped), stored with its provenance (replacing an earlier load of the same source), and the library is
 * merged again from every stored catalogue. All of it is one transaction: a search sees the library before or
 * after the load, never part of it.
 */
export async function loadCatalogues(db: Database, inputs: readonly CatalogueInput[]): Promise<LoadReport> {
  const parsed = inputs.map(({ source, data }) => ({ source, ...parseCatalogue(data) }));
  return db.transaction('write', async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [LOAD_LOCK]);
    const reports: SourceReport[] = [];
    for (const { source, catalogue, issues } of parsed) {
      const [old] = await tx.query<{ position: number }>(
        'select position from asm_sources where source = $1',
        [source],
      );
      const [next] = await tx.query<{ position: number }>(
        'select coalesce(max(position) + 1, 0)::int as position from asm_sources',
      );
      await tx.query('delete from asm_sources where source = $1', [source]);
      const { resources, ...metadata } = catalogue;
      await tx.query(
        `insert into asm_sources (source, position, catalogue, record_count, issues)
         values ($1, $2, $3::json, $4, $5::json)`,
        [
          source,
          old?.position ?? next!.position,
          JSON.stringify(metadata),
          resources.length,
          JSON.stringify(issues),
        ],
      );
      await insertJson(
        tx,
        'asm_records',
        { source: 'text', position: 'int', record: 'json' },
        catalogue.resources.map((record, position) => ({ source, position, record })),
      );
      reports.push({
        source,
        name: catalogue.name,
        ...(catalogue.publisher ? { publisher: catalogue.publisher } : {}),
        records: catalogue.resources.length,
        issues,
      });
    }

    // Every stored catalogue, in load order: the ones just parsed from memory, the others from their records.
    const sources = await tx.query<SourceRow>('select source, catalogue from asm_sources order by position');
    const fresh = new Map(parsed.map((p) => [p.source, p.catalogue.resources]));
    const records: SourceRecord[] = [];
    for (const { source } of sources) {
      const list =
        fresh.get(source) ??
        (
          await tx.query<{ record: Resource }>(
            'select record from asm_records where source = $1 order by position',
            [source],
          )
        ).map((r) => r.record);
      for (const record of list) records.push({ source, record });
    }
    const defaultLanguage = sources[0]?.catalogue.defaultLanguage;
    const extra = mergeExtraTerms(sources.map((s) => s.catalogue.extraTerms));
    const rows = libraryRows(federate(records), defaultLanguage, extra);
    await writeLibrary(tx, rows);
    const [library] = await tx.query<{ version: number }>(
      `insert into asm_library (id, version, default_language, extra_terms, resource_count, title_languages)
       values (1, 1, $1, $2::json, $3, $4::text[])
       on conflict (id) do update set version = asm_library.version + 1, default_language = excluded.default_language,
         extra_terms = excluded.extra_terms, resource_count = excluded.resource_count,
         title_languages = excluded.title_languages
       returning version`,
      [
        defaultLanguage ?? null,
        extra ? JSON.stringify(extra) : null,
        rows.resources.length,
        rows.titleLanguages,
      ],
    );
    return { sources: reports, resources: rows.resources.length, version: library!.version };
  });
}
