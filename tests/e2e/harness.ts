import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { repoRoot } from '../packages/workspace.js';

/** The built demo app served by Vite's preview server in this process, and one Chromium. */
export interface DemoSession {
  baseUrl: string;
  browser: Browser;
  /** A page in a fresh context (own storage, history and routes); its errors are collected, see `pageErrors`. */
  newPage(options?: { viewport?: { width: number; height: number }; locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

/** A phone-sized viewport (CSS pixels). */
export const PHONE = { width: 375, height: 740 } as const;

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const errorsByPage = new WeakMap<Page, string[]>();

/**
 * Uncaught exceptions and unhandled rejections of a page so far. Collected rather than thrown from the event
 * handler (where a throw would escape the test), so each test asserts it saw none.
 */
export function pageErrors(page: Page): string[] {
  return errorsByPage.get(page) ?? [];
}

/** Serves apps/demo/dist (built by turbo before this runs) on a free loopback port. */
export function openDemo(): Promise<DemoSession> {
  return openSite(resolve(repoRoot, 'apps/demo'));
}

/** Serves a built site (`outDir`, absolute or relative to `root`) on a free loopback port, with one Chromium. */
export async function openSite(root: string, outDir = 'dist'): Promise<DemoSession> {
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', open: false, strictPort: false },
  });
  return openBrowser(server.resolvedUrls!.local[0]!, () => server.close());
}

/** One Chromium for a site already served at `baseUrl`; `close` also calls `closeSite` (stopping its server). */
export async function openBrowser(baseUrl: string, closeSite: () => Promise<void>): Promise<DemoSession> {
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
        baseURL: baseUrl,
        viewport: options.viewport ?? { width: 1280, height: 900 },
        locale: options.locale ?? 'en-GB',
      });
      contexts.push(context);
      // Resource links point at real sites: answer them locally so a test can follow one offline.
      await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="en"><title>External page</title><h1>External page</h1></html>',
        }),
      );
      const page = await context.newPage();
      const errors: string[] = [];
      errorsByPage.set(page, errors);
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      return page;
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()));
      await browser.close();
      await closeSite();
    },
  };
}

/** The demo catalogue as published (a fresh copy, to alter for broken-feed tests). */
export function demoCatalogue(): { resources: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(repoRoot, 'fixtures/demo-catalogue.json'), 'utf8'));
}

/** Runs axe-core (WCAG 2.x A and AA rules, best practices) over the page, shadow roots included. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' > ')).join('; ')})`,
  );
}

/** Text of the result count of the first list on the page (inside the list, or a standalone summary). */
export function summaryText(page: Page): Promise<string> {
  return page
    .locator('asm-result-summary [role="status"]')
    .first()
    .textContent()
    .then((text) => (text ?? '').trim());
}

/** Titles of the result cards shown, in order. */
export function cardTitles(page: Page, list = 'asm-resource-list'): Promise<string[]> {
  return page.locator(`${list} asm-resource-card [part~="title"]`).allTextContents();
}

/** Describes the element that has focus, looking through shadow roots. */
export function focused(page: Page): Promise<{ tag: string; part: string; href: string; label: string }> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return {
      tag: element?.localName ?? '',
      part: element?.getAttribute('part') ?? '',
      href: element?.getAttribute('href') ?? '',
      label: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim().slice(0, 80),
    };
  });
}

/** The strict Content-Security-Policy of a careful partner site: nothing inline, nothing from elsewhere. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * Opens the drop-in page and waits for its 42 results. With `csp`, every response of the page's own origin carries
 * STRICT_CSP, as on a strict partner site; `violations` collects what the browser reports.
 */
export async function openDropIn(
  demo: DemoSession,
  csp = false,
): Promise<{ page: Page; violations: string[] }> {
  const page = await demo.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  if (csp) {
    await page.route(/^http:\/\/127\.0\.0\.1/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': STRICT_CSP },
      });
    });
  }
  await page.goto('/drop-in.html');
  await expect.poll(() => summaryText(page)).toMatch(/^42 resources/);
  return { page, violations };
}

/** Presses Tab until the focused element has `part` (through shadow roots), at most `limit` times. */
export async function tabTo(page: Page, part: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit && !(await focused(page)).part.split(' ').includes(part); i++)
    await page.keyboard.press('Tab');
  expect((await focused(page)).part).toContain(part);
}
