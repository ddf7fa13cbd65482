import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

export default defineConfig({
  test: {
    // CI runs two packages' suites side by side on two cores: a browser can take seconds to settle,
    // and the one-second default of expect.poll made a passing test fail there.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    testTimeout: 20_000,
    projects: [
      {
        // Component tests run in real Chromium: layout, computed styles, focus and axe need a real engine.
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts'],
          exclude: [
            'src/size.test.ts',
            'src/embed.test.ts',
            'src/robustness.test.ts',
            'src/map-embed.test.ts',
            'src/worker-embed.test.ts',
          ],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            // A desktop-sized frame: narrow-container behaviour is tested by sizing the element itself.
            viewport: { width: 1280, height: 900 },
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The CDN build, checked from Node: its size budget, and a partner page under a strict CSP.
        extends: true,
        test: {
          name: 'embed',
          include: [
            'src/size.test.ts',
            'src/embed.test.ts',
            'src/robustness.test.ts',
            'src/map-embed.test.ts',
            'src/worker-embed.test.ts',
          ],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
