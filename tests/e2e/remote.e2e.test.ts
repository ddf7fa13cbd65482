import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createHttpServer, openLibrary, type HttpServer, type Library } from '@asm-kit/server';
import type { Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../packages/workspace.js';
import type { AsmResourceList } from '@asm-kit/elements';
import { openBrowser, pageErrors, type DemoSession } from './harness.js';

// Remote mode of <asm-resource-list endpoint>: the CDN build on a page of one origin, the real @asm-kit/server (on
// PGlite, in memory, over the demo catalogue) on another loopback port, allowing that origin (CORS). Most pages
// hold two lists over the same catalogue: `src` (the in-memory index in the browser) and `endpoint` (the server),
// which must show the same results, counts and labels through every step.

const embed = resolve(repoRoot, 'packages/elements/dist-embed');
const catalogueText = readFileSync(resolve(repoRoot, 'fixtures/demo-catalogue.json'), 'utf8');

let library: Library;
let api: HttpServer;
let apiUrl: string;
let site: Server;
let session: DemoSession;
/** A port nothing listens on until a test starts the API there (a server that is down, then back). */
let downPort: number;
let siteOrigin: string;

/** A page of the test site: the CDN script, then `body`, in `lang`. */
const page = (body: string, lang = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Remote list</title>` +
  `<script type="module" src="/asm-kit.js"></script></head><body><main>${body}</main></body></html>`;

/** The two lists: the in-memory one (`#local`) and the remote one (`#remote`), with the same attributes. */
const pair = (attributes = ''): string =>
  `<asm-resource-list id="local" src="/catalogue.json" page-size="10" ${attributes}></asm-resource-list>` +
  `<asm-resource-list id="remote" endpoint="${apiUrl}/v1" page-size="10" ${attributes}></asm-resource-list>`;

const pages: Record<string, () => string> = {
  '/pair.html': () => page(pair()),
  '/pair-fr.html': () => page(pair(), 'fr'),
  '/pair-locked.html': () => page(pair('country="GH"')),
  '/pair-map.html': () => page(pair('map')),
  '/local-url.html': () =>
    page('<asm-resource-list id="list" src="/catalogue.json" page-size="10" url-state></asm-resource-list>'),
  '/remote-url.html': () =>
    page(
      `<asm-resource-list id="list" endpoint="${apiUrl}/v1/" page-size="10" url-state></asm-resource-list>`,
    ),
  '/down.html': () =>
    page(`<asm-resource-list id="list" endpoint="http://127.0.0.1:${downPort}/v1"></asm-resource-list>`),
};

/** Starts the HTTP API of the library on `port` (0: any free one), allowing the test site's origin. */
async function startApi(port = 0): Promise<{ server: HttpServer; port: number }> {
  const server = createHttpServer(library, {
    corsOrigins: [siteOrigin],
    // The tests' requests all come from one client; the default limit (20 a second) is for the open web.
    rateLimit: { perSecond: 1000, burst: 1000 },
    log: () => undefined,
  });
  return { server, port: await server.listen(port) };
}

beforeAll(async () => {
  // The site: the CDN files as a partner deploys them, the catalogue file, and the pages above.
  site = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/asm-kit.js' || /^\/chunks\/[\w-]+\.js$/.test(path)) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(`${embed}${path}`));
    } else if (path === '/catalogue.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(catalogueText);
    } else if (pages[path]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]());
    } else res.writeHead(404).end();
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  // A free port for the "down" server: taken, then given back.
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  downPort = (probe.address() as AddressInfo).port;
  await new Promise((done) => probe.close(done));

  library = await openLibrary();
  await library.load([{ source: 'demo-catalogue.json', data: JSON.parse(catalogueText) }]);
  const started = await startApi();
  api = started.server;
  apiUrl = `http://127.0.0.1:${started.port}`;
  session = await openBrowser(
    siteOrigin,
    () => new Promise<void>((done) => (site.closeAllConnections(), site.close(() => done()))),
  );
});

afterAll(async () => {
  await session?.close();
  await api?.close(0);
  await library?.close();
});

/**
 * What a list shows: its count, its cards' titles, its filter options with their counts, its year bars, its page;
 * and the state of its store (whether the last search answered, and for which query).
 */
async function shown(list: Locator) {
  return {
    store: await list.evaluate((element) => {
      const { status, query } = (element as AsmResourceList).store.getState();
      return { status, query };
    }),
    summary: ((await list.locator('asm-result-summary [role="status"]').textContent()) ?? '').trim(),
    titles: await list.locator('asm-resource-card [part~="title"]').allTextContents(),
    options: (await list.locator('asm-filter-bar [part~="option"]').allTextContents()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    ),
    years: await list
      .locator('asm-filter-bar [part~="bar"]')
      .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('aria-label'))),
    page: (await list.locator('asm-pagination [part~="current"]').allTextContents()).join(),
  };
}

type Shown = Awaited<ReturnType<typeof shown>>;

/**
 * Waits until the local list has answered its last query with `summary` and the remote list shows exactly the
 * same (the same query answered, the same cards, counts and years); returns what they show.
 */
async function same(page: Page, summary: RegExp): Promise<Shown> {
  const both = async () => ({
    local: await shown(page.locator('#local')),
    remote: await shown(page.locator('#remote')),
  });
  const settled = ({ local, remote }: { local: Shown; remote: Shown }) =>
    local.store.status === 'ready' &&
    summary.test(local.summary) &&
    local.options.length > 0 &&
    JSON.stringify(local) === JSON.stringify(remote);
  await expect.poll(both).toSatisfy(settled);
  const { local, remote } = await both();
  expect(remote).toEqual(local);
  return local;
}

/** The searches the page sent to the API, as their query strings. */
function searches(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.origin === apiUrl && url.pathname === '/v1/search') sent.push(url.search.slice(1));
  });
  return sent;
}

describe('<asm-resource-list endpoint> against @asm-kit/server', () => {
  it('shows the same results, counts and years as the in-memory list, while typing and filtering', async () => {
    const tab = await session.newPage();
    const sent = searches(tab);
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await tab.goto('/pair.html');
    const first = await same(tab, /^42 resources/);
    expect(first.titles).toHaveLength(10);
    expect(first.years.length).toBeGreaterThan(5);
    // The remote list reads the library's metadata once and searches on the server; the catalogue file is the
    // local list's alone, fetched once.
    expect(requested.filter((path) => path === '/catalogue.json')).toHaveLength(1);
    expect(requested.filter((path) => path === '/v1/catalogue')).toHaveLength(1);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((search) => new URLSearchParams(search).get('ui') === 'en')).toBe(true);

    // Typing, one key at a time: each keystroke is a search; the last one's answer is what is shown.
    for (const id of ['#local', '#remote'])
      await tab
        .locator(id)
        .getByRole('searchbox', { name: 'Search the library' })
        .pressSequentially('mercury', { delay: 20 });
    const typed = await same(tab, /^(?!42 )\d+ resources?/);
    expect(typed.store.query.text).toBe('mercury');
    expect(typed.titles.length).toBeGreaterThan(0);
    expect(typed.summary).not.toMatch(/^42 /);
    expect(sent.at(-1)).toBe('q=mercury&size=10&ui=en');

    // A facet click in each list: the same results and the same disjunctive counts.
    for (const id of ['#local', '#remote'])
      await tab
        .locator(id)
        .getByRole('group', { name: 'Resource type' })
        .getByRole('checkbox', { name: /^Report/ })
        .check();
    const filtered = await same(tab, /^(?!42 )\d+ resources?/);
    expect(filtered.summary).not.toBe(typed.summary);
    expect(sent.at(-1)).toBe('q=mercury&type=report&size=10&ui=en');

    // Clearing the search and paging: page 2 of the whole catalogue.
    for (const id of ['#local', '#remote']) {
      await tab.locator(id).getByRole('searchbox', { name: 'Search the library' }).fill('');
      await tab.locator(id).getByRole('button', { name: 'Clear all filters' }).click();
    }
    await same(tab, /^42 resources/);
    for (const id of ['#local', '#remote'])
      await tab.locator(id).locator('asm-pagination').getByRole('button', { name: 'Next page' }).click();
    const second = await same(tab, /^42 resources/);
    expect(second.titles).not.toEqual(first.titles);
    expect(sent.at(-1)).toBe('page=2&size=10&ui=en');
    expect(pageErrors(tab)).toEqual([]);
  });

  it('sends locked filters as lock-* parameters and offers no filter on them', async () => {
    const tab = await session.newPage();
    const sent = searches(tab);
    await tab.goto('/pair-locked.html');
    const locked = await same(tab, /^\d+ resources?/);
    const count = Number(/^\d+/.exec(locked.summary)![0]);
    const inGhana = (JSON.parse(catalogueText) as { resources: { countries?: string[] }[] }).resources.filter(
      (r) => r.countries?.includes('GH'),
    ).length;
    expect(count).toBe(inGhana);
    expect(count).toBeGreaterThan(0);
    expect(await tab.locator('#remote').getByRole('group', { name: 'Country' }).count()).toBe(0);
    expect(sent.at(-1)).toBe('size=10&ui=en&lock-country=GH');
    expect(pageErrors(tab)).toEqual([]);
  });

  it('draws the same map of the results by country', async () => {
    const tab = await session.newPage();
    await tab.goto('/pair-map.html');
    await same(tab, /^42 resources/);
    const table = (id: string) => tab.locator(`${id} asm-resource-map [part~="table"]`).textContent();
    await expect.poll(async () => (await table('#local')) ?? '').toMatch(/Ghana/);
    await expect.poll(() => table('#remote')).toBe(await table('#local'));
    expect(pageErrors(tab)).toEqual([]);
  });

  it('speaks French on a French page: the server answers in the UI language', async () => {
    const tab = await session.newPage();
    const sent = searches(tab);
    await tab.goto('/pair-fr.html');
    const french = await same(tab, /^42 ressources/);
    expect(french.options.some((option) => option.startsWith('Rapport'))).toBe(true);
    expect(sent.at(-1)).toBe('size=10&ui=fr');
    // Sorted by title in French (the server's title order for the UI language).
    await tab.locator('#local').getByRole('combobox', { name: 'Trier par' }).selectOption('title');
    await tab.locator('#remote').getByRole('combobox', { name: 'Trier par' }).selectOption('title');
    await same(tab, /^42 ressources/);
    expect(sent.at(-1)).toBe('sort=title&size=10&ui=fr');
    expect(pageErrors(tab)).toEqual([]);
  });

  it('keeps its state in the URL like the in-memory list: the same results for the same address', async () => {
    const tab = await session.newPage();
    const local = await session.newPage();
    const state = '?lang=en&sort=title';
    await local.goto(`/local-url.html${state}`);
    await tab.goto(`/remote-url.html${state}`);
    const answered = async () => {
      const { store, summary } = await shown(local.locator('#list'));
      return store.status === 'ready' && /^(?!42 )\d\d resources/.test(summary);
    };
    await expect.poll(answered).toBe(true);
    const expected = await shown(local.locator('#list'));
    expect(expected.store.query).toMatchObject({ filters: { language: ['en'] }, sort: 'title' });
    await expect.poll(() => shown(tab.locator('#list'))).toEqual(expected);
    expect(
      await tab
        .getByRole('group', { name: 'Language' })
        .getByRole('checkbox', { name: /^English/ })
        .isChecked(),
    ).toBe(true);
    // Paging writes the URL; a reload comes back to the same page of results.
    await tab.locator('asm-pagination').getByRole('button', { name: 'Page 2' }).click();
    await expect.poll(() => new URL(tab.url()).searchParams.get('page')).toBe('2');
    const second = await shown(tab.locator('#list'));
    await tab.reload();
    await expect.poll(() => shown(tab.locator('#list'))).toEqual(second);
    expect(pageErrors(tab)).toEqual([]);
    expect(pageErrors(local)).toEqual([]);
  });

  it('cites a result, and downloads every result (read from the server) as the in-memory list does', async () => {
    const tab = await session.newPage();
    const sent = searches(tab);
    await tab.goto('/pair.html');
    await same(tab, /^42 resources/);
    const card = tab.locator('#remote asm-resource-card').first();
    const title = ((await card.locator('[part~="title"]').textContent()) ?? '').trim();
    await card.getByRole('button', { name: /^Cite/ }).click();
    await expect
      .poll(async () => (await card.locator('asm-citation [part~="text"]').textContent()) ?? '')
      .toContain(title);

    // 42 results at 10 a page: the remote list's file is the in-memory list's, every result in the same order.
    const files: string[] = [];
    for (const id of ['#local', '#remote']) {
      const list = tab.locator(id);
      await list.getByText('Download these results').click();
      const [download] = await Promise.all([
        tab.waitForEvent('download'),
        list.getByRole('button', { name: /^RIS/ }).click(),
      ]);
      files.push(readFileSync(await download.path(), 'utf8'));
    }
    expect(files[1]).toBe(files[0]);
    // The store read the results from the server in pages of the largest size, not the page shown, and asked
    // for no facet counts (an empty `facets`): a download only needs the hits.
    expect(sent.at(-1)).toBe('size=100&ui=en&facets=');
    // One record per resource and per record it lists (RIS has no nesting): more than the 10 on screen.
    expect(files[1]!.split('\r\n').filter((line) => line.startsWith('ER  -')).length).toBeGreaterThanOrEqual(
      42,
    );
    expect(pageErrors(tab)).toEqual([]);
  });

  it('shows an error with "Try again" while the server is down, and results once it is back', async () => {
    const tab = await session.newPage();
    await tab.goto('/down.html');
    const list = tab.locator('#list');
    await expect.poll(() => list.getByRole('alert').isVisible()).toBe(true);
    const retry = list.getByRole('button', { name: 'Try again' });
    expect(await retry.isVisible()).toBe(true);

    // The server comes up on that port: "Try again" loads the library.
    const back = await startApi(downPort);
    try {
      await retry.click();
      await expect.poll(async () => (await shown(list)).summary).toMatch(/^42 resources/);
      expect(await list.getByRole('alert').count()).toBe(0);
      // It goes down while the list is shown: the next search fails with "Try again"...
      await back.server.close(0);
      await list.getByRole('searchbox', { name: 'Search the library' }).fill('gold');
      await expect.poll(() => list.getByRole('alert').textContent()).toMatch(/search failed/i);
      // ...and when it is back, "Try again" repeats the search.
      const again = await startApi(downPort);
      try {
        await list.getByRole('button', { name: 'Try again' }).click();
        await expect.poll(async () => (await shown(list)).summary).toMatch(/^(?!42 )\d+ resources?/);
        expect(await list.getByRole('searchbox', { name: 'Search the library' }).inputValue()).toBe('gold');
      } finally {
        await again.server.close(0);
      }
    } finally {
      await back.server.close(0);
    }
    expect(pageErrors(tab)).toEqual([]);
  });
});
