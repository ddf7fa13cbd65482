import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for @asm-kit/elements. Stories sit beside their component in packages/elements; this app only
 * holds the configuration and the docs pages, so the library package carries no Storybook build.
 */
const config: StorybookConfig = {
  stories: ['../docs/**/*.mdx', '../../../packages/elements/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The demo catalogue, served as a plain file, so stories load it the way a partner page does (`src`).
  staticDirs: [{ from: '../../../fixtures', to: '/fixtures' }],
  // Offline machines pay seconds per build for telemetry look-ups; designers do not need the notifications.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
