import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, workspacePackages } from './workspace.js';

// The package graph flows one way. Each package may depend on the packages listed for it and on no other
// workspace package: schema knows nothing of querying, query nothing of the DOM, the demo holds no library code.
const allowedWorkspaceDependencies: Record<string, readonly string[]> = {
  '@asm-kit/schema': [],
  '@asm-kit/query': ['@asm-kit/schema'],
  '@asm-kit/crosswalk': ['@asm-kit/schema'],
  '@asm-kit/server': ['@asm-kit/schema', '@asm-kit/query'],
  '@asm-kit/elements': ['@asm-kit/schema', '@asm-kit/query', '@asm-kit/crosswalk'],
  'asm-kit': ['@asm-kit/schema', '@asm-kit/crosswalk'],
  '@asm-kit/demo': [
    '@asm-kit/schema',
    '@asm-kit/query',
    '@asm-kit/elements',
    '@asm-kit/crosswalk',
    '@asm-kit/server',
  ],
  '@asm-kit/storybook': ['@asm-kit/schema', '@asm-kit/query', '@asm-kit/elements'],
};

const packages = workspacePackages();
const workspaceNames = new Set(packages.map((pkg) => pkg.name));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory())
      return entry === 'node_modules' || entry === 'dist' ? [] : sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry) ? [path] : [];
  });
}

function importedWorkspacePackages(file: string): string[] {
  // Comments are dropped first: an import shown in a JSDoc example is not a dependency.
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );
  return specifiers
    .map((spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!))
    .filter((name) => workspaceNames.has(name));
}

describe('the package graph', () => {
  it('knows every workspace package', () => {
    expect(packages.map((pkg) => pkg.name).sort()).toEqual(Object.keys(allowedWorkspaceDependencies).sort());
  });

  for (const pkg of packages) {
    const allowed = allowedWorkspaceDependencies[pkg.name] ?? [];

    it(`${pkg.name} declares only the workspace dependencies it is allowed`, () => {
      const declared = Object.keys({
        ...pkg.manifest.dependencies,
        ...pkg.manifest.devDependencies,
        ...pkg.manifest.peerDependencies,
      }).filter((name) => workspaceNames.has(name));
      expect(declared.filter((name) => !allowed.includes(name))).toEqual([]);
    });

    it(`${pkg.name} imports only the workspace packages it is allowed`, () => {
      const offending = sourceFiles(pkg.dir).flatMap((file) =>
        importedWorkspacePackages(file)
          .filter((name) => name !== pkg.name && !allowed.includes(name))
          .map((name) => `${relative(repoRoot, file)} imports ${name}`),
      );
      expect(offending).toEqual([]);
    });
  }

  it('has no package importing its own name (packages never import their own index)', () => {
    const selfImports = packages
      .filter((pkg) => !pkg.private)
      .flatMap((pkg) =>
        sourceFiles(join(pkg.dir, 'src'))
          .filter((file) => importedWorkspacePackages(file).includes(pkg.name))
          .map((file) => relative(repoRoot, file)),
      );
    expect(selfImports).toEqual([]);
  });
});
