import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Minifies the HTML and CSS inside this package's html`` and css`` templates (the JS minifier leaves template text
 * alone), with the Lit team's plugin. Measured against the two hand-written passes it replaced: 56 B smaller
 * min+gzip. A template it cannot parse fails the build instead of shipping unminified.
 */
const minifyTemplates = () =>
  minifyHTMLLiterals({
    include: ['**/src/**/*.ts'],
    exclude: ['**/*.test.ts', '**/*.stories.ts'],
    failOnError: true,
  });

/**
 * CDN build: asm-kit.js (Lit, query, schema and the English UI strings, registering every element) and, next to
 * it in chunks/, the code loaded on first use: "Cite" or structured-data, catalogue problem messages, and the UI
 * strings of each other UI language (French, Spanish, Portuguese, Indonesian).
 */
export default defineConfig({
  plugins: [minifyTemplates()],
  // The vocabulary and region labels of each language but English come with the UI strings of their
  // language (src/i18n/<language>.ts registers them), not in asm-kit.js: every '@asm-kit/schema' import, the
  // query's and the crosswalk's too, is the core entry here (English labels). Subpaths stay as they are.
  // The index worker is bundled by Vite into chunks/ (spawn-worker.cdn.ts imports its URL), with every language's
  // labels of its own ('@asm-kit/schema/all-languages'), and started from the entry's folder.
  resolve: {
    alias: [
      { find: /^@asm-kit\/schema$/, replacement: '@asm-kit/schema/core' },
      // @asm-kit/query from its modules rather than its one-file dist: the bundler places whole modules, so the
      // store and URL state (which the entry needs) and the indexer and search (which only the lazy catalogue
      // engine and the worker need) can only land in different files when they are different modules.
      {
        find: /^@asm-kit\/query$/,
        replacement: fileURLToPath(new URL('../query/src/index.ts', import.meta.url)),
      },
      {
        find: /^\.\/spawn-worker\.js$/,
        replacement: fileURLToPath(new URL('src/internal/spawn-worker.cdn.ts', import.meta.url)),
      },
    ],
  },
  // URLs of chunks and of the worker relative to the entry (import.meta.url), wherever it is deployed.
  base: './',
  worker: {
    format: 'es',
    plugins: () => [minifyTemplates()],
    rolldownOptions: { output: { minify: true, entryFileNames: 'chunks/[name]-[hash].js' } },
  },
  build: {
    outDir: 'dist-embed',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // Lib mode leaves the 'es' output unminified unless Rolldown is told to minify it too. Code reached through
    // import() (the crosswalk behind "Cite" and structured-data) becomes a lazy chunk in chunks/, which the entry
    // imports by a URL relative to itself: asm-kit.js and chunks/ are deployed side by side.
    // 'allow-extension' lets the bundler keep the code both share (schema vocabularies) in the entry, exported
    // to the chunk, instead of splitting it into a third file every page would have to load ('strict' in lib mode).
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
    lib: {
      entry: 'src/embed.ts',
      name: 'AsmKit',
      // ES only: a classic-script (IIFE) build cannot load a chunk lazily, so it would carry the crosswalk code
      // (about 46 KB gzip in all) on every page; every browser the elements support runs module scripts.
      formats: ['es'],
      fileName: () => 'asm-kit.js',
    },
  },
});
