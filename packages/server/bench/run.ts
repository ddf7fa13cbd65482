// Speed of the library on a generated catalogue, on PostgreSQL (when installed) and PGlite, with the in-memory
// index of @asm-kit/query as the reference: (a) one word, (b) one word + 2 filters + 9 facet counts + newest
// first, (c) 2 filters and 9 facet counts without text, (d) (c) repeated (the response cache). Median and p95
// of one client. `BENCH_SIZES=10000,100000 BENCH_ENGINES=postgres,pglite,memory npm run bench`.
import type { Query } from '@asm-kit/query';
import { EMPTY_QUERY, createIndex } from '@asm-kit/query';
import { parseCatalogue } from '@asm-kit/schema';
// The built package (run after `npm run build`): its migrations are found beside dist/.
import type { Library } from '@asm-kit/server';
import { openLibrary } from '@asm-kit/server';
import { generateCatalogue } from '../src/testing/generate.js';
import { postgresBin, startCluster } from '../src/testing/postgres.js';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const ENGINES = (process.env.BENCH_ENGINES ?? 'postgres,pglite,memory').split(',');
const RUNS = 40;
const WORDS = ['mercury', 'gold', 'women', 'community', 'formalization', 'retort', 'health', 'miners'];
const FILTERS = { language: ['en'], type: ['report'] };

// Distinct queries per run, so that (a) to (c) are never answered from the response cache.
// Each run asks another page, so that (a) to (c) are never answered from the response cache; (d) repeats one.
const SCENARIOS: Record<string, (i: number) => Query> = {
  'a text': (i) => ({ ...EMPTY_QUERY, text: WORDS[i % WORDS.length]!, page: 1 + i }),
  'b text+filters': (i) => ({
    ...EMPTY_QUERY,
    text: WORDS[i % WORDS.length]!,
    filters: FILTERS,
    sort: 'newest',
    page: 1 + i,
  }),
  'c browse': (i) => ({ ...EMPTY_QUERY, filters: FILTERS, page: 1 + i }),
  'd browse again': () => ({ ...EMPTY_QUERY, filters: FILTERS }),
};

function stats(times: number[]): string {
  const sorted = [...times].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `${at(0.5).toFixed(1)} / ${at(0.95).toFixed(1)} ms`;
}

async function time(
  search: (q: Query) => Promise<unknown> | unknown,
  make: (i: number) => Query,
): Promise<string> {
  await search(make(RUNS)); // warm up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await search(make(i));
    times.push(performance.now() - t);
  }
  return stats(times);
}

const rows: string[] = ['| size | engine | load | ' + Object.keys(SCENARIOS).join(' | ') + ' |'];
rows.push('|' + ' --- |'.repeat(3 + Object.keys(SCENARIOS).length));
for (const size of SIZES) {
  const data = { name: 'Generated', defaultLanguage: 'en', resources: generateCatalogue(size, 42) };
  for (const engine of ENGINES) {
    const bin = postgresBin();
    if (engine === 'postgres' && !bin) {
      console.error('PostgreSQL is not installed: apt-get install -y postgresql');
      continue;
    }
    let library: Library | undefined;
    const cluster = engine === 'postgres' ? await startCluster(bin!) : undefined;
    try {
      const t = performance.now();
      let search: (q: Query) => Promise<unknown> | unknown;
      if (engine === 'memory') {
        const index = createIndex(parseCatalogue(data).catalogue);
        search = (q) => index.searchSync(q);
      } else {
        const opened = await openLibrary(cluster ? { databaseUrl: cluster.url } : {});
        library = opened;
        await opened.load([{ source: 'generated.json', data }]);
        search = (q) => opened.search(q);
      }
      const load = ((performance.now() - t) / 1000).toFixed(1) + ' s';
      const cells: string[] = [];
      for (const make of Object.values(SCENARIOS)) cells.push(await time(search, make));
      rows.push(`| ${size} | ${engine} | ${load} | ${cells.join(' | ')} |`);
      console.error(rows.at(-1));
    } finally {
      await library?.close();
      cluster?.stop();
    }
  }
}
console.log(rows.join('\n'));
