import { defineConfig } from 'vitest/config';

// Node tests that drive Chromium against the built Storybook (storybook-static, built by turbo first).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
