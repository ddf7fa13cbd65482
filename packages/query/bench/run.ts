// `npm run bench`: builds each engine over synthetic catalogues of 1k, 10k and 100k resources and times four
// kinds of query. Prints one table (median / p95 in ms) and any disagreement between engines on result counts.
import type { Resource } from '@asm-kit/schema';
import { buildIndex } from '../src/index-build.js';
import { within } from '../src/internal/match.js';
import { tokenize } from '../src/internal/tokenize.js';
import { generateCatalogue, rng } from './generate.js';
import type { BenchQuery, Engine, Facet, Output } from './peers.js';
import { engines, FACETS, facetValues } from './peers.js';

// BENCH_SIZES=1000,10000 and BENCH_ENGINES=query,minisearch narrow a run while working on one part.
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const ONLY = process.env.BENCH_ENGINES?.split(',');
const SCENARIOS = ['a', 'b', 'c', 'd', 'b4', 'c4'] as const;
type Scenario = (typeof SCENARIOS)[number];
const DESCRIPTIONS: Record<Scenario, string> = {
  a: 'text only (1-2 words), first page by relevance',
  b: 'text + two filters + all facet counts + newest first + first page',
  c: 'browse: two filters + all facet counts, no text, newest first + first page',
  d: 'prefix as you type: each keystroke of a word, text only',
  b4: 'as (b), with filters on language + type and counts of language, country, type and area only',
  c4: 'as (c), with filters on language + type and counts of language, country, type and area only',
};
// The four facets of (b4) and (c4): the setup of an independent harness, which counts only what a filter bar shows.
const FOUR: readonly Facet[] = ['language', 'country', 'type', 'area'];

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
// Typed arrays live outside the JS heap, so both count; array buffers are freed a moment after the collection.
const heap = async (): Promise<number> => {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/**
 * Query words every engine treats alike: no other word starts with them (some peers expand every word as a prefix)
 * and no word lies within the typo distance (peers differ in typo rules), so result counts are comparable.
 */
function queries(docs: Resource[], seed: number): Record<Scenario, BenchQuery[]> {
  const { terms } = buildIndex(docs);
  const set = new Set(terms);
  const byLength = new Map<number, string[]>();
  for (const t of terms) {
    const list = byLength.get(t.length);
    if (list) list.push(t);
    else byLength.set(t.length, [t]);
  }
  const near = (w: string, max: number, except: (t: string) => boolean) => {
    for (let l = w.length - max; l <= w.length + max; l++) {
      for (const t of byLength.get(l) ?? []) if (t !== w && !except(t) && within(w, t, max)) return true;
    }
    return false;
  };
  const typos = (t: string) => (t.length < 5 ? 0 : t.length < 9 ? 1 : 2);
  const isPrefixOfOther = (w: string) => {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! <= w) lo = mid + 1;
      else hi = mid;
    }
    return lo < terms.length && terms[lo]!.startsWith(w);
  };
  const frequency = new Map<string, number>();
  for (const r of docs.slice(0, 3000))
    for (const w of new Set(tokenize(Object.values(r.title).join(' '))))
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const common = [...frequency.entries()]
    .filter(([w, c]) => c >= 3 && w.length >= 4 && /^[a-z]+$/.test(w) && set.has(w))
    .sort((a, b) => b[1] - a[1])
    .map(([w]) => w)
    .filter((w) => !isPrefixOfOther(w) && !near(w, typos(w), () => false))
    .slice(0, 60);
  const typing = common.filter(
    (w) =>
      w.length >= 6 &&
      [...Array(w.length - 4).keys()].every((k) => {
        const p = w.slice(0, 5 + k);
        return p === w || !near(p, typos(p), (t) => t.startsWith(p));
      }),
  );
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const values = docs.slice(0, 2000).map(facetValues);
  const filterPair = (
    a: 'type' | 'area' | 'region' | 'language',
    b: 'country' | 'access' | 'organization' | 'language',
  ) => {
    const va = pick(values.filter((v) => v[a].length))[a];
    const vb = pick(values.filter((v) => v[b].length))[b];
    return {
      [a]: [pick(va)],
      [b]: [pick(vb), ...(random() < 0.5 ? [pick(vb)] : [])].filter((v, i, l) => l.indexOf(v) === i),
    };
  };
  const text = () => (random() < 0.5 ? pick(common) : `${pick(common)} ${pick(common)}`);
  const n = 20;
  return {
    a: Array.from({ length: n }, () => ({ text: text(), filters: {}, facets: false })),
    b: Array.from({ length: n }, () => ({
      text: pick(common),
      filters: filterPair('type', 'country'),
      facets: true,
    })),
    c: Array.from({ length: n }, (_, i) => ({
      text: '',
      filters: i % 2 ? filterPair('area', 'language') : filterPair('region', 'access'),
      facets: true,
    })),
    b4: Array.from({ length: n }, () => ({
      text: pick(common),
      filters: filterPair('type', 'language'),
      facets: true,
      counted: FOUR,
    })),
    c4: Array.from({ length: n }, () => ({
      text: '',
      filters: filterPair('type', 'language'),
      facets: true,
      counted: FOUR,
    })),
    d: (typing.length ? typing : common)
      .slice(0, 4)
      .flatMap((w) =>
        [...Array(w.length - 1).keys()].map((k) => ({ text: w.slice(0, k + 2), filters: {}, facets: false })),
      ),
  };
}

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};
const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

function same(a: Output, b: Output): string | undefined {
  if (a.total !== b.total) return `total ${a.total} vs ${b.total}`;
  if (!a.counts || !b.counts) return undefined;
  for (const f of FACETS) {
    const x = a.counts[f];
    const y = b.counts[f];
    if (!x || !y) continue;
    if (x.size !== y.size) return `${f}: ${x.size} values vs ${y.size}`;
    for (const [k, c] of x) if (y.get(k) !== c) return `${f}=${k}: ${c} vs ${y.get(k)}`;
  }
  return undefined;
}

async function main(): Promise<void> {
  const rows: string[][] = [];
  const problems: string[] = [];
  let checked = 0;
  const started = performance.now();
  for (const size of SIZES) {
    const docs = generateCatalogue(size, 7);
    const qs = queries(docs, 11);
    // Time per engine and scenario; slow engines get at least a few queries, so the run stays within minutes.
    const budget = size >= 100000 ? 3000 : size >= 10000 ? 1500 : 600;
    const reference = new Map<string, Output>();
    for (const make of engines) {
      const engine: Engine = make();
      if (ONLY && !ONLY.some((name) => engine.name.includes(name))) continue;
      const before = await heap();
      const t0 = performance.now();
      await engine.build(docs);
      const build = performance.now() - t0;
      const mb = ((await heap()) - before) / 1048576;
      const cells = [String(size), engine.name, fmt(build), mb.toFixed(1)];
      for (const scenario of SCENARIOS) {
        const list = qs[scenario];
        // First pass: warm up and compare counts with the first engine (every query, or as many as time allows).
        const checkEnd = performance.now() + budget / 2;
        for (let i = 0; i < list.length && (i < 3 || performance.now() < checkEnd); i++) {
          const out = await engine.run(list[i]!);
          const key = `${scenario}${i}`;
          const ref = reference.get(key);
          if (!ref) reference.set(key, out);
          else {
            checked++;
            const diff = same(ref, out);
            if (diff)
              problems.push(
                `${size} ${engine.name} (${scenario}) "${list[i]!.text}" ${JSON.stringify(list[i]!.filters)}: ${diff}`,
              );
          }
        }
        const samples: number[] = [];
        const end = performance.now() + budget;
        for (let i = 0; i < list.length * 50 && (performance.now() < end || samples.length < 3); i++) {
          const q = list[i % list.length]!;
          const t = performance.now();
          await engine.run(q);
          samples.push(performance.now() - t);
        }
        cells.push(`${fmt(percentile(samples, 0.5))} / ${fmt(percentile(samples, 0.95))}`);
      }
      rows.push(cells);
      console.error(`  ${cells.join(' | ')}`);
    }
  }

  const header = [
    'docs',
    'engine',
    'build ms',
    'heap MB',
    '(a) text',
    '(b) text+filters+facets',
    '(c) browse+facets',
    '(d) as-you-type',
    '(b4) text+filters+4 facets',
    '(c4) browse+4 facets',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(
    `\nQuery latency median / p95 in ms; Node ${process.version}, ${(await import('node:os')).cpus().length} CPUs.`,
  );
  for (const s of SCENARIOS) console.log(`(${s}) ${DESCRIPTIONS[s]}`);
  console.log('');
  console.log(line(header));
  console.log(
    `|${widths.map((w, i) => (i < 2 ? ':' : '-') + '-'.repeat(w) + (i < 2 ? '-' : ':')).join('|')}|`,
  );
  for (const r of rows) console.log(line(r));
  console.log(
    `\nResult counts (totals, and every facet count in (b), (c), (b4) and (c4)) of ${checked} peer queries compared with @asm-kit/query: ${problems.length ? `${problems.length} mismatches` : 'all agree'}.`,
  );
  for (const p of problems.slice(0, 30)) console.log(`  mismatch: ${p}`);
  console.log(`Total time ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

void main();
