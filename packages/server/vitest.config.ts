import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Starting PGlite takes seconds and loading a 10k catalogue more: generous limits, one file at a time on
    // a 2-core machine (the PostgreSQL cluster of the integration tests is shared by the files).
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
