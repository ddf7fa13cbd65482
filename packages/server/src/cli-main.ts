import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatIssue } from '@asm-kit/schema';
import type { HttpOptions } from './http/server.js';
import { createHttpServer } from './http/server.js';
import type { Library, LibraryOptions } from './library.js';
import { openLibrary } from './library.js';
import type { CatalogueInput, LoadReport } from './load.js';

/** Where the command line writes, and its environment (so tests can run it in-process). */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
}

const USAGE = `Usage:
  asm-kit-server [--catalogue <file or URL>]... [--port 8787] [--host 127.0.0.1] [--data <folder>] [--cors <origin>]...
  asm-kit-server load <file or URL>... [--data <folder>]

Serves the HTTP API of a library (GET /v1/search, /v1/resources/:id, /v1/catalogue, /v1/openapi.json, /healthz,
/readyz), loading the catalogues given first. 'load' loads catalogues into the library and exits.
With DATABASE_URL the library is a PostgreSQL (15+) database (DATABASE_READER_URL: a read-only role for
searches); without it, embedded PGlite in --data (in memory when absent). PORT sets the port too.`;

/** Reads a catalogue from a file or an http(s) URL. */
export async function readCatalogue(location: string): Promise<CatalogueInput> {
  let text: string;
  if (/^https?:\/\//i.test(location)) {
    const response = await fetch(location);
    if (!response.ok) throw new Error(`${location}: HTTP ${response.status}`);
    text = await response.text();
  } else text = await readFile(location, 'utf8');
  try {
    return { source: location, data: JSON.parse(text) };
  } catch (error) {
    throw new Error(`${location} is not JSON: ${(error as Error).message}`, { cause: error });
  }
}

function report(io: CliIo, result: LoadReport): void {
  for (const source of result.sources) {
    io.err(`${source.source}: ${source.records} records loaded, ${source.issues.length} issues`);
    for (const issue of source.issues.slice(0, 20)) io.err(`  ${formatIssue(issue)}`);
    if (source.issues.length > 20) io.err(`  … and ${source.issues.length - 20} more`);
  }
  io.err(`library version ${result.version}: ${result.resources} resources`);
}

function libraryOptions(env: CliIo['env'], data: string | undefined): LibraryOptions {
  const options: LibraryOptions = {};
  if (env.DATABASE_URL) options.databaseUrl = env.DATABASE_URL;
  if (env.DATABASE_READER_URL) options.readerUrl = env.DATABASE_READER_URL;
  if (data) options.dataDir = data;
  return options;
}

/** A running server of the command line. */
export interface RunningServer {
  port: number;
  library: Library;
  stop(): Promise<void>;
}

/** Opens the library, loads the catalogues, and serves the HTTP API. */
export async function serve(
  io: CliIo,
  options: {
    catalogues: string[];
    port: number;
    host: string;
    data?: string;
    http?: HttpOptions;
  },
): Promise<RunningServer> {
  const library = await openLibrary(libraryOptions(io.env, options.data));
  try {
    if (options.catalogues.length) {
      report(io, await library.load(await Promise.all(options.catalogues.map(readCatalogue))));
    }
    const http = createHttpServer(library, options.http);
    const port = await http.listen(options.port, options.host);
    io.err(`asm-kit-server on http://${options.host}:${port}/v1/search (${library.kind})`);
    return {
      port,
      library,
      async stop() {
        await http.close();
        await library.close();
      },
    };
  } catch (error) {
    await library.close();
    throw error;
  }
}

/**
 * Runs the command line. Resolves with the exit code: for `load` when done; for serving, once the server is
 * started (the caller stops it on a signal through `started`).
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  started?: (server: RunningServer) => void,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        catalogue: { type: 'string', multiple: true },
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        cors: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  try {
    if (positionals[0] === 'load') {
      const locations = positionals.slice(1);
      if (!locations.length) {
        io.err(`load: name at least one catalogue\n\n${USAGE}`);
        return 2;
      }
      const library = await openLibrary(libraryOptions(io.env, values.data));
      try {
        report(io, await library.load(await Promise.all(locations.map(readCatalogue))));
      } finally {
        await library.close();
      }
      return 0;
    }
    if (positionals.length) {
      io.err(`unknown command '${positionals[0]}'\n\n${USAGE}`);
      return 2;
    }
    const port = Number(values.port ?? io.env.PORT ?? 8787);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.err(`--port must be a port number, not '${values.port ?? io.env.PORT}'`);
      return 2;
    }
    const server = await serve(io, {
      catalogues: values.catalogue ?? [],
      port,
      host: values.host ?? '127.0.0.1',
      ...(values.data ? { data: values.data } : {}),
      http: { corsOrigins: values.cors ?? [], log: (entry) => io.out(JSON.stringify(entry)) },
    });
    started?.(server);
    return 0;
  } catch (error) {
    io.err(`asm-kit-server: ${(error as Error).message}`);
    return 1;
  }
}
