// The command line, run in-process with its real effects: a PGlite data folder, files, a server on loopback.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo, RunningServer } from './cli-main.js';
import { runCli } from './cli-main.js';

const demoPath = new URL('../../../fixtures/demo-catalogue.json', import.meta.url).pathname;

function io(env: Record<string, string> = {}): CliIo & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return { output, errors, out: (l) => output.push(l), err: (l) => errors.push(l), env };
}

describe('asm-kit-server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asm-kit-server-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads catalogues into a data folder, and serves them from it', async () => {
    const data = join(dir, 'data');
    const loading = io();
    expect(await runCli(['load', demoPath, '--data', data], loading)).toBe(0);
    expect(loading.errors).toContain(`${demoPath}: 42 records loaded, 0 issues`);

    const serving = io();
    let server: RunningServer | undefined;
    expect(await runCli(['--data', data, '--port', '0'], serving, (s) => (server = s))).toBe(0);
    try {
      const response = await fetch(`http://127.0.0.1:${server!.port}/v1/catalogue`);
      expect(await response.json()).toMatchObject({ resources: 42, sources: [{ source: demoPath }] });
    } finally {
      await server!.stop();
    }
  });

  it('serves the catalogues named with --catalogue', async () => {
    const serving = io();
    let server: RunningServer | undefined;
    expect(await runCli(['--catalogue', demoPath, '--port', '0'], serving, (s) => (server = s))).toBe(0);
    try {
      const response = await fetch(`http://127.0.0.1:${server!.port}/v1/search?q=mercury&size=1`);
      const result = (await response.json()) as { total: number; hits: unknown[] };
      expect(result.total).toBeGreaterThan(0);
      expect(result.hits).toHaveLength(1);
    } finally {
      await server!.stop();
    }
  });

  it('loads a catalogue from an http URL', async () => {
    const { createServer } = await import('node:http');
    const { readFileSync } = await import('node:fs');
    const server = createServer((_, res) => res.end(readFileSync(demoPath)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/catalogue.json`;
    try {
      const loading = io();
      expect(await runCli(['load', url], loading)).toBe(0);
      expect(loading.errors).toContain(`${url}: 42 records loaded, 0 issues`);
    } finally {
      server.close();
    }
  });

  it('stops with a message and exit code 1 when the database is down', async () => {
    const down = io({ DATABASE_URL: 'postgres://asm@127.0.0.1:1/library' });
    expect(await runCli(['--port', '0'], down)).toBe(1);
    expect(down.errors.join('\n')).toMatch(/^asm-kit-server: .*ECONNREFUSED/);
  });

  it('stops with exit code 1 for a file that is not JSON, and 2 for a wrong command line', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    const broken = io();
    expect(await runCli(['load', bad], broken)).toBe(1);
    expect(broken.errors.join('\n')).toContain('bad.json is not JSON');
    expect(await runCli(['load'], io())).toBe(2);
    expect(await runCli(['--port', 'eighty'], io())).toBe(2);
    expect(await runCli(['serve-all'], io())).toBe(2);
  });
});
