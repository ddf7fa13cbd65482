import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The budget: what a page loads on view, i.e. the ES entry asm-kit.js (Lit, query, validation, English UI
 * strings), min+gzip. The lazy chunks (crosswalk and Cite panel, loaded on first use of Cite or structured-data;
 * the messages of catalogue problems, loaded only when a catalogue has some; the UI strings of each other
 * language, loaded by a page that speaks it) are reported.
 */
const BUDGET = 35 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const file = (name: string) => `${root}dist-embed/${name}`;

beforeAll(async () => {
  if (existsSync(file('asm-kit.js')) && existsSync(file('chunks'))) return;
  const { build } = await import('vite');
  await build({ root, configFile: `${root}vite.embed.config.ts`, logLevel: 'warn' });
});

const gzipped = (name: string): number => gzipSync(readFileSync(file(name)), { level: 9 }).length;

describe('CDN bundle', () => {
  it('ESM build (dist-embed/asm-kit.js) is at most 35 KB min+gzip', () => {
    const size = gzipped('asm-kit.js');
    console.log(`asm-kit.js: ${(size / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB)`);
    expect(size).toBeLessThanOrEqual(BUDGET);
  });

  it('keeps the crosswalk, Cite panel and problem messages out of the entry, in lazy chunks it imports relative to itself', () => {
    const entry = readFileSync(file('asm-kit.js'), 'utf8');
    const chunks = readdirSync(file('chunks'));
    expect(chunks.map((name) => name.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual([
      'cite-view',
      'crosswalk',
      'es',
      'fr',
      'messages',
      'pt',
    ]);
    for (const chunk of chunks) {
      const size = gzipped(`chunks/${chunk}`);
      console.log(`lazy chunks/${chunk}: ${(size / 1024).toFixed(1)} KB gzip (loaded only when needed)`);
      // Only through import(), so a page that never opens "Cite" or asks for structured data never loads it.
      expect(entry).toContain(`import(\`./chunks/${chunk}\`)`);
      expect(entry).not.toMatch(new RegExp(`^import[^;(]*${chunk}`, 'm'));
    }
    expect(entry).not.toContain('techreport');
    // Catalogue problems are found by the entry but worded by the messages chunk, loaded only when there are any.
    expect(entry).toContain('duplicate-id');
    expect(entry).not.toContain('Did you mean');
    const messages = chunks.find((name) => name.startsWith('messages'))!;
    expect(readFileSync(file(`chunks/${messages}`), 'utf8')).toContain('Did you mean');
    const crosswalk = chunks.find((name) => name.startsWith('crosswalk'))!;
    expect(readFileSync(file(`chunks/${crosswalk}`), 'utf8')).toContain('techreport');
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
    ]) {
      expect(code).toContain(`asm-${tag}`);
    }
    expect(code).not.toMatch(/\beval\(|new Function\(/);
  });
});
