// Lighthouse (mobile emulation, simulated slow 4G and CPU throttling: Lighthouse's defaults) on the demo's
// drop-in and partner pages, served from the built demo (apps/demo/dist) by Vite's preview server in this
// process, with Debian's Chromium. Prints the four category scores as a table. Not part of `npm test`:
// scores depend on the machine. Run `npm run build` first, then `npm run lighthouse`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';

const demoRoot = fileURLToPath(new URL('../../apps/demo/', import.meta.url));
const pages = [
  ['drop-in', 'drop-in.html'],
  ['partner', 'partner.html'],
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };

if (!existsSync(new URL('dist/index.html', `file://${demoRoot}`))) {
  console.error('apps/demo/dist is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await preview({
  root: demoRoot,
  configFile: false,
  logLevel: 'warn',
  preview: { port: 0, host: '127.0.0.1', open: false },
});
const baseUrl = server.resolvedUrls.local[0];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

// Scores move with the machine's load (total blocking time above all), so each page is measured RUNS times
// and the median run (by performance score) is reported, as Lighthouse's own docs advise.
const runs = Number(process.env.LH_RUNS ?? 3);
const rows = [];
let version = '';
try {
  for (const [name, path] of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(`${baseUrl}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      });
      version = lhr.lighthouseVersion;
      results.push(lhr);
    }
    const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    results.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const lhr = results[Math.floor(results.length / 2)];
    const failing = Object.values(lhr.audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
      )
      .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
    rows.push({
      name,
      scores: Object.fromEntries(categories.map((id) => [id, score(lhr, id)])),
      range: results.map((r) => score(r, 'performance')).join(', '),
      failing,
      lcp: lhr.audits['largest-contentful-paint']?.displayValue,
      tbt: lhr.audits['total-blocking-time']?.displayValue,
      cls: lhr.audits['cumulative-layout-shift']?.displayValue,
    });
  }
} finally {
  await chrome.kill();
  await server.close();
}

const missed = rows.some((row) => categories.some((id) => row.scores[id] < targets[id]));
const header = ['page', ...categories];
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(i ? 14 : 8)).join(' | ')} |`;
console.log(
  `Lighthouse ${version} · mobile emulation · median of ${runs} runs · ${new Date().toISOString().slice(0, 10)}`,
);
console.log(line(header));
console.log(line(header.map((_, i) => '-'.repeat(i ? 14 : 8))));
for (const row of rows) console.log(line([row.name, ...categories.map((id) => row.scores[id])]));
console.log(
  line([
    'target',
    ...categories.map((id) => (id === 'seo' || id === 'performance' ? `>= ${targets[id]}` : targets[id])),
  ]),
);
for (const row of rows) {
  console.log(
    `\n${row.name}: performance runs ${row.range}; LCP ${row.lcp}, TBT ${row.tbt}, CLS ${row.cls}; ` +
      `audits below 0.9: ${row.failing.join(', ') || 'none'}`,
  );
}
if (missed) process.exitCode = 1;
