import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './workspace.js';

// No module of a package may import itself back through others: a cycle makes the order in which modules
// run depend on which one is imported first (a value read before its module has run is undefined), and it
// ties modules that should be layered. Every relative import counts: `import` and `export ... from`,
// `import type` (erased at run time, but still a module that cannot be read without the other) and
// `import()` (a lazy edge is still an edge: a chunk that imports back what loaded it is the same knot).

/** Every .ts file under packages/<name>/src, tests and type tests included. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

/** The file a relative specifier names, as TypeScript resolves it ('./x.js' is './x.ts'); undefined if none. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(m|c)?js$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((path) => /\.tsx?$/.test(path) && existsSync(path) && statSync(path).isFile());
}

/** The relative imports of a file. TypeScript's own pre-processor skips comments and strings. */
function relativeImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('./') || specifier.startsWith('../'))
    .map((specifier) => resolveRelative(file, specifier))
    .filter((path): path is string => path !== undefined);
}

/** The import graph of a package's src folder. */
function importGraph(srcDir: string): Map<string, string[]> {
  return new Map(sourceFiles(srcDir).map((file) => [file, relativeImports(file)]));
}

/**
 * The cycles of a graph, one per strongly connected component (Tarjan), each written as a path that returns
 * to its start: a.ts -> b.ts -> a.ts.
 */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  // One concrete cycle in each component: the shortest way back to its first file (breadth-first).
  return components.map((component) => {
    const members = new Set(component);
    const start = [...component].sort()[0]!;
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.shift()!;
      for (const target of graph.get(node) ?? []) {
        if (!members.has(target)) continue;
        if (target === start) {
          const path = [start];
          for (let at: string | undefined = node; at !== start && at !== undefined; at = previous.get(at))
            path.splice(1, 0, at);
          if (node !== start) return [...path, start];
          return [start, start];
        }
        if (!previous.has(target)) {
          previous.set(target, node);
          queue.push(target);
        }
      }
    }
    return [...component, component[0]!];
  });
}

const packagesDir = join(repoRoot, 'packages');
const packageSources = readdirSync(packagesDir)
  .map((name) => join(packagesDir, name, 'src'))
  .filter((dir) => existsSync(dir));

describe('import cycles', () => {
  it('finds a cycle, and only a cycle, in a graph', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(findCycles(graph)).toEqual([
      ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
      ['e.ts', 'e.ts'],
    ]);
    expect(
      findCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads static, type-only, re-exporting and dynamic imports, but not imports in comments or strings', () => {
    const text = [
      "import { a } from './one.js';",
      "import type { B } from './two.js';",
      "export * from './three.js';",
      "const lazy = () => import('./four.js');",
      "// import { c } from './five.js';",
      'const example = "import { d } from \'./six.js\'";',
    ].join('\n');
    const found = ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName);
    expect(found).toEqual(['./one.js', './two.js', './three.js', './four.js']);
  });

  for (const srcDir of packageSources) {
    const name = relative(packagesDir, dirname(srcDir));
    it(`packages/${name} has no import cycle`, () => {
      const cycles = findCycles(importGraph(srcDir)).map((cycle) =>
        cycle.map((file) => relative(repoRoot, file)).join(' -> '),
      );
      expect(cycles, `import cycles in packages/${name}:\n${cycles.join('\n')}`).toEqual([]);
    });
  }
});
