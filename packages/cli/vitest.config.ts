import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Bundles src/cli.ts once so that the command-line tests run the CLI as a child process, as users do.
    globalSetup: ['./src/testing/build-cli.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
