import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { AxeBuilder } from '@axe-core/playwright';
import { repoRoot } from '../packages/workspace.js';

/** The built demo app served by Vite's preview server in this process, and one Chromium. */
export interface DemoSession {
  baseUrl: string;
  browser: Browser;
  newPage(options?: { viewport?: { width: number; height: number }; locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Serves apps/demo/dist (built by `npm test` before this runs) on a free loopback port. */
export async function openDemo(): Promise<DemoSession> {
  const root = resolve(repoRoot, 'apps/demo');
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', open: false, strictPort: false },
  });
  const baseUrl = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  const contexts: BrowserContext[] = [];
  return {
    baseUrl,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 900 },
        locale: options.locale ?? 'en-GB',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()));
      await browser.close();
      await server.close();
    },
  };
}

/** Runs axe-core (WCAG 2.x A and AA rules) over the page, shadow roots included. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' > ')).join('; ')})`,
  );
}
