import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The budget: what a page loads on view, i.e. the ES entry asm-kit.js (Lit, the elements, the query's store and
 * URL state, English UI strings and vocabulary labels), min+gzip. The lazy chunks (the checker and indexer, or the
 * worker that runs them for a large catalogue; crosswalk and Cite panel, loaded on first use of Cite
 * or structured-data; the download of the results; the map; the year histogram; links between cards; the messages
 * of catalogue problems, loaded only when a catalogue has some; the remote source, for a list with an `endpoint`; the UI strings and vocabulary labels of each other
 * language, loaded by a page that speaks it) are reported.
 */
const BUDGET = 30 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const file = (name: string) => `${root}dist-embed/${name}`;

beforeAll(async () => {
  if (existsSync(file('asm-kit.js')) && existsSync(file('chunks'))) return;
  const { build } = await import('vite');
  await build({ root, configFile: `${root}vite.embed.config.ts`, logLevel: 'warn' });
});

const gzipped = (name: string): number => gzipSync(readFileSync(file(name)), { level: 9 }).length;

describe('CDN bundle', () => {
  it('ESM build (dist-embed/asm-kit.js) is at most 30 KB min+gzip', () => {
    const size = gzipped('asm-kit.js');
    console.log(`asm-kit.js: ${(size / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB)`);
    expect(size).toBeLessThanOrEqual(BUDGET);
  });

  it('keeps what a page does not need on view out of the entry, in lazy chunks it imports relative to itself', () => {
    const entry = readFileSync(file('asm-kit.js'), 'utf8');
    const chunks = readdirSync(file('chunks'));
    // Chunks that other chunks load, not the entry: the worker's script (its URL is in worker-catalogue) and the
    // Trusted Types policy (shared by the worker's starter and the JSON-LD writer).
    const indirect = ['index-worker', 'trusted-types'];
    const name = (chunk: string) => chunk.replace(/-[\w-]{8}\.js$/, '');
    expect(chunks.map(name).sort()).toEqual([
      'catalogue-engine',
      'cite-view',
      'crosswalk',
      'download-view',
      'es',
      'fr',
      'id',
      'index-worker',
      'json-ld-script',
      'map-panel',
      'map-view',
      'messages',
      'pt',
      'related',
      'remote-source',
      'trusted-types',
      'worker-catalogue',
      'year-histogram',
    ]);
    for (const chunk of chunks) {
      const size = gzipped(`chunks/${chunk}`);
      console.log(`lazy chunks/${chunk}: ${(size / 1024).toFixed(1)} KB gzip (loaded only when needed)`);
      if (indirect.includes(name(chunk))) continue;
      // Only through import(), so a page only loads what it uses.
      expect(entry).toContain(`import(\`./chunks/${chunk}\`)`);
      expect(entry).not.toMatch(new RegExp(`^import[^;(]*${chunk}`, 'm'));
    }
    expect(entry).not.toContain('techreport');
    const read = (prefix: string) =>
      readFileSync(file(`chunks/${chunks.find((name) => name.startsWith(`${prefix}-`))!}`), 'utf8');
    // Records are checked and indexed by the catalogue engine (on the main thread) or the worker, and the problems
    // worded by the messages chunk, loaded only when there are any.
    for (const checker of ['catalogue-engine', 'index-worker'])
      expect(read(checker)).toContain('not-a-catalogue');
    expect(entry).not.toContain('not-a-catalogue');
    expect(entry).not.toContain('Did you mean');
    // The worker is started from the worker-catalogue chunk, by a URL relative to the deployed files; it carries
    // the vocabulary labels of every language, so a catalogue is searchable in all of them.
    expect(read('worker-catalogue')).toMatch(/\(.index-worker-[\w-]{8}\.js.,import\.meta\.url\)/);
    expect(read('index-worker')).toContain('Boîte à outils');
    expect(read('index-worker')).toContain('Pengurangan merkuri');
    expect(read('messages')).toContain('Did you mean');
    expect(read('crosswalk')).toContain('techreport');
    // The CSV writer comes with the download only, not with every "Cite".
    expect(read('download-view')).toContain('#schemaVersion');
    expect(read('crosswalk')).not.toContain('#schemaVersion');
    // The map's geometry (world-atlas) is in its chunk, not in the entry.
    expect(read('map-view')).toContain('Topology');
    expect(entry).not.toContain('Topology');
    // French vocabulary labels come with the French UI strings.
    expect(entry).not.toContain('Boîte à outils');
    expect(read('fr')).toContain('Boîte à outils');
    expect(read('id')).toContain('Pengurangan merkuri');
  });

  it('registers every element and contains no eval or Function constructor', () => {
    const code = readFileSync(file('asm-kit.js'), 'utf8');
    for (const tag of [
      'resource-list',
      'resource-card',
      'filter-bar',
      'search-box',
      'pagination',
      'language-switcher',
      'result-summary',
      'citation',
      'resource-map',
    ]) {
      expect(code).toContain(`asm-${tag}`);
    }
    expect(code).not.toMatch(/\beval\(|new Function\(/);
  });
});
