// Browser benchmark of <asm-resource-list> (run with `npm run bench`; not part of the tests).
// It serves the CDN build and synthetic catalogues from a local server, drives Chromium through
// playwright-core and measures with performance marks, inside the page, as a partner page uses the list (`src`):
//   load:     `src` set -> first results painted (the file's download over loopback included)
//   ready:    `src` set -> whole catalogue checked, indexed, all results and facets painted
//   longest:  the longest task on the main thread from `src` set to ready (long tasks of 50 ms or more, else < 50)
//   search:   one keystroke in the search box     -> updated list painted
//   filter:   one click on a facet checkbox       -> updated list painted
//   language: the list's `lang` changed from English -> the list painted in that language (fr, es, pt, id in
//             turn; the first switch to each fetches its chunk)
// "Painted" = the list's updateComplete, then the next requestAnimationFrame. Catalogues from 1 MB on are indexed in
// the index worker (WORKER_FROM_BYTES), smaller ones on the main thread.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generateCatalogue } from './generate.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);

if (!existsSync(`${root}dist-embed/asm-kit.js`)) {
  const { build } = await import('vite');
  await build({ root, configFile: `${root}vite.embed.config.ts`, logLevel: 'warn' });
}

const catalogues = new Map(SIZES.map((n) => [`/catalogue-${n}.json`, JSON.stringify(generateCatalogue(n))]));
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const send = (type, body) => res.writeHead(200, { 'content-type': type }).end(body);
  if (path === '/') return send('text/html', readFileSync(`${here}page.html`));
  if (path === '/asm-kit.js' || /^\/chunks\/[\w-]+\.js$/.test(path))
    return send('text/javascript', readFileSync(`${root}dist-embed${path}`));
  if (catalogues.has(path)) return send('application/json', catalogues.get(path));
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

/** Runs in the page: returns arrays of milliseconds by measure. */
async function measure({ url, runs }) {
  await customElements.whenDefined('asm-resource-list');
  const root = document.getElementById('root');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const settle = async (el, done) => {
    // Wait for the store to answer the latest change, then for Lit to render, then for the frame.
    await new Promise((resolve) => {
      const check = (state) => state.status === 'ready' && done(state) && (off(), resolve());
      const off = el.store.subscribe(check);
      check(el.store.getState());
    });
    await el.updateComplete;
    for (const child of el.shadowRoot.querySelectorAll(
      'asm-resource-card, asm-filter-bar, asm-result-summary',
    ))
      await child.updateComplete;
    await frame();
  };
  // Long tasks (50 ms and more) on the main thread, as the browser reports them.
  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
  const time = async (name, action, el, done) => {
    // A visitor types or clicks after reading, not within milliseconds of the previous update: leave the page
    // idle for a moment, as it would be, so the garbage collector's idle work is not billed to the interaction.
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    performance.mark(`${name}-start`);
    action();
    await settle(el, done);
    performance.mark(`${name}-end`);
    return performance.measure(name, `${name}-start`, `${name}-end`).duration;
  };
  const firstCards = (el) =>
    new Promise((resolve) => {
      const found = () => el.shadowRoot.querySelector('asm-resource-card');
      const done = async () => {
        observer.disconnect();
        await el.updateComplete;
        for (const card of el.shadowRoot.querySelectorAll('asm-resource-card')) await card.updateComplete;
        await frame();
        resolve();
      };
      const observer = new MutationObserver(() => found() && done());
      observer.observe(el.shadowRoot, { childList: true, subtree: true });
      if (found()) done();
    });
  const IDLE_MS = 250;
  const out = { load: [], ready: [], longest: [], search: [], filter: [], language: [] };
  const words = [
    'gold',
    'mercury',
    'miners',
    'women',
    'finance',
    'tailings',
    'policy',
    'training',
    'water',
    'health',
  ];
  // Each run's list starts in the page's English.
  const languages = ['fr', 'es', 'pt', 'id'];
  for (let run = 0; run < runs; run++) {
    root.replaceChildren();
    // Let the previous run's catalogue go (its worker ends) before the next one loads.
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const el = document.createElement('asm-resource-list');
    el.pageSize = 20;
    el.setAttribute('style', 'width: 1200px');
    root.append(el);
    await el.updateComplete;
    const start = performance.now();
    performance.mark('load-start');
    // A new URL each run: the page's catalogue cache would otherwise answer at once.
    el.src = `${url}?run=${Math.random()}`;
    await firstCards(el);
    performance.mark('load-end');
    out.load.push(performance.measure('load', 'load-start', 'load-end').duration);
    await settle(el, (s) => !!s.result && Object.keys(s.result.facets).length > 0);
    performance.mark('ready-end');
    out.ready.push(performance.measure('ready', 'load-start', 'ready-end').duration);
    const end = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const during = longTasks.filter((t) => t.startTime < end && t.startTime + t.duration > start);
    out.longest.push(Math.max(0, ...during.map((t) => t.duration)));
    const box = el.shadowRoot.querySelector('asm-search-box');
    const input = box.shadowRoot.querySelector('input');
    const word = words[run % words.length];
    // Type all but the last letter untimed, then time the last keystroke.
    input.value = word.slice(0, -1);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el, (s) => s.result.query.text === word.slice(0, -1));
    out.search.push(
      await time(
        'search',
        () => {
          input.value = word;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: word.at(-1) }));
        },
        el,
        (s) => s.result.query.text === word,
      ),
    );
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el, (s) => s.result.query.text === '');
    const bar = el.shadowRoot.querySelector('asm-filter-bar');
    const boxes = bar.shadowRoot.querySelectorAll('input[type=checkbox]');
    const checkbox = boxes[run % Math.min(boxes.length, 12)];
    const before = JSON.stringify(el.store.getState().query.filters);
    out.filter.push(
      await time(
        'filter',
        () => checkbox.click(),
        el,
        (s) => JSON.stringify(s.result.query.filters) !== before,
      ),
    );
    const heading = el.shadowRoot.querySelector('[part~="results-heading"]');
    const headingBefore = heading.textContent;
    const lang = languages[run % languages.length];
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    performance.mark('language-start');
    el.lang = lang;
    // Painted in the new language: its heading's text changed.
    const switched = performance.now();
    await new Promise((resolve, reject) => {
      const check = async () => {
        await el.updateComplete;
        if (heading.textContent !== headingBefore && heading.textContent.trim()) resolve();
        else if (performance.now() - switched > 10_000) reject(new Error(`no switch to ${lang}`));
        else setTimeout(check, 1);
      };
      check();
    });
    await settle(el, (s) => !!s.result);
    performance.mark('language-end');
    out.language.push(performance.measure('language', 'language-start', 'language-end').duration);
  }
  return out;
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
};

const rows = [];
try {
  for (const size of SIZES) {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    if (process.env.BENCH_DEBUG) page.on('console', (m) => console.error('page:', m.text()));
    await page.goto(`http://127.0.0.1:${port}/`);
    // One warm-up pass so the timings describe a page that has compiled the code.
    await page.evaluate(measure, { url: `/catalogue-${size}.json`, runs: 2 });
    console.error(`measuring ${size.toLocaleString('en')} resources…`);
    const result = await page.evaluate(measure, { url: `/catalogue-${size}.json`, runs: RUNS });
    for (const [name, label] of [
      ['load', '`src` set -> first results painted'],
      ['ready', '`src` set -> all results and facets'],
      ['longest', 'longest main-thread task while loading'],
      ['search', 'keystroke -> updated list'],
      ['filter', 'filter click -> updated list'],
      ['language', 'language switch -> list in it'],
    ]) {
      const { median, p95 } = stats(result[name]);
      rows.push({ size, label, median, p95 });
    }
    await page.context().close();
  }
} finally {
  await browser.close();
  server.close();
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`\n<asm-resource-list> in Chromium, ${RUNS} runs each (ms)\n`);
console.log(`| ${pad('resources', 9)} | ${pad('measure', 38)} | median | p95    |`);
console.log(`| ${'-'.repeat(9)} | ${'-'.repeat(38)} | ------ | ------ |`);
for (const r of rows) {
  console.log(
    `| ${pad(r.size.toLocaleString('en'), 9)} | ${pad(r.label, 38)} | ${pad(r.median.toFixed(1), 6)} | ${pad(r.p95.toFixed(1), 6)} |`,
  );
}
