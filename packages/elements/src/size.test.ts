import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

/** The budget of issue 4: the whole CDN build (Lit, query, validation, four UI languages), min+gzip. */
const BUDGET = 35 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const file = (name: string) => `${root}dist-embed/${name}`;

beforeAll(async () => {
  if (existsSync(file('asm-kit.js')) && existsSync(file('asm-kit.iife.js'))) return;
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

  it('IIFE build (dist-embed/asm-kit.iife.js) is at most 35 KB min+gzip', () => {
    const size = gzipped('asm-kit.iife.js');
    console.log(`asm-kit.iife.js: ${(size / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB)`);
    expect(size).toBeLessThanOrEqual(BUDGET);
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
    ]) {
      expect(code).toContain(`asm-${tag}`);
    }
    expect(code).not.toMatch(/\beval\(|new Function\(/);
  });
});
