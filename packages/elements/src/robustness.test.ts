// The CDN build on ordinary partner pages, driven in Chromium against a real server: feeds that hang, lie or loop,
// lists that frameworks move while they load, hostile attributes, URLs the list has to repair, and CSPs with and
// without Trusted Types. Each case is a fault a real page showed.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STRICT_CSP as STRICT, startCdnSite, type CdnSite } from './testing/cdn-site.js';

const resources = Array.from({ length: 30 }, (_, i) => ({
  id: `r${i}`,
  title: `Resource ${i}`,
  type: i % 2 ? 'guide' : 'report',
  countries: [i % 3 ? 'GH' : 'PE'],
  published: String(2000 + i),
}));
const catalogue = JSON.stringify({ schemaVersion: '1.0', name: 'Test', defaultLanguage: 'en', resources });

/** Requests the server saw per path, and those the browser gave up before an answer. */
let requests: Record<string, number> = {};
let abandoned: string[] = [];
/** Answers held back until a test releases them. */
let held: (() => void)[] = [];

let site: CdnSite;
let browser: Browser;
let base = '';

/** A partner page: the entry script, the given body, served under `csp`. */
const page = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner</title>` +
  `<script type="module" src="/asm-kit.js"></script><script type="module" src="/page.js"></script></head>` +
  `<body><main><h1>Library</h1>${body}</main></body></html>`;

/** Pages by name; `?body=` is not used: every page is written out here, so a test shows what it loads. */
const pages: Record<string, string> = {
  hang: page('<asm-resource-list src="/hang.json" timeout="1"></asm-resource-list>'),
  'hang-default': page('<asm-resource-list src="/hang.json"></asm-resource-list>'),
  array: page('<asm-resource-list src="/answer.json?body=[]"></asm-resource-list>'),
  number: page('<asm-resource-list src="/answer.json?body=42"></asm-resource-list>'),
  null: page('<asm-resource-list src="/answer.json?body=null"></asm-resource-list>'),
  'no-list': page(
    '<asm-resource-list src="/answer.json?body={&quot;resources&quot;:5}"></asm-resource-list>',
  ),
  html: page('<asm-resource-list src="/html.json"></asm-resource-list>'),
  loop: page('<asm-resource-list src="/loop.json"></asm-resource-list>'),
  twenty: page('<asm-resource-list src="/catalogue.json" page-size="2"></asm-resource-list>'.repeat(20)),
  held: page('<div id="a"><asm-resource-list src="/held.json"></asm-resource-list></div><div id="b"></div>'),
  empty: page('<asm-resource-list src=""></asm-resource-list>'),
  'url-state': page('<asm-resource-list src="/catalogue.json" url-state></asm-resource-list>'),
  facets: page(
    '<asm-resource-list src="/catalogue.json" facets="__proto__ constructor type"></asm-resource-list>',
  ),
  numbers: page(
    ['abc', '-5', '1e9', '0', '']
      .map(
        (n) =>
          `<asm-resource-list src="/catalogue.json" page-size="${n}" timeout="${n}"></asm-resource-list>`,
      )
      .join(''),
  ),
  en_US: page('<asm-resource-list src="/catalogue.json"></asm-resource-list>', 'en_US'),
  'bad-lang': page('<asm-resource-list src="/catalogue.json" lang="xx-!!"></asm-resource-list>', 'fr_FR'),
  french: page('<asm-resource-list src="/catalogue.json"></asm-resource-list>', 'fr'),
  structured: page(
    '<asm-resource-list src="/catalogue.json" structured-data page-size="3"></asm-resource-list>',
  ),
  start: page('<p>Start</p>'),
};

/** The CSP of a page: strict everywhere; Trusted Types required on /tt/ pages, with the policies `?tt=` allows. */
function cspOf(url: URL): string {
  if (!url.pathname.startsWith('/tt/')) return STRICT;
  const allowed = url.searchParams.get('tt');
  return `${STRICT}; require-trusted-types-for 'script'${allowed === null ? '' : `; trusted-types ${allowed}`}`;
}

function handle(req: IncomingMessage, res: ServerResponse, url: URL): unknown {
  const path = url.pathname;
  requests[path] = (requests[path] ?? 0) + 1;
  const send = (type: string, body: string | Buffer, status = 200) =>
    res.writeHead(status, { 'content-type': type, 'content-security-policy': cspOf(url) }).end(body);
  const name = path.replace(/^\/(tt\/)?/, '').replace(/\.html$/, '');
  if (path.endsWith('.html') && pages[name]) return send('text/html', pages[name]);
  // Errors and events of the page, kept where a test can read them.
  if (path === '/page.js')
    return send(
      'text/javascript',
      `window.seen = { errors: [], events: [] };
       addEventListener('error', (e) => seen.errors.push(String(e.message)));
       addEventListener('unhandledrejection', (e) => seen.errors.push(String(e.reason)));
       for (const type of ['asm-load', 'asm-load-error'])
         document.addEventListener(type, (e) => seen.events.push({ type, kind: e.detail.kind }));`,
    );
  if (path === '/catalogue.json') return send('application/json', catalogue);
  if (path === '/answer.json') return send('application/json', url.searchParams.get('body') ?? '');
  if (path === '/html.json') return send('text/html', '<!doctype html><title>Not found</title><p>Sorry');
  if (path === '/loop.json') return res.writeHead(302, { location: '/loop.json' }).end();
  if (path === '/hang.json' || path === '/held.json') {
    req.on('close', () => {
      if (!res.writableEnded) abandoned.push(path);
    });
    if (path === '/held.json') held.push(() => send('application/json', catalogue));
    return;
  }
  res.writeHead(404).end();
}

beforeAll(async () => {
  site = await startCdnSite(handle, cspOf);
  ({ base, browser } = site);
}, 60_000);

afterAll(() => site?.close());

beforeEach(() => {
  requests = {};
  abandoned = [];
  held = [];
});

/** Opens a page and returns it with what it logged: page errors and CSP reports. */
async function open(path: string): Promise<{ tab: Page; problems: string[] }> {
  const tab = await browser.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(String(error)));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await tab.goto(`${base}${path}`);
  return { tab, problems };
}

const cards = (tab: Page) => tab.locator('asm-resource-card');
const errorBox = (tab: Page) => tab.locator('asm-resource-list [part~="error"]');
/** The error text, or '' while there is none (without waiting for one, as textContent() would). */
const errorText = async (tab: Page) => (await errorBox(tab).allTextContents()).join(' ');
const events = (tab: Page) =>
  tab.evaluate(() => (window as unknown as { seen: { events: unknown[] } }).seen.events);
const pageErrors = (tab: Page) =>
  tab.evaluate(() => (window as unknown as { seen: { errors: string[] } }).seen.errors);

describe('feeds that do not answer as they should', () => {
  it('gives up on a feed that never answers after `timeout` seconds, with a retry, and stops the fetch', async () => {
    const { tab } = await open('/hang.html');
    await expect.poll(() => errorBox(tab).count(), { timeout: 10_000 }).toBe(1);
    expect(await errorBox(tab).getAttribute('role')).toBe('alert');
    expect(await tab.locator('asm-resource-list [part~="retry-button"]').count()).toBe(1);
    expect(await events(tab)).toEqual([{ type: 'asm-load-error', kind: 'timeout' }]);
    // Nobody waits for the answer any more: the request is abandoned, not left open.
    await expect.poll(() => abandoned).toEqual(['/hang.json']);
    await tab.close();
  });

  it('gives up by 15 seconds when no timeout is set', async () => {
    const { tab } = await open('/hang-default.html');
    expect(
      await tab.locator('asm-resource-list').evaluate((el) => (el as { timeout?: number }).timeout),
    ).toBe(15);
    await expect.poll(() => errorBox(tab).count(), { timeout: 20_000, interval: 500 }).toBe(1);
    await tab.close();
  }, 30_000);

  for (const [name, body] of [
    ['array', '[]'],
    ['number', '42'],
    ['null', 'null'],
    ['no-list', '{"resources":5}'],
  ]) {
    it(`shows an error with a retry, not an empty library, when the feed answers ${body}`, async () => {
      const { tab } = await open(`/${name}.html`);
      await expect.poll(() => errorText(tab), { timeout: 10_000 }).toContain('not a valid catalogue');
      expect(await tab.locator('asm-resource-list [part~="empty"]').count()).toBe(0);
      expect(await events(tab)).toEqual([{ type: 'asm-load-error', kind: 'format' }]);
      await tab.close();
    });
  }

  it('shows an error when the feed answers an HTML page (wrong content type)', async () => {
    const { tab } = await open('/html.html');
    await expect.poll(() => errorText(tab), { timeout: 10_000 }).toContain('not a valid catalogue');
    expect(await events(tab)).toEqual([{ type: 'asm-load-error', kind: 'json' }]);
    await tab.close();
  });

  it('shows a network error when the feed redirects to itself for ever', async () => {
    const { tab } = await open('/loop.html');
    await expect.poll(() => errorText(tab), { timeout: 10_000 }).toContain('could not be loaded');
    expect(await events(tab)).toEqual([{ type: 'asm-load-error', kind: 'network' }]);
    await tab.close();
  });

  it('announces the error: it is not inside a busy region', async () => {
    const { tab } = await open('/array.html');
    await expect.poll(() => errorBox(tab).count(), { timeout: 10_000 }).toBe(1);
    expect(await errorBox(tab).evaluate((node) => !!node.closest('[aria-busy="true"]'))).toBe(false);
    await tab.close();
  });
});

describe('one catalogue, many elements', () => {
  it('fetches, checks and indexes a catalogue once for twenty lists naming the same src', async () => {
    const { tab, problems } = await open('/twenty.html');
    await expect.poll(() => cards(tab).count(), { timeout: 10_000 }).toBe(40);
    expect(requests['/catalogue.json']).toBe(1);
    const loads = (await events(tab)) as { type: string }[];
    expect(loads.filter((e) => e.type === 'asm-load')).toHaveLength(20);
    expect(problems).toEqual([]);
    await tab.close();
  });
});

describe('lists moved and changed while they load', () => {
  it('finishes loading after a framework moves the list to another parent mid-load', async () => {
    const { tab } = await open('/held.html');
    await expect.poll(() => held.length).toBe(1);
    await tab.evaluate(() =>
      document.querySelector('#b')!.append(document.querySelector('asm-resource-list')!),
    );
    held.splice(0).forEach((answer) => answer());
    await expect.poll(() => cards(tab).count(), { timeout: 10_000 }).toBe(20);
    expect(requests['/held.json']).toBe(1);
    await tab.close();
  });

  it('starts again when a list removed mid-load comes back later', async () => {
    const { tab } = await open('/held.html');
    await expect.poll(() => held.length).toBe(1);
    await tab.evaluate(() => {
      const list = document.querySelector('asm-resource-list')!;
      list.remove();
      (window as unknown as { parked: Element }).parked = list;
    });
    // Removed for good: the fetch is given up.
    await expect.poll(() => abandoned).toEqual(['/held.json']);
    await tab.evaluate(() =>
      document.querySelector('#b')!.append((window as unknown as { parked: Element }).parked),
    );
    await expect.poll(() => held.length).toBe(2);
    held.splice(0).forEach((answer) => answer());
    await expect.poll(() => cards(tab).count(), { timeout: 10_000 }).toBe(20);
    await tab.close();
  });

  it('aborts the fetch when src is cleared, and is not busy without a source', async () => {
    const { tab } = await open('/held.html');
    await expect.poll(() => held.length).toBe(1);
    await tab.evaluate(() => document.querySelector('asm-resource-list')!.removeAttribute('src'));
    await expect.poll(() => abandoned).toEqual(['/held.json']);
    const body = tab.locator('asm-resource-list .body');
    await expect.poll(() => body.getAttribute('aria-busy')).toBe('false');
    expect(await tab.locator('asm-resource-list [part~="loading"]').textContent()).not.toContain('Loading');
    await tab.close();
  });

  it('does not load for ever with src=""', async () => {
    const { tab, problems } = await open('/empty.html');
    const body = tab.locator('asm-resource-list .body');
    await expect.poll(() => body.getAttribute('aria-busy')).toBe('false');
    expect(await tab.locator('asm-resource-list [part~="loading"]').textContent()).not.toContain('Loading');
    expect(Object.keys(requests).filter((path) => path.endsWith('.json'))).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });
});

describe('URL state repairs', () => {
  it('rewrites a URL it repairs in place, so Back still leaves the page', async () => {
    const { tab } = await open('/start.html');
    const entries = await tab.evaluate(() => history.length);
    await tab.goto(`${base}/url-state.html?country=gh&page=-1&type=guide&type=guide&size=abc&year=2020-1990`);
    await expect.poll(() => cards(tab).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => new URL(tab.url()).search).toBe('?type=guide&country=GH');
    expect(await tab.evaluate(() => history.length)).toBe(entries + 1);
    await tab.goBack();
    await expect.poll(() => new URL(tab.url()).pathname).toBe('/start.html');
    await tab.close();
  });

  it('replaces a page number past the end with the last page', async () => {
    const { tab } = await open('/start.html');
    const entries = await tab.evaluate(() => history.length);
    await tab.goto(`${base}/url-state.html?page=99`);
    await expect.poll(() => new URL(tab.url()).search, { timeout: 10_000 }).toBe('?page=2');
    expect(await tab.evaluate(() => history.length)).toBe(entries + 1);
    await tab.close();
  });

  it('still adds a history entry for a change the visitor makes', async () => {
    const { tab } = await open('/url-state.html');
    await expect.poll(() => cards(tab).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await tab.locator('asm-pagination [part~="button"]').last().click();
    await expect.poll(() => new URL(tab.url()).search).toBe('?page=2');
    await tab.goBack();
    await expect.poll(() => new URL(tab.url()).search).toBe('');
    await tab.close();
  });
});

describe('hostile and malformed attributes', () => {
  it('ignores facet names that are not facets, such as __proto__ and constructor', async () => {
    const { tab, problems } = await open('/facets.html');
    await expect.poll(() => cards(tab).count(), { timeout: 10_000 }).toBe(20);
    const legends = await tab.locator('asm-filter-bar legend').allTextContents();
    expect(legends.map((l) => l.trim())).toEqual(['Resource type']);
    expect(problems).toEqual([]);
    expect(await pageErrors(tab)).toEqual([]);
    await tab.close();
  });

  it('keeps the defaults for page sizes and timeouts that are not numbers in range', async () => {
    const { tab, problems } = await open('/numbers.html');
    await expect.poll(() => cards(tab).count(), { timeout: 10_000 }).toBe(100);
    expect(requests['/catalogue.json']).toBe(1);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('renders on a page whose language tag is malformed (en_US)', async () => {
    const { tab, problems } = await open('/en_US.html');
    await expect.poll(() => cards(tab).count(), { timeout: 10_000 }).toBe(20);
    await expect
      .poll(() => tab.locator('asm-result-summary [part~="base"]').textContent())
      .toContain('30 resources');
    expect(problems).toEqual([]);
    expect(await pageErrors(tab)).toEqual([]);
    await tab.close();
  });

  it('falls back to the page language (fr_FR -> French) when the element’s own tag is malformed', async () => {
    const { tab, problems } = await open('/bad-lang.html');
    await expect.poll(() => cards(tab).count(), { timeout: 10_000 }).toBe(20);
    await expect
      .poll(() => tab.locator('asm-result-summary [part~="base"]').textContent())
      .toMatch(/30 ressources|30 resources/);
    expect(problems).toEqual([]);
    await tab.close();
  });
});

describe('languages loaded on first use', () => {
  it('never shows English on a French page while the French strings load', async () => {
    const tab = await browser.newPage();
    // Every label the search box shows, from the first frame on.
    await tab.addInitScript(() => {
      const seen = new Set<string>();
      (window as unknown as { labels: Set<string> }).labels = seen;
      const look = () => {
        const label = document
          .querySelector('asm-resource-list')
          ?.shadowRoot?.querySelector('asm-search-box')
          ?.shadowRoot?.querySelector('label')?.textContent;
        if (label !== undefined) seen.add(label);
        if (!seen.has('Rechercher dans la bibliothèque')) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await tab.goto(`${base}/french.html`);
    const labels = () => tab.evaluate(() => [...(window as unknown as { labels: Set<string> }).labels]);
    await expect.poll(labels, { timeout: 10_000 }).toContain('Rechercher dans la bibliothèque');
    expect(await labels()).not.toContain('Search the library');
    await tab.close();
  });
});

describe('Content-Security-Policy with Trusted Types', () => {
  for (const [label, query] of [
    ['without a trusted-types list', ''],
    ['allowing the asm-kit policy', '?tt=lit-html%20asm-kit'],
    ['allowing lit-html only', '?tt=lit-html'],
  ]) {
    it(`writes structured data under require-trusted-types-for, ${label}`, async () => {
      const { tab } = await open(`/tt/structured.html${query}`);
      const script = tab.locator('asm-resource-list > script[type="application/ld+json"]');
      await expect.poll(() => script.count(), { timeout: 10_000 }).toBe(1);
      const data = JSON.parse((await script.textContent()) ?? '') as {
        mainEntity: { numberOfItems: number };
      };
      expect(data.mainEntity.numberOfItems).toBe(3);
      expect(await cards(tab).count()).toBe(3);
      expect(await pageErrors(tab)).toEqual([]);
      await tab.close();
    });
  }
});
