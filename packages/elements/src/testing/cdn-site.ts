// Test support for the CDN build (Node side): serves dist-embed/ as a partner deploys it, beside the test's own
// pages and feeds, and opens Debian's Chromium on it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The strict Content-Security-Policy of a careful partner site: nothing inline, nothing from elsewhere. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

/** A running site: its origin, a browser, and the function that stops both. */
export interface CdnSite {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds the CDN files if they are missing, serves `asm-kit.js` and `chunks/` from the site's root under the CSP
 * that `csp` gives for each URL, passes every other request to `handle`, and launches Chromium.
 */
export async function startCdnSite(
  handle: (req: IncomingMessage, res: ServerResponse, url: URL) => unknown,
  csp: (url: URL) => string,
): Promise<CdnSite> {
  if (!existsSync(`${root}dist-embed/asm-kit.js`) || !existsSync(`${root}dist-embed/chunks`)) {
    const { build } = await import('vite');
    await build({ root, configFile: `${root}vite.embed.config.ts`, logLevel: 'warn' });
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    // The entry and its lazy chunks, served side by side as a partner deploys them.
    if (url.pathname === '/asm-kit.js' || /^\/chunks\/[\w-]+\.js$/.test(url.pathname)) {
      // Readable from any origin, as a CDN serves them: a page elsewhere can load the entry as a module.
      res.writeHead(200, {
        'content-type': 'text/javascript',
        'content-security-policy': csp(url),
        'access-control-allow-origin': '*',
      });
      res.end(readFileSync(`${root}dist-embed${url.pathname}`));
      return;
    }
    handle(req, res, url);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
