// The CDN build as a partner page uses it: served from the page's origin under a strict Content-Security-Policy.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP as CSP, startCdnSite, type CdnSite } from './testing/cdn-site.js';

const catalogue = JSON.stringify({
  schemaVersion: '1.0',
  name: 'CSP test',
  defaultLanguage: 'en',
  resources: [
    { id: 'one', title: 'Mercury-free processing', type: 'guide', countries: ['GH'], published: '2020' },
    { id: 'two', title: 'Formalization guide', type: 'report', countries: ['PE'], published: '2021-05' },
    { id: 'bad', title: 'Broken', type: 'report', url: 'javascript:alert(1)' },
  ],
});

/**
 * A script path without the content hash of a chunk: '/chunks/crosswalk-Ab12_x-Y.js' -> '/chunks/crosswalk'
 * (8 characters of base64url, which may hold '-').
 */
const chunkName = (path: string) => path.replace(/^(\/chunks\/[\w-]+)-[\w-]{8}\.js$/, '$1');

const page = (script: string, attributes = '') => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>CSP</title>${script}</head>
<body><main><h1>Partenaire</h1><asm-resource-list src="/catalogue.json" ${attributes}></asm-resource-list></main></body></html>`;

let site: CdnSite;
let browser: Browser;
let base = '';

beforeAll(async () => {
  site = await startCdnSite(
    (_req, res, url) => {
      const path = url.pathname;
      const send = (type: string, body: string | Buffer) =>
        res.writeHead(200, { 'content-type': type, 'content-security-policy': CSP }).end(body);
      if (path === '/esm.html')
        return send('text/html', page('<script type="module" src="/asm-kit.js"></script>'));
      if (path === '/cite.html') {
        return send(
          'text/html',
          page('<script type="module" src="/asm-kit.js"></script>', 'structured-data'),
        );
      }
      if (path === '/slow.html') {
        return send(
          'text/html',
          page('<script type="module" src="/asm-kit.js"></script>').replace('/catalogue.json', '/slow.json'),
        );
      }
      if (path === '/valid.html') {
        return send(
          'text/html',
          page('<script type="module" src="/asm-kit.js"></script>').replace('/catalogue.json', '/valid.json'),
        );
      }
      if (path === '/valid.json') {
        const { resources, ...rest } = JSON.parse(catalogue) as { resources: { id: string }[] };
        return send(
          'application/json',
          JSON.stringify({ ...rest, resources: resources.filter((r) => r.id !== 'bad') }),
        );
      }
      if (path === '/slow.json') {
        setTimeout(() => send('application/json', catalogue), 3000);
        return;
      }
      if (path === '/auto.html') {
        return send('text/html', page('<script type="module" src="/asm-kit.js"></script>', 'theme="auto"'));
      }
      if (path === '/catalogue.json') return send('application/json', catalogue);
      res.writeHead(404).end();
    },
    () => CSP,
  );
  ({ base, browser } = site);
}, 60_000);

afterAll(() => site?.close());

for (const variant of ['esm']) {
  it(`${variant} build renders under a strict CSP without violations, foreign requests, cookies or storage`, async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const violations: string[] = [];
    const foreign: string[] = [];
    const warnings: string[] = [];
    tab.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
      if (message.type() === 'warning') warnings.push(message.text());
    });
    tab.on('pageerror', (error) => violations.push(String(error)));
    tab.on('request', (request) => {
      if (!request.url().startsWith(base)) foreign.push(request.url());
    });
    await tab.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content-Security-Policy violation: ${e.violatedDirective}`),
      );
    });
    await tab.goto(`${base}/${variant}.html`);
    const titles = tab.locator('asm-resource-card [part~="title"]');
    await expect.poll(() => titles.count(), { timeout: 10_000 }).toBe(2);
    await expect
      .poll(() => tab.locator('asm-result-summary [part~="base"]').textContent())
      .toBe('2 ressources');
    await tab.getByLabel('Rechercher dans la bibliothèque').fill('formalization');
    await expect.poll(() => titles.count()).toBe(1);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const storage = await tab.evaluate(() => localStorage.length + sessionStorage.length);
    expect(storage).toBe(0);
    // The warning's messages come from a lazy chunk: wait for it rather than assume it came first.
    await expect.poll(() => warnings.filter((w) => w.includes('left out')).length).toBe(1);
    expect(warnings.find((w) => w.includes('left out'))).toContain('Expected a full http(s) link');
    await context.close();
  });
}

describe('colour scheme', () => {
  const cardBackground = async (path: string) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const tab = await context.newPage();
    await tab.goto(`${base}${path}`);
    const card = tab.locator('asm-resource-card article').first();
    await card.waitFor();
    const color = await card.evaluate((node) => getComputedStyle(node).backgroundColor);
    await context.close();
    return color;
  };

  it('follows the page (light here) by default, even when the visitor prefers dark', async () => {
    expect(await cardBackground('/esm.html')).toBe('rgb(255, 255, 255)');
  });

  it('follows prefers-color-scheme with theme="auto"', async () => {
    expect(await cardBackground('/auto.html')).toBe('rgb(21, 24, 28)');
  });
});

describe('motion', () => {
  const skeletonAnimation = async (reducedMotion: 'reduce' | 'no-preference') => {
    const context = await browser.newContext({ reducedMotion });
    const tab = await context.newPage();
    await tab.goto(`${base}/slow.html`);
    const skeleton = tab.locator('asm-resource-list .skeleton').first();
    await skeleton.waitFor();
    const name = await skeleton.evaluate((node) => getComputedStyle(node).animationName);
    await context.close();
    return name;
  };

  it('animates the loading placeholder, except for visitors who ask for reduced motion', async () => {
    expect(await skeletonAnimation('no-preference')).toBe('pulse');
    expect(await skeletonAnimation('reduce')).toBe('none');
  });
});

describe('CDN build exports', () => {
  it('exports the classes and helpers from the module', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${base}/esm.html`);
    // A string, so the test runner does not rewrite the import() of the page's own module.
    const names = await tab.evaluate<string[]>("import('/asm-kit.js').then((module) => Object.keys(module))");
    expect(names).toEqual(expect.arrayContaining(['AsmResourceList', 'createStore', 'registerMessages']));
    await tab.close();
  });
});

describe('lazy chunk', () => {
  it('loads the crosswalk chunk only on first use, relative to asm-kit.js, under the strict CSP', async () => {
    const tab = await browser.newPage();
    const scripts: string[] = [];
    const errors: string[] = [];
    tab.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => {
      if (/Refused to|Content.Security.Policy/i.test(message.text())) errors.push(message.text());
    });
    await tab.goto(`${base}/esm.html`);
    await tab.locator('asm-resource-card').first().waitFor();
    // The page is French, so its UI strings are fetched; a small catalogue is checked and indexed on the main
    // thread by the catalogue engine (no worker); it has one broken record, so the messages chunk is loaded to
    // report it; its resources have years, so the filter bar's histogram; and nothing else.
    await expect
      .poll(() => scripts.map(chunkName).sort())
      .toEqual([
        '/asm-kit.js',
        '/chunks/catalogue-engine',
        '/chunks/fr',
        '/chunks/messages',
        '/chunks/year-histogram',
      ]);
    await tab.locator('asm-resource-card [part~="button"]').first().click();
    const text = tab.locator('asm-resource-card [part~="text"]').first();
    await expect.poll(() => text.count(), { timeout: 10_000 }).toBe(1);
    expect(await text.textContent()).toContain('(2021)');
    // The panel's view and the crosswalk, fetched together, from chunks/ beside asm-kit.js.
    expect(scripts.slice(5).map(chunkName).sort()).toEqual(['/chunks/cite-view', '/chunks/crosswalk']);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('does not load the messages chunk for a catalogue without problems', async () => {
    const tab = await browser.newPage();
    const scripts: string[] = [];
    const warnings: string[] = [];
    tab.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await tab.goto(`${base}/valid.html`);
    await expect.poll(() => tab.locator('asm-resource-card').count(), { timeout: 10_000 }).toBe(2);
    // A French page: its UI strings (and the histogram of its years), and no problem messages, then or later.
    const expected = ['/asm-kit.js', '/chunks/catalogue-engine', '/chunks/fr', '/chunks/year-histogram'];
    await expect.poll(() => scripts.map(chunkName).sort()).toEqual(expected);
    await tab.waitForTimeout(300);
    expect(scripts.map(chunkName).sort()).toEqual(expected);
    expect(warnings).toEqual([]);
    await tab.close();
  });

  it('writes JSON-LD into the light DOM with structured-data, under the strict CSP', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${base}/cite.html`);
    const script = tab.locator('asm-resource-list > script[type="application/ld+json"]');
    await expect.poll(() => script.count(), { timeout: 10_000 }).toBe(1);
    const data = JSON.parse((await script.textContent()) ?? '') as { mainEntity: { numberOfItems: number } };
    expect(data.mainEntity.numberOfItems).toBe(2);
    await tab.close();
  });
});

describe('vocabulary labels in the language chunk', () => {
  // Two resources whose areas sort one way in English (Gender, Human rights) and the other way in French
  // (Droits humains, Genre): values of equal count are ordered by label.
  const labelled = JSON.stringify({
    schemaVersion: '1.0',
    name: 'Labels',
    defaultLanguage: 'en',
    resources: [
      { id: 'one', title: 'Mining one', type: 'report', knowledgeAreas: ['gender'], published: '2020' },
      { id: 'two', title: 'Mining two', type: 'video', knowledgeAreas: ['human-rights'], published: '2021' },
    ],
  });
  // The English labels of these terms ('Guide' would be no test: it is French too).
  const english = ['Report', 'Video', 'Gender', 'Human rights'];

  /** A French page on the CDN build; `delayChunk` holds the French chunk back until the catalogue is searched. */
  const frenchPage = async (delayChunk: boolean) => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    const serve = (contentType: string, body: string) => ({
      contentType,
      headers: { 'content-security-policy': CSP },
      body,
    });
    const html = page('<script type="module" src="/asm-kit.js"></script>').replace(
      '/catalogue.json',
      '/labels.json',
    );
    await context.route(`${base}/labels.html`, (route) => route.fulfill(serve('text/html', html)));
    await context.route(`${base}/labels.json`, (route) => route.fulfill(serve('application/json', labelled)));
    if (delayChunk) {
      await context.route(/\/chunks\/fr-[\w-]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
    }
    await tab.goto(`${base}/labels.html`);
    const texts = (selector: string) => tab.locator(selector).allTextContents();
    const badges = () => texts('asm-resource-card [part~="type"]').then((list) => list.sort());
    const options = () => texts('asm-filter-bar [part~="option"] bdi');
    const areas = async () =>
      (await options()).filter((label) => ['Droits humains', 'Genre', ...english].includes(label));
    return { context, tab, errors, badges, options, areas };
  };

  it('shows French type and area labels, on the filters and the cards, and no English ones', async () => {
    const { context, errors, badges, options } = await frenchPage(false);
    await expect.poll(badges).toEqual(['Rapport', 'Vidéo']);
    await expect
      .poll(options)
      .toEqual(expect.arrayContaining(['Rapport', 'Vidéo', 'Droits humains', 'Genre']));
    const shown = [...(await options()), ...(await badges())];
    for (const label of english) expect(shown).not.toContain(label);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('orders values of equal count by their French labels', async () => {
    const { context, errors, areas } = await frenchPage(false);
    await expect.poll(areas).toEqual(['Droits humains', 'Genre']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a resource by its French type label when the French chunk came after the catalogue', async () => {
    const { context, tab, errors, badges } = await frenchPage(true);
    await expect.poll(badges).toEqual(['Rapport', 'Vidéo']);
    await tab.getByLabel('Rechercher dans la bibliothèque').fill('rapport');
    await expect
      .poll(() => tab.locator('asm-resource-card [part~="title"]').allTextContents())
      .toEqual(['Mining one']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('orders them by the French labels in a search after the French chunk came late', async () => {
    const { context, tab, errors, badges, areas } = await frenchPage(true);
    // The catalogue was searched before the French chunk arrived (in English labels); the labels follow it.
    await expect.poll(badges).toEqual(['Rapport', 'Vidéo']);
    await tab.getByLabel('Rechercher dans la bibliothèque').fill('mining');
    await expect.poll(areas).toEqual(['Droits humains', 'Genre']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
