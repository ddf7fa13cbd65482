// The databases the tests run on: PGlite in memory always, and a real PostgreSQL cluster when one is installed.
// Under CI=true a missing PostgreSQL is a failure with the command to run, never a skip.
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { LibraryOptions } from '../library.js';
import type { TestCluster } from './postgres.js';
import { postgresBin, postgresMissing, startCluster } from './postgres.js';

/** An engine under test: opens a fresh, empty database for each call. */
export interface Engine {
  name: string;
  /** Options of openLibrary for a new, empty database. */
  fresh(): Promise<LibraryOptions>;
}

const pglite: Engine = { name: 'PGlite', fresh: async () => ({}) };

/**
 * Declares `body` once per engine. For PostgreSQL a cluster is started before the engine's tests and stopped
 * after them; each `fresh()` is a new database in it.
 */
export function describeEngines(title: string, body: (engine: Engine) => void): void {
  describe(`${title} (PGlite)`, () => body(pglite));
  describePostgres(title, body);
}

/** Declares `body` for a real PostgreSQL only (what PGlite cannot show: roles, a server that goes away). */
export function describePostgres(
  title: string,
  body: (engine: Engine & { cluster(): TestCluster }) => void,
): void {
  const missing = postgresMissing();
  if (missing) {
    // Never skipped: without PostgreSQL the suite fails with the command to run (`npm test` installs it as root).
    describe(`${title} (PostgreSQL)`, () => {
      it('needs PostgreSQL installed', () => {
        throw new Error(missing);
      });
    });
    return;
  }
  describe(`${title} (PostgreSQL)`, () => {
    let cluster: TestCluster | undefined;
    let databases = 0;
    const engine = {
      name: 'PostgreSQL',
      cluster: () => cluster!,
      async fresh(): Promise<LibraryOptions> {
        if (!cluster) throw new Error('the PostgreSQL cluster did not start');
        const name = `library_${++databases}`;
        const client = new pg.Client({ connectionString: cluster.url });
        await client.connect();
        await client.query(`create database ${name}`);
        await client.end();
        return { databaseUrl: cluster.url.replace(/\/postgres$/, `/${name}`) };
      },
    };
    beforeAll(async () => {
      cluster = await startCluster(postgresBin()!);
    });
    afterAll(() => cluster?.stop());
    body(engine);
  });
}
