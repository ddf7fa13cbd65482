// The map on the CDN build, as a partner page uses it: a list with `map`, served under the strict CSP of
// embed.test.ts. The map's code and geometry come from lazy chunks beside asm-kit.js.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP as CSP, startCdnSite, type CdnSite } from './testing/cdn-site.js';

const catalogue = JSON.stringify({
  schemaVersion: '1.0',
  name: 'Map test',
  defaultLanguage: 'en',
  resources: [
    {
      id: 'one',
      title: 'Mercury-free processing',
      type: 'guide',
      countries: ['GH', 'BF'],
      published: '2020',
    },
    { id: 'two', title: 'Formalization guide', type: 'report', countries: ['PE'], published: '2021-05' },
    { id: 'three', title: 'Gold shops', type: 'report', countries: ['GH'], published: '2022' },
  ],
});

/** Two records with years that link to each other: the list would load the histogram and the links' code. */
const linked = JSON.stringify({
  schemaVersion: '1.0',
  name: 'Links',
  defaultLanguage: 'en',
  resources: [
    { id: 'old', title: 'Handbook, first edition', type: 'guide', published: '2015', related: ['new'] },
    { id: 'new', title: 'Handbook, second edition', type: 'guide', published: '2024', supersedes: ['old'] },
  ],
});

const page = (lang: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Map</title><script type="module" src="/asm-kit.js"></script></head>
<body><main><h1>Partner</h1><asm-resource-list src="/catalogue.json" map></asm-resource-list></main></body></html>`;

/** '/chunks/map-view-Ab12_x-Y.js' -> '/chunks/map-view'. */
const chunkName = (path: string) => path.replace(/^(\/chunks\/[\w-]+)-[\w-]{8}\.js$/, '$1');

let site: CdnSite;
let browser: Browser;
let base = '';

beforeAll(async () => {
  site = await startCdnSite(
    (_req, res, url) => {
      const send = (type: string, body: string) =>
        res.writeHead(200, { 'content-type': type, 'content-security-policy': CSP }).end(body);
      if (url.pathname === '/en.html') return send('text/html', page('en'));
      if (url.pathname === '/fr.html') return send('text/html', page('fr'));
      if (url.pathname === '/catalogue.json') return send('application/json', catalogue);
      if (url.pathname === '/links.html')
        return send('text/html', page('en').replace('/catalogue.json', '/links.json'));
      if (url.pathname === '/links.json') return send('application/json', linked);
      res.writeHead(404).end();
    },
    () => CSP,
  );
  ({ base, browser } = site);
}, 60_000);

afterAll(() => site?.close());

/**
 * Opens a page and collects its script requests and CSP violations or errors. With `blockMap`, the map's chunk
 * gets a 404 (a failed deploy, a proxy blocking it).
 */
async function open(
  path: string,
  blockMap = false,
): Promise<{ tab: Page; scripts: string[]; errors: string[] }> {
  const tab = await browser.newPage();
  if (blockMap)
    await tab.route('**/chunks/map-view-*.js', (route) => route.fulfill({ status: 404, body: '' }));
  const scripts: string[] = [];
  const errors: string[] = [];
  tab.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(chunkName(new URL(request.url()).pathname));
  });
  tab.on('pageerror', (error) => errors.push(String(error)));
  tab.on('console', (message) => {
    if (/Refused to|Content.Security.Policy/i.test(message.text())) errors.push(message.text());
  });
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content-Security-Policy violation: ${e.violatedDirective}`),
    );
  });
  await tab.goto(`${base}${path}`);
  return { tab, scripts, errors };
}

describe('<asm-resource-list map> on the CDN build', () => {
  it('loads the map chunks relative to asm-kit.js and draws the countries under the strict CSP', async () => {
    const { tab, scripts, errors } = await open('/en.html');
    const countries = tab.locator('asm-resource-map [part~="country"]');
    await expect.poll(() => countries.count(), { timeout: 15_000 }).toBe(3);
    expect(
      await countries.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')).sort()),
    ).toEqual(['Burkina Faso, 1 resource', 'Ghana, 2 resources', 'Peru, 1 resource']);
    // Colours come from the adopted stylesheet: the most results get the accent colour.
    const fill = await tab
      .locator('asm-resource-map [data-code="GH"] path')
      .evaluate((node) => getComputedStyle(node).fill);
    expect(fill).toBe('rgb(11, 95, 138)');
    expect(scripts).toEqual(expect.arrayContaining(['/asm-kit.js', '/chunks/map-panel', '/chunks/map-view']));
    // Clicking a country filters the list.
    await tab.locator('asm-resource-map [data-code="PE"]').click();
    await expect.poll(() => tab.locator('asm-resource-card').count()).toBe(1);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('says so and shows the table when the map chunk cannot be loaded', async () => {
    const { tab } = await open('/fr.html', true);
    const status = tab.locator('asm-resource-map [part~="status"]');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toBe('La carte n’a pas pu être chargée.');
    const rows = tab.locator('asm-resource-map tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await tab.locator('asm-resource-map table').isVisible()).toBe(true);
    // The list itself works on.
    expect(await tab.locator('asm-resource-card').count()).toBe(3);
    await tab.close();
  });
});

describe('lazy chunks that cannot be loaded (a failed deploy, a proxy blocking them)', () => {
  it('leave a working list: no histogram, no links, a download that says it failed, and no page error', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    for (const chunk of ['year-histogram', 'related', 'download-view'])
      await tab.route(`**/chunks/${chunk}-*.js`, (route) => route.fulfill({ status: 404, body: '' }));
    await tab.goto(`${base}/links.html`);
    await expect.poll(() => tab.locator('asm-resource-card').count(), { timeout: 15_000 }).toBe(2);
    // The year group keeps its fields and gives up the space it held for the chart.
    expect(await tab.locator('asm-filter-bar [part~="year-input"]').count()).toBe(2);
    await expect.poll(() => tab.locator('asm-filter-bar .chart').count()).toBe(0);
    expect(await tab.locator('asm-resource-card [part~="related"]').count()).toBe(0);
    await tab.locator('asm-resource-list [part~="download-button"]').click();
    await tab.locator('asm-resource-list [part~="download-format"]', { hasText: 'RIS' }).click();
    await expect
      .poll(() => tab.locator('asm-resource-list [part~="download-status"]').textContent())
      .toBe('The results could not be downloaded.');
    expect(errors).toEqual([]);
    await tab.close();
  });
});
