import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// '@asm-kit/schema/labels/<language>': one entry per module of src/vocabularies/labels/, so that a new language
// needs no line here (package.json exports them with the pattern './labels/*').
const labelEntries = Object.fromEntries(
  readdirSync(new URL('src/vocabularies/labels/', import.meta.url))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => [`labels/${file.slice(0, -3)}`, `src/vocabularies/labels/${file}`]),
);

export default defineConfig({
  // json-schema is an internal entry: scripts/write-json-schema.mjs loads it after the build to write
  // dist/catalogue.schema.json. It is not in the package's exports map.
  // messages is '@asm-kit/schema/messages': the words of problems, which apps import() only when needed.
  // check is not exported either: as an entry it makes esbuild put the modules checkCatalogue needs in chunks
  // of their own (esbuild groups modules by the entries that reach them), apart from the words, so that an
  // app's bundler can leave the words in a lazy chunk. Without it they share one chunk with the vocabularies.
  // testing is '@asm-kit/schema/testing': the resource builders the tests of every package use. It imports
  // only types, so it adds no chunk and moves no module.
  // core is '@asm-kit/schema/core': index without the labels of the languages other than English, which are
  // '@asm-kit/schema/labels/<language>', for a browser build that loads the labels of one language with its UI
  // strings. index registers them all itself (so it is the one module listed in package.json sideEffects).
  entry: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    ...labelEntries,
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
