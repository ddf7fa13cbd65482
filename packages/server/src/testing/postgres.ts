// A throwaway PostgreSQL cluster for the integration tests: Debian's binaries, a temporary data folder, a free
// loopback port, trust authentication for a user 'asm'. As root the cluster runs as the 'postgres' user (the
// server refuses to run as root).
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Debian packages that provide what these tests need (CI installs them). */
export const POSTGRES_PACKAGES = 'postgresql';

/** The newest PostgreSQL (15 or later) bin folder installed the Debian way, or undefined. */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .map(Number)
    .filter((v) => v >= 15 && existsSync(join(root, String(v), 'bin', 'initdb')))
    .sort((a, b) => b - a);
  return versions.length ? join(root, String(versions[0]), 'bin') : undefined;
}

/** A running cluster: its connection string (superuser 'asm', database 'postgres') and how to stop it. */
export interface TestCluster {
  url: string;
  port: number;
  /** Stops the server and removes its data. */
  stop(): void;
  /** Stops the server, keeping its data (a database lost while serving). */
  pause(): void;
  /** Starts the paused server again. */
  resume(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command of the cluster as its owner; throws with its output when it fails. */
function run(asPostgres: boolean, command: string): void {
  const result = asPostgres
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { encoding: 'utf8' })
    : spawnSync('/bin/sh', ['-c', command], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Starts a cluster with the binaries in `bin`. */
export async function startCluster(bin: string): Promise<TestCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'asm-kit-pg-'));
  const asPostgres = process.getuid?.() === 0;
  if (asPostgres) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, +ids.stdout.trim(), +gid.stdout.trim());
  }
  const port = await freePort();
  const data = join(dir, 'data');
  run(asPostgres, `${bin}/initdb -D ${data} -A trust -U asm --no-sync > ${dir}/initdb.log`);
  const start = () =>
    run(
      asPostgres,
      `${bin}/pg_ctl -D ${data} -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off" -l ${dir}/log -w start > /dev/null`,
    );
  start();
  let stopped = false;
  return {
    url: `postgres://asm@127.0.0.1:${port}/postgres`,
    port,
    pause: () => run(asPostgres, `${bin}/pg_ctl -D ${data} -m immediate -w stop > /dev/null`),
    resume: start,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run(asPostgres, `${bin}/pg_ctl -D ${data} -m fast -w stop > /dev/null 2>&1 || true`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Why the real-PostgreSQL tests cannot run here, or undefined when they can: said in full so that CI fails with
 * the command to run, rather than skipping.
 */
export function postgresMissing(): string | undefined {
  if (postgresBin()) return undefined;
  return (
    `PostgreSQL 15 or newer is not installed (no /usr/lib/postgresql/*/bin/initdb). ` +
    `Install it with: apt-get install -y ${POSTGRES_PACKAGES}`
  );
}
