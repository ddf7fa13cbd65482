import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Something that runs one SQL statement with positional parameters ($1, $2…) and returns its rows. */
export interface Queryable {
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs several statements separated by semicolons, without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** How a transaction may touch the data. */
export type TransactionMode = 'read' | 'write';

/**
 * The one interface the rest of the package talks to, so that PGlite and PostgreSQL run the same SQL. A 'read'
 * transaction is REPEATABLE READ and READ ONLY: every statement of a search sees the same snapshot, so a load
 * committed in between never mixes two catalogues in one answer.
 */
export interface Database extends Queryable {
  /** 'pglite' (embedded) or 'postgres' (a server through DATABASE_URL). */
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(mode: TransactionMode, fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const BEGIN: Record<TransactionMode, string> = {
  read: 'begin isolation level repeatable read read only',
  write: 'begin',
};

/**
 * Opens PGlite (PostgreSQL in WebAssembly) on a data folder, or in memory when `dataDir` is undefined. One
 * connection: statements and transactions run one at a time, in the order they were asked for.
 */
export async function openPGlite(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir);
  // PGlite runs one transaction at a time; a queue keeps a statement from slipping into another's transaction.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  // PGlite runs a statement without giving the event loop a turn: without a pause after each, a long load would
  // keep the HTTP server from even accepting requests until it ends.
  const query = async <T>(sql: string, params?: readonly unknown[]): Promise<T[]> => {
    const { rows } = await db.query<T>(sql, params as unknown[] | undefined);
    await new Promise((resolve) => setImmediate(resolve));
    return rows;
  };
  return {
    kind: 'pglite',
    query: (sql, params) => exclusive(() => query(sql, params)),
    exec: (sql) => exclusive(async () => void (await db.exec(sql))),
    transaction: (mode, fn) =>
      exclusive(async () => {
        await db.query(BEGIN[mode]);
        try {
          const result = await fn({ query, exec: async (sql) => void (await db.exec(sql)) });
          await db.query('commit');
          return result;
        } catch (error) {
          await db.query('rollback').catch(() => undefined);
          throw error;
        }
      }),
    close: () => exclusive(() => db.close()),
  };
}

/** Opens a pool of connections to a PostgreSQL server (15 or newer). */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection the server dropped must not crash the process; the next query gets a new one.
  pool.on('error', () => undefined);
  // Fails now, with the server's message, when the database cannot be reached or the credentials are wrong.
  (await pool.connect()).release();
  const query = async <T>(client: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]) =>
    (await client.query(sql, params as unknown[] | undefined)).rows as T[];
  return {
    kind: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    exec: async (sql) => void (await pool.query(sql)),
    async transaction(mode, fn) {
      const client = await pool.connect();
      // A connection lost while checked out is reported by the failing query; the event must not crash.
      const ignore = () => undefined;
      client.on('error', ignore);
      const release = (destroy?: boolean) => {
        client.off('error', ignore);
        client.release(destroy);
      };
      try {
        await client.query(BEGIN[mode]);
        const result = await fn({
          query: (sql, params) => query(client, sql, params),
          exec: async (sql) => void (await client.query(sql)),
        });
        await client.query('commit');
        release();
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        // A connection that failed may be broken: it is closed rather than given to the next request.
        release(true);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
