import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PHONE,
  accessibilityViolations,
  cardTitles,
  demoCatalogue,
  focused,
  openDemo,
  pageErrors,
  summaryText,
  type DemoSession,
} from './harness.js';

// The demo app as a visitor and a partner meet it: built output, real Chromium, no fixed waits (every wait is
// on a condition: expect.poll or a locator).

let demo: DemoSession;

beforeAll(async () => {
  demo = await openDemo();
});

afterAll(async () => {
  await demo?.close();
});

/** Opens a demo page and waits until its first list shows results (`count` is the expected summary start). */
async function open(path: string, count?: RegExp, options?: Parameters<DemoSession['newPage']>[0]) {
  const page = await demo.newPage(options);
  await page.goto(path);
  if (count) await expect.poll(() => summaryText(page)).toMatch(count);
  return page;
}

/** Waits until the cards are visible (the elements are defined and rendered). */
async function cardsShown(page: Page): Promise<void> {
  await page.locator('asm-resource-card [part~="title"]').first().waitFor();
}

function expectNoErrors(page: Page): void {
  expect(pageErrors(page)).toEqual([]);
}

describe('the demo pages', () => {
  it('the index links to the four demo pages', async () => {
    const page = await open('/');
    for (const name of ['Drop-in', 'Partner page', 'Composed', 'Check your catalogue']) {
      await expect.poll(() => page.getByRole('link', { name, exact: true }).first().isVisible()).toBe(true);
    }
    expectNoErrors(page);
  });

  it('the drop-in page loads the demo catalogue with one script tag and one element', async () => {
    const page = await open('/drop-in.html', /^42 resources/);
    await cardsShown(page);
    expect(await cardTitles(page)).toHaveLength(10);
    // The page itself holds no code but the CDN bundle.
    const scripts = await page
      .locator('script')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('src')));
    expect(scripts).toEqual(['/asm-kit.js']);
    // The snippet shown is escaped markup, readable as text.
    await expect
      .poll(() => page.locator('pre code').first().textContent())
      .toContain('<asm-resource-list src="catalogue.json" page-size="10"></asm-resource-list>');
    expectNoErrors(page);
  });

  it('a search without accents finds words written with accents, and with accents too', async () => {
    const page = await open('/drop-in.html', /^42 resources/);
    const search = page.getByRole('searchbox', { name: 'Search the library' });
    await search.fill('mineria');
    await expect.poll(() => summaryText(page)).not.toMatch(/^42 /);
    const withoutAccent = await summaryText(page);
    const titles = await cardTitles(page);
    expect(titles.some((title) => /minería/i.test(title))).toBe(true);
    await search.fill('minería');
    await expect.poll(() => cardTitles(page)).toEqual(titles);
    expect(await summaryText(page)).toBe(withoutAccent);
    expectNoErrors(page);
  });

  it('ticking filters changes the results and the counts of the other facets', async () => {
    const page = await open('/drop-in.html', /^42 resources/);
    const types = page.getByRole('group', { name: 'Resource type' });
    const topics = page.getByRole('group', { name: 'Topic' });
    const topicCounts = () => topics.locator('[part~="count"]').allTextContents();
    const before = await topicCounts();
    const titlesBefore = await cardTitles(page);

    await types.getByRole('checkbox', { name: /^Report/ }).check();
    await expect.poll(() => summaryText(page)).toMatch(/^14 resources\b/);
    await expect.poll(topicCounts).not.toEqual(before);
    expect(await cardTitles(page)).not.toEqual(titlesBefore);
    // Every card shown is now a report.
    const shownTypes = await page.locator('asm-resource-card [part~="type"]').allTextContents();
    expect(new Set(shownTypes.map((t) => t.trim()))).toEqual(new Set(['Report']));
    // OR inside a facet: a second type adds results.
    await types.getByRole('checkbox', { name: /^Guide/ }).check();
    await expect.poll(() => summaryText(page)).toMatch(/^26 resources/);
    // AND across facets: a topic narrows them.
    await topics.getByRole('checkbox', { name: /^Mercury reduction/ }).check();
    await expect.poll(() => summaryText(page)).not.toMatch(/^26 /);
    const narrowed = Number((await summaryText(page)).split(' ')[0]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(26);
    // A chip per active filter; "Clear all filters" brings every resource back.
    await expect.poll(() => page.locator('[part~="chip"]').count()).toBe(3);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => summaryText(page)).toMatch(/^42 resources/);
    expectNoErrors(page);
  });

  it('the partner page shows only the resources locked to its country and offers no country filter', async () => {
    const page = await open('/partner.html', /^4 ressources$/);
    await cardsShown(page);
    const countries = await page.locator('asm-resource-card [part~="countries"]').allTextContents();
    expect(countries).toHaveLength(4);
    for (const list of countries) expect(list).toContain('Burkina Faso');
    expect(await page.getByRole('group', { name: 'Type de ressource' }).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Pays' }).count()).toBe(0);
    // The lock is not user state: it never shows in the URL.
    expect(new URL(page.url()).search).toBe('');
    expectNoErrors(page);
  });

  it('the partner page keeps search and filters in the URL through back, forward and reload', async () => {
    const page = await open('/partner.html', /^4 ressources$/);
    const video = () =>
      page.getByRole('group', { name: 'Type de ressource' }).getByRole('checkbox', { name: /^Vidéo/ });
    const params = () => new URL(page.url()).searchParams.toString();

    await video().check();
    await expect.poll(params).toBe('type=video');
    await expect.poll(() => summaryText(page)).toBe('2 ressources');
    await page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' }).fill('emergence');
    await expect.poll(params).toBe('q=emergence&type=video');
    await expect.poll(() => summaryText(page)).toBe('1 ressource');

    await page.goBack();
    await expect.poll(params).toBe('');
    await expect.poll(() => summaryText(page)).toBe('4 ressources');
    expect(await video().isChecked()).toBe(false);

    await page.goForward();
    await expect.poll(params).toBe('q=emergence&type=video');
    await expect.poll(() => summaryText(page)).toBe('1 ressource');
    expect(await video().isChecked()).toBe(true);

    await page.reload();
    await expect.poll(() => summaryText(page)).toBe('1 ressource');
    expect(await video().isChecked()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' }).inputValue()).toBe(
      'emergence',
    );
    expectNoErrors(page);
  });

  it('the language switcher changes the strings, dates and country names', async () => {
    const page = await demo.newPage();
    // The demo catalogue has years only; give the newest resource a full date to see it formatted.
    const catalogue = demoCatalogue();
    const newest = catalogue.resources.find((r) => r['id'] === 'state-of-asm-sector-2023')!;
    newest['published'] = '2023-06-15';
    await page.route('**/catalogue.json', (route) => route.fulfill({ json: catalogue }));
    await page.goto('/composed.html');
    await expect.poll(() => summaryText(page)).toMatch(/^42 resources/);
    const firstCard = page.locator('asm-resource-card').first();
    await expect.poll(() => firstCard.locator('[part~="date"]').textContent()).toBe('June 15, 2023');
    expect(await firstCard.locator('[part~="countries"]').textContent()).toContain('Mozambique');
    expect(await page.getByRole('heading', { name: 'Results' }).isVisible()).toBe(true);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect.poll(() => summaryText(page)).toMatch(/^42 ressources/);
    await expect.poll(() => firstCard.locator('[part~="date"]').textContent()).toBe('15 juin 2023');
    expect(await firstCard.locator('[part~="countries"]').textContent()).toContain('Pérou');
    expect(await page.getByRole('heading', { name: 'Résultats' }).isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' }).isVisible()).toBe(
      true,
    );

    await page.getByRole('combobox', { name: 'Langue' }).selectOption('es');
    await expect.poll(() => summaryText(page)).toMatch(/^42 recursos/);
    await expect.poll(() => firstCard.locator('[part~="date"]').textContent()).toBe('15 de junio de 2023');
    expect(await firstCard.locator('[part~="countries"]').textContent()).toContain('Perú');

    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('pt');
    await expect.poll(() => firstCard.locator('[part~="date"]').textContent()).toBe('15 de junho de 2023');
    expect(await firstCard.locator('[part~="countries"]').textContent()).toContain('Moçambique');
    expectNoErrors(page);
  });

  it('a keyboard-only visitor goes from the search box to a resource link and follows it', async () => {
    const page = await open('/drop-in.html', /^42 resources/);
    // From the top of the page, Tab until the search field has focus.
    for (let i = 0; i < 20 && (await focused(page)).tag !== 'input'; i++) await page.keyboard.press('Tab');
    expect((await focused(page)).part).toBe('input');
    await page.keyboard.type('mercury free');
    await expect.poll(() => summaryText(page)).not.toMatch(/^42 /);
    // Then on through the filters to the first result's link (no file downloads in the demo catalogue: the
    // landing page is the link).
    let target = await focused(page);
    for (let i = 0; i < 120 && target.part !== 'title-link' && target.part !== 'download'; i++) {
      await page.keyboard.press('Tab');
      target = await focused(page);
    }
    expect(target.part).toBe('title-link');
    expect(target.href).toMatch(/^https?:\/\//);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(target.href);
    expect(await page.getByRole('heading', { name: 'External page' }).isVisible()).toBe(true);
    expectNoErrors(page);
  });

  it('on a phone no page scrolls sideways and the list folds its filters behind a button', async () => {
    for (const path of ['/', '/drop-in.html', '/partner.html', '/composed.html', '/check.html']) {
      const page = await demo.newPage({ viewport: PHONE });
      await page.goto(path);
      if (path !== '/' && path !== '/check.html') await cardsShown(page);
      if (path === '/check.html') {
        await page.getByRole('button', { name: 'Try a broken one' }).click();
        await page.getByRole('table').waitFor();
      }
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(widths[0], `${path} is wider than the phone`).toBeLessThanOrEqual(widths[1]!);
      if (path !== '/' && path !== '/check.html') {
        const toggle = page.getByRole('button', { name: /^(Filters|Filtres)\b/ });
        expect(await toggle.getAttribute('aria-expanded'), `${path} filters are folded`).toBe('false');
        expect(await page.getByRole('checkbox').first().isVisible()).toBe(false);
      }
      expectNoErrors(page);
    }
    const page = await open('/drop-in.html', /^42 resources/, { viewport: PHONE });
    const toggle = page.getByRole('button', { name: /^Filters\b/ });
    const report = page.getByRole('checkbox', { name: /^Report/ });
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await report.isVisible()).toBe(false);
    await toggle.click();
    await expect.poll(() => report.isVisible()).toBe(true);
    await report.check();
    await expect.poll(() => summaryText(page)).toMatch(/^14 resources/);
    expectNoErrors(page);
  });

  it('a feed answering 500 shows the error, and "Try again" loads the library once it answers', async () => {
    const page = await demo.newPage();
    let fail = true;
    await page.route('**/catalogue.json', (route) =>
      fail ? route.fulfill({ status: 500, body: 'Internal Server Error' }) : route.continue(),
    );
    await page.goto('/drop-in.html');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('HTTP error 500');
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => summaryText(page)).toMatch(/^42 resources/);
    expect(await alert.count()).toBe(0);
    expectNoErrors(page);
  });

  it('a feed that is not JSON shows its own error message', async () => {
    const page = await demo.newPage();
    await page.route('**/catalogue.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"schemaVersion": "1.0", "resources": [' }),
    );
    await page.goto('/drop-in.html');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not a valid catalogue');
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expectNoErrors(page);
  });

  it('a partially invalid feed shows its valid resources and leaves the invalid ones out', async () => {
    const page = await demo.newPage();
    const catalogue = demoCatalogue();
    catalogue.resources.push(
      { id: 'Bad Id!', title: 'Broken record', type: 'report' },
      { id: 'script-link', title: 'Script link', type: 'report', url: 'javascript:alert(1)' },
      { id: 'no-title', type: 'report' },
    );
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.route('**/catalogue.json', (route) => route.fulfill({ json: catalogue }));
    await page.goto('/drop-in.html');
    await expect.poll(() => summaryText(page)).toMatch(/^42 resources/);
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('broken script');
    await expect.poll(() => summaryText(page)).toBe('No resources match your search.');
    // The warning is written once its messages chunk has arrived, which may be after the results.
    await expect.poll(() => warnings.join('\n')).toContain('3 record(s) left out');
    expectNoErrors(page);
  });

  it('the catalogue checker lists the problems of a broken catalogue and previews the valid resources', async () => {
    const page = await open('/check.html');
    await page.getByRole('button', { name: 'Try a broken one' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('7 problems');
    const rows = page.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(7);
    const first = await rows.first().locator('td').allTextContents();
    expect(first[0]).toBe('resources[0].countries[0]');
    expect(first[2]).toContain('not a valid country code');
    expect(first[3]).toBe('"BFA"');
    expect(await rows.nth(1).textContent()).toContain("Did you mean 'report'?");
    await expect.poll(() => summaryText(page)).toMatch(/^36 resources/);

    await page.getByRole('button', { name: 'Try the demo catalogue' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('no problems');
    expect(await page.getByRole('table').isVisible()).toBe(false);
    await expect.poll(() => summaryText(page)).toMatch(/^42 resources/);
    expectNoErrors(page);
  });

  it('the catalogue checker reads a file chosen with the file input, and reports a file that is not JSON', async () => {
    const page = await open('/check.html');
    const catalogue = demoCatalogue();
    catalogue.resources = catalogue.resources.slice(0, 3);
    catalogue.resources[2]!['countries'] = ['Ghana'];
    const input = page.getByLabel('Catalogue file (JSON)');
    await input.setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(catalogue)),
    });
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('mine.json: 1 problem. 2 of 3 resources are valid and would be shown.');
    await expect.poll(() => summaryText(page)).toMatch(/^2 resources/);

    await input.setInputFiles({ name: 'oops.json', mimeType: 'application/json', buffer: Buffer.from('{,') });
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('oops.json is not valid JSON');
    expectNoErrors(page);
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA and best practices)', () => {
  const states: [name: string, prepare: () => Promise<Page>][] = [
    ['the index', () => open('/')],
    ['the drop-in page', () => open('/drop-in.html', /^42 resources/)],
    [
      'the drop-in page with filters ticked',
      async () => {
        const page = await open('/drop-in.html', /^42 resources/);
        await page.getByRole('checkbox', { name: /^Report/ }).check();
        await expect.poll(() => summaryText(page)).toMatch(/^14 resources/);
        return page;
      },
    ],
    [
      'the drop-in page with no results',
      async () => {
        const page = await open('/drop-in.html', /^42 resources/);
        await page.getByRole('searchbox', { name: 'Search the library' }).fill('zzzzqqq');
        await expect.poll(() => summaryText(page)).toBe('No resources match your search.');
        return page;
      },
    ],
    [
      'the drop-in page with a load error',
      async () => {
        const page = await demo.newPage();
        await page.route('**/catalogue.json', (route) => route.fulfill({ status: 500, body: '' }));
        await page.goto('/drop-in.html');
        await page.getByRole('alert').waitFor();
        return page;
      },
    ],
    [
      'the drop-in page on a phone with the filters open',
      async () => {
        const page = await open('/drop-in.html', /^42 resources/, { viewport: PHONE });
        await page.getByRole('button', { name: /^Filters\b/ }).click();
        await page.getByRole('checkbox', { name: /^Report/ }).waitFor();
        return page;
      },
    ],
    ['the partner page', () => open('/partner.html', /^4 ressources$/)],
    ['the partner page on a phone', () => open('/partner.html', /^4 ressources$/, { viewport: PHONE })],
    ['the composed page', () => open('/composed.html', /^42 resources/)],
    [
      'the composed page in Portuguese',
      async () => {
        const page = await open('/composed.html', /^42 resources/);
        await page.getByRole('combobox', { name: 'Language' }).selectOption('pt');
        await expect.poll(() => summaryText(page)).toMatch(/^42 recursos/);
        return page;
      },
    ],
    ['the catalogue checker', () => open('/check.html')],
    [
      'the catalogue checker with problems and a preview',
      async () => {
        const page = await open('/check.html');
        await page.getByRole('button', { name: 'Try a broken one' }).click();
        await expect.poll(() => summaryText(page)).toMatch(/^36 resources/);
        return page;
      },
    ],
  ];

  for (const [name, prepare] of states) {
    it(`${name} has no violations`, async () => {
      const page = await prepare();
      await cardsShownIfAny(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      expectNoErrors(page);
    });
  }
});

/** Lets cards finish rendering before a scan, on pages that have them. */
async function cardsShownIfAny(page: Page): Promise<void> {
  if (!(await page.locator('asm-result-summary').count())) return;
  if (/^\d/.test(await summaryText(page))) await cardsShown(page);
}
