import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI runs two packages' suites side by side on two cores: a browser can take seconds to settle,
    // and the one-second default of expect.poll made a passing test fail there.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    include: ['packages/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
