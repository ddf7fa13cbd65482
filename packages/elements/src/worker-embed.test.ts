// A large catalogue on partner pages, with the CDN build: checked and indexed in the index worker, or on the main
// thread where the page does not allow the worker, with the same results either way (but for the languages whose
// labels are searchable).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP, startCdnSite, type CdnSite } from './testing/cdn-site.js';

const TYPES = ['report', 'guide', 'case-study', 'policy-brief', 'toolkit'];
/** About 1.6 MB of catalogue: above the size from which the list indexes in a worker. */
const RECORDS = 2000;
const catalogue = JSON.stringify({
  schemaVersion: '1.0',
  name: 'Large',
  defaultLanguage: 'en',
  resources: Array.from({ length: RECORDS }, (_, i) => ({
    id: `r${i}`,
    title: `Record ${i} on artisanal gold mining`,
    type: TYPES[i % TYPES.length],
    countries: [['GH', 'PE', 'ID', 'BF'][i % 4]],
    published: String(1990 + (i % 35)),
    summary: `Summary ${i}. `.padEnd(
      700,
      'Mercury reduction, formalization and health in small-scale mining. ',
    ),
  })),
});
const reports = Math.ceil(RECORDS / TYPES.length);
const chunkName = (path: string) => path.replace(/^(\/chunks\/[\w-]+)-[\w-]{8}\.js$/, '$1');

const page = (entry: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Large</title><script type="module" src="${entry}"></script></head>
<body><main><h1>Library</h1><asm-resource-list src="/large.json"></asm-resource-list></main></body></html>`;
const broken = '{"resources": [' + '{"id": "x"},'.repeat(100_000);

/** Page CSPs by path: the strict one (which allows a worker of the page's origin), and stricter ones. */
const CSPS: Record<string, string> = {
  '/strict.html': STRICT_CSP,
  '/no-workers.html': `${STRICT_CSP}; worker-src 'none'`,
  '/trusted-types.html': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html asm-kit`,
  '/trusted-types-without-asm-kit.html': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`,
  '/broken.html': STRICT_CSP,
};

let site: CdnSite;
let elsewhere: Server;
let elsewhereBase = '';

beforeAll(async () => {
  site = await startCdnSite(
    (_req, res, url) => {
      const csp = CSPS[url.pathname];
      if (csp) {
        const html = page('/asm-kit.js');
        return res
          .writeHead(200, { 'content-type': 'text/html', 'content-security-policy': csp })
          .end(url.pathname === '/broken.html' ? html.replace('/large.json', '/broken.json') : html);
      }
      if (url.pathname === '/large.json')
        return res.writeHead(200, { 'content-type': 'application/json' }).end(catalogue);
      if (url.pathname === '/broken.json')
        return res.writeHead(200, { 'content-type': 'application/json' }).end(broken);
      res.writeHead(404).end();
    },
    // A worker's own script is under the policy it is served with: the page's, as a site serves its files.
    () => STRICT_CSP,
  );
  // A partner site on another origin, loading asm-kit.js from the first one as from a CDN, without a CSP.
  elsewhere = createServer((req, res) => {
    if (req.url === '/large.json')
      return res.writeHead(200, { 'content-type': 'application/json' }).end(catalogue);
    res.writeHead(200, { 'content-type': 'text/html' }).end(page(`${site.base}/asm-kit.js`));
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereBase = `http://localhost:${(elsewhere.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  elsewhere?.closeAllConnections();
  await new Promise((resolve) => elsewhere?.close(resolve));
  await site?.close();
});

/** Opens a page and records the scripts it loads (workers' included) and its errors. */
async function open(url: string): Promise<{ tab: Page; scripts: string[]; errors: string[] }> {
  const tab = await site.browser.newPage();
  const scripts: string[] = [];
  const errors: string[] = [];
  tab.on('request', (request) => {
    if (['script', 'other'].includes(request.resourceType()) && request.url().endsWith('.js'))
      scripts.push(chunkName(new URL(request.url()).pathname));
  });
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(url);
  return { tab, scripts, errors };
}

const summary = (tab: Page) => tab.locator('asm-result-summary [part~="base"]');

/**
 * Waits for the whole catalogue, then searches by a vocabulary label: the worker makes every language's labels
 * searchable ('rapport' on this English page), the main thread those of the languages the page loaded ('report').
 */
async function searchable(tab: Page, word = 'rapport'): Promise<void> {
  await expect.poll(() => summary(tab).textContent(), { timeout: 20_000 }).toContain('2,000 resources');
  await tab.locator('asm-resource-list input[type="search"]').fill(word);
  await expect
    .poll(() => summary(tab).textContent(), { timeout: 10_000 })
    .toContain(`${reports.toLocaleString('en')} resources`);
}

describe('a large catalogue', () => {
  it('is read, checked and indexed in the worker, and searched there, under the strict CSP', async () => {
    const { tab, scripts, errors } = await open(`${site.base}/strict.html`);
    await searchable(tab);
    expect(scripts).toContain('/chunks/worker-catalogue');
    expect(scripts).toContain('/chunks/index-worker');
    // The main thread never loaded the checker and the indexer.
    expect(scripts).not.toContain('/chunks/catalogue-engine');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('falls back to the main thread, with the same results, where the CSP allows no worker', async () => {
    const { tab, scripts, errors } = await open(`${site.base}/no-workers.html`);
    await searchable(tab, 'report');
    expect(scripts).toContain('/chunks/catalogue-engine');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('starts the worker through the asm-kit Trusted Types policy where the page allows it', async () => {
    const { tab, scripts, errors } = await open(`${site.base}/trusted-types.html`);
    await searchable(tab);
    expect(scripts).toContain('/chunks/index-worker');
    expect(scripts).not.toContain('/chunks/catalogue-engine');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('falls back to the main thread under Trusted Types without the asm-kit policy', async () => {
    const { tab, scripts, errors } = await open(`${site.base}/trusted-types-without-asm-kit.html`);
    await searchable(tab, 'report');
    expect(scripts).toContain('/chunks/catalogue-engine');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('uses the worker when asm-kit.js comes from another origin, as from a CDN', async () => {
    const { tab, scripts, errors } = await open(`${elsewhereBase}/page.html`);
    await searchable(tab);
    expect(scripts).toContain('/chunks/index-worker');
    expect(scripts).not.toContain('/chunks/catalogue-engine');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('says a large file that is not JSON cannot be read, with a retry, and leaves no worker behind', async () => {
    const { tab, errors } = await open(`${site.base}/broken.html`);
    const error = tab.locator('asm-resource-list [part~="error"]');
    await expect.poll(() => error.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => tab.locator('asm-resource-list [part~="retry-button"]').count()).toBe(1);
    // The worker that found the file broken was ended with the failed load.
    await expect.poll(() => tab.workers().length).toBe(0);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
