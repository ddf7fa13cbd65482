import { readFileSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Server from '@asm-kit/server';
import { defineConfig, type Connect, type Plugin, type PreviewServer, type ViteDevServer } from 'vite';

const page = (name: string): string => fileURLToPath(new URL(`./${name}.html`, import.meta.url));

/**
 * Hosts the elements' CDN build (`@asm-kit/elements/embed`, i.e. packages/elements/dist-embed/asm-kit.js) at
 * /asm-kit.js, with its lazy chunks at /chunks/, the way a partner copies the file to their site: the demo uses the built file, never the
 * source. Served as is in dev, written to dist/ unchanged in a build. Pages load it with a plain script tag
 * marked `vite-ignore` so Vite leaves the tag alone (the attribute is removed from the output).
 */
function hostEmbedBundle(): Plugin {
  const file = (): string => fileURLToPath(import.meta.resolve('@asm-kit/elements/embed'));
  // The lazy chunk(s) asm-kit.js imports on first use of "Cite" or structured-data, from ./chunks/ beside it.
  const chunks = (): string[] => readdirSync(new URL('chunks/', pathToFileURL(file())));
  const chunk = (name: string): Buffer => readFileSync(new URL(`chunks/${name}`, pathToFileURL(file())));
  return {
    name: 'asm-demo-embed-bundle',
    configureServer(server) {
      server.middlewares.use('/asm-kit.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(file()));
      });
      server.middlewares.use('/chunks/', (request, response, next) => {
        const name = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!chunks().includes(name)) return next();
        response.setHeader('Content-Type', 'text/javascript');
        response.end(chunk(name));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'asm-kit.js', source: readFileSync(file()) });
      for (const name of chunks()) {
        this.emitFile({ type: 'asset', fileName: `chunks/${name}`, source: chunk(name) });
      }
    },
  };
}

/** The catalogues of the "Shared library" page: the demo catalogue, and a second publisher's small one. */
const SHARED_CATALOGUES = [
  { source: 'demo-catalogue.json', file: '../../fixtures/demo-catalogue.json' },
  { source: 'second-publisher.json', file: './shared/second-publisher.json' },
];

/**
 * The API of the "Shared library" page (shared.html, `<asm-resource-list endpoint="/v1">`): `@asm-kit/server`
 * started in this process on PGlite in memory, loaded with SHARED_CATALOGUES (two publishers: one record is in
 * both, and shows once, with both sources), answering /v1/* in the dev and preview servers. It starts with the
 * server; the first requests wait for the load (a few seconds). With `ASM_KIT_API` set (a running
 * `asm-kit-server`, e.g. http://127.0.0.1:8787), /v1/* is proxied there instead (see the README: a 100k
 * catalogue). Never part of a build: dist/ is static files.
 */
function sharedLibrary(): Plugin {
  type Handler = (request: IncomingMessage, response: ServerResponse) => void;
  let api: Promise<Handler> | undefined;
  let close: (() => Promise<void>) | undefined;
  const start = (): Promise<Handler> =>
    (api ??= (async () => {
      // A package name in a variable: the config bundler leaves the import to Node, so the server runs from its
      // own dist (with its migration files beside it) and only when a server starts, never in `vite build`.
      const name = '@asm-kit/server';
      const { openLibrary, createHttpServer } = (await import(/* @vite-ignore */ name)) as typeof Server;
      const library = await openLibrary();
      close = () => library.close();
      const report = await library.load(
        SHARED_CATALOGUES.map(({ source, file }) => ({
          source,
          data: JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')),
        })),
      );
      console.log(
        `shared library: ${report.resources} resources from ${report.sources.length} catalogues at /v1/`,
      );
      // Same origin as the pages: no CORS. Only warnings and errors are logged, not every request.
      const http = createHttpServer(library, {
        log: (entry) => {
          if (entry.level !== 'info') console.warn(JSON.stringify(entry));
        },
      });
      return (request, response) => http.server.emit('request', request, response);
    })());
  const middleware: Connect.NextHandleFunction = (request, response, next) => {
    if (!request.url?.startsWith('/v1/')) return next();
    start().then(
      (handle) => handle(request, response),
      (error: unknown) => {
        console.error('shared library: the embedded server did not start', error);
        response.writeHead(503, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'the embedded server did not start' }));
      },
    );
  };
  const external = process.env.ASM_KIT_API;
  /** Starts the library with the server, and closes it with the server. */
  const serve = (server: ViteDevServer | PreviewServer): void => {
    if (external) return;
    void start().catch(() => undefined);
    server.middlewares.use(middleware);
    server.httpServer?.once('close', () => void api?.then(() => close?.()).catch(() => undefined));
  };
  return {
    name: 'asm-demo-shared-library',
    config: () =>
      external
        ? { server: { proxy: { '/v1': external } }, preview: { proxy: { '/v1': external } } }
        : undefined,
    configureServer: serve,
    configurePreviewServer: serve,
  };
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Fills each `<code data-snippet></code>` with the escaped markup between `<!-- snippet -->` and
 * `<!-- /snippet -->` on the same page, so the snippet a partner copies is exactly what the page runs.
 */
function pageSnippets(): Plugin {
  return {
    name: 'asm-demo-snippets',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const parts = [...html.matchAll(/<!-- snippet -->\n?([\s\S]*?)\n?\s*<!-- \/snippet -->/g)].map((m) =>
          dedent(m[1]!.replace(/ vite-ignore/g, '')),
        );
        const snippet = parts.join('\n\n');
        return html
          .replace('<code data-snippet></code>', `<code>${escapeHtml(snippet)}</code>`)
          .replace(/\n?\s*<!-- \/?snippet -->/g, '');
      },
    },
  };
}

/** Removes the common indentation of the lines (the snippet sits indented inside the page's body). */
function dedent(text: string): string {
  const lines = text
    .replace(/^\s*\n/, '')
    .replace(/\s+$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export default defineConfig({
  plugins: [hostEmbedBundle(), pageSnippets(), sharedLibrary()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: page('index'),
        'drop-in': page('drop-in'),
        partner: page('partner'),
        composed: page('composed'),
        check: page('check'),
        shared: page('shared'),
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
