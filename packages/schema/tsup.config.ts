import { defineConfig } from 'tsup';

export default defineConfig({
  // json-schema is an internal entry: scripts/write-json-schema.mjs loads it after the build to write
  // dist/catalogue.schema.json. It is not in the package's exports map.
  entry: { index: 'src/index.ts', 'json-schema': 'src/internal/json-schema.ts' },
  format: ['esm'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
