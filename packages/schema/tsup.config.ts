import { defineConfig } from 'tsup';

export default defineConfig({
  // json-schema is an internal entry: scripts/write-json-schema.mjs loads it after the build to write
  // dist/catalogue.schema.json. It is not in the package's exports map.
  // messages is '@asm-kit/schema/messages': the words of problems, which apps import() only when needed.
  // check is not exported either: as an entry it makes esbuild put the modules checkCatalogue needs in chunks
  // of their own (esbuild groups modules by the entries that reach them), apart from the words, so that an
  // app's bundler can leave the words in a lazy chunk. Without it they share one chunk with the vocabularies.
  // testing is '@asm-kit/schema/testing': the resource builders the tests of every package use. It imports
  // only types, so it adds no chunk and moves no module.
  // core is '@asm-kit/schema/core': index without the French, Spanish and Portuguese labels, which are
  // '@asm-kit/schema/labels/<language>', for a browser build that loads the labels of one language with its UI
  // strings. index registers the three itself (so it is the one module listed in package.json sideEffects).
  entry: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    'labels/fr': 'src/vocabularies/labels/fr.ts',
    'labels/es': 'src/vocabularies/labels/es.ts',
    'labels/pt': 'src/vocabularies/labels/pt.ts',
    messages: 'src/messages.ts',
    check: 'src/check.ts',
    testing: 'src/testing.ts',
    'json-schema': 'src/internal/json-schema.ts',
  },
  format: ['esm'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
