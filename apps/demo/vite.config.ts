import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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
  plugins: [hostEmbedBundle(), pageSnippets()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: page('index'),
        'drop-in': page('drop-in'),
        partner: page('partner'),
        composed: page('composed'),
        check: page('check'),
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
