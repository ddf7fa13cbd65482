import { readFile, readdir } from 'node:fs/promises';
import type { Database } from './db.js';

// Shipped beside dist/ and src/ alike, so the same URL works for the built package and for the tests.
const MIGRATIONS = new URL('../migrations/', import.meta.url);
// Any constant: two servers starting at once on one database take turns instead of both migrating.
const LOCK = 0x61736d6b;

/** The migration files, `NNN_name.sql`, in the order they apply. */
export async function migrationFiles(): Promise<{ version: string; sql: string }[]> {
  const names = (await readdir(MIGRATIONS)).filter((n) => /^\d{3}_[\w-]+\.sql$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => ({
      version: name.slice(0, -4),
      sql: await readFile(new URL(name, MIGRATIONS), 'utf8'),
    })),
  );
}

/**
 * Applies the migrations the database has not seen, in order, each in its own transaction, and records each in
 * `asm_migrations`. Returns the versions applied now.
 */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec(
    'create table if not exists asm_migrations (version text primary key, applied_at timestamptz not null default now())',
  );
  const applied: string[] = [];
  for (const { version, sql } of await migrationFiles()) {
    const done = await db.transaction('write', async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [LOCK]);
      const seen = await tx.query('select 1 from asm_migrations where version = $1', [version]);
      if (seen.length) return false;
      await tx.exec(sql);
      await tx.query('insert into asm_migrations (version) values ($1)', [version]);
      return true;
    });
    if (done) applied.push(version);
  }
  return applied;
}
