/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// checkCatalogue must not load the words of problems: that is the point of '@asm-kit/schema/messages'. This
// follows the static imports (not `import type`, which leave nothing at run time) from src/check.ts.

const SOURCE = dirname(fileURLToPath(import.meta.url));

/** Every source file reached from `entry` through value imports and re-exports, relative to src/. */
function importGraph(entry: string): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string): void => {
    if (reached.has(file)) return;
    reached.add(file);
    const code = readFileSync(resolve(SOURCE, file), 'utf8');
    for (const [, clause, specifier] of code.matchAll(
      /^(?:import|export)\s+([^'";]*?)\s*(?:from\s+)?['"]([^'"]+)['"]/gm,
    )) {
      if (/^type\b/.test(clause!) || !specifier!.startsWith('.')) continue;
      const target = resolve(dirname(resolve(SOURCE, file)), specifier!.replace(/\.js$/, '.ts'));
      if (!existsSync(target)) throw new Error(`${file} imports ${specifier}, which is not a source file`);
      visit(target.slice(SOURCE.length + 1));
    }
  };
  visit(entry);
  return reached;
}

const WORDS = ['internal/describe-issue.ts', 'internal/field-hints.ts', 'messages.ts'];

describe('the import graph of checkCatalogue', () => {
  it('leaves out the words of problems', () => {
    const graph = importGraph('check.ts');
    expect(graph).toContain('internal/check.ts');
    expect(graph).toContain('internal/read-resources.ts');
    expect(WORDS.filter((file) => graph.has(file))).toEqual([]);
  });

  it('is followed far enough to see them where they are imported', () => {
    expect(importGraph('messages.ts')).toContain('internal/field-hints.ts');
    expect(importGraph('index.ts')).toContain('internal/describe-issue.ts');
  });
});
