import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedPackages, repoRoot } from './workspace.js';

// These checks look at packages the way a partner receives them: as the tarballs `npm pack` produces,
// linted by publint and @arethetypeswrong/cli, then installed into an empty project and imported.

const packages = publishedPackages();
const workDir = mkdtempSync(join(tmpdir(), 'asm-kit-packed-'));
const tarballs = new Map<string, string>();
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

beforeAll(() => {
  for (const pkg of packages) {
    const before = new Set(readdirSync(workDir));
    run('npm', ['pack', '--pack-destination', workDir, '--silent'], pkg.dir);
    const created = readdirSync(workDir).find((file) => file.endsWith('.tgz') && !before.has(file));
    if (!created) throw new Error(`npm pack produced no tarball for ${pkg.name}`);
    tarballs.set(pkg.name, join(workDir, created));
  }
  const consumer = join(workDir, 'consumer');
  execFileSync('mkdir', ['-p', consumer]);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs.values()], consumer);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe.each(packages.map((pkg) => [pkg.name, pkg] as const))('the packed %s', (name, pkg) => {
  it('passes publint in strict mode', () => {
    const output = run(bin('publint'), ['run', tarballs.get(name)!, '--strict', '--pack', 'false'], repoRoot);
    expect(output).not.toMatch(/warning|error/i);
  });

  it('has types that resolve for ESM consumers (are the types wrong?)', () => {
    // The packages are ESM-only: CommonJS and node10 resolutions are out of scope (the esm-only profile).
    // Stylesheets are exported for bundlers and <link> tags and have no types to find.
    const cssEntrypoints = Object.keys((pkg.manifest.exports ?? {}) as Record<string, unknown>).filter(
      (entry) => entry.endsWith('.css'),
    );
    const args = [tarballs.get(name)!, '--profile', 'esm-only', '--format', 'json'];
    if (cssEntrypoints.length > 0) args.push('--exclude-entrypoints', ...cssEntrypoints);
    // attw exits 1 when it finds problems; its report is on stdout either way.
    const result = spawnSync(bin('attw'), args, {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(result.stdout) as {
      problems: Record<string, { kind: string; entrypoint: string; resolutionKind?: string }[]>;
    };
    const ignored = new Set(['node10', 'node16-cjs']);
    const problems = Object.values(report.problems)
      .flat()
      .filter((problem) => !problem.resolutionKind || !ignored.has(problem.resolutionKind))
      .map((problem) => `${problem.kind} at ${problem.entrypoint} (${problem.resolutionKind ?? 'any'})`);
    expect(problems).toEqual([]);
  });

  it('ships a README and only built files', () => {
    const listing = run('tar', ['-tzf', tarballs.get(name)!], repoRoot)
      .split('\n')
      .filter(Boolean);
    expect(listing).toContain('package/README.md');
    expect(listing.filter((file) => /\/src\/|\.test\.|\.stories\./.test(file))).toEqual([]);
    expect(pkg.manifest.sideEffects).toBeDefined();
  });

  it('imports from an installed copy and exposes its public names', async () => {
    const consumer = join(workDir, 'consumer');
    const script = `import * as m from '${name}'; console.log(JSON.stringify(Object.keys(m).sort()));`;
    const names: string[] = JSON.parse(run('node', ['--input-type=module', '-e', script], consumer));
    expect(names.length).toBeGreaterThan(0);
  });
});

describe('an installed copy, used as a partner would', () => {
  const consumer = () => join(workDir, 'consumer');

  it('serves the catalogue JSON Schema from @asm-kit/schema', () => {
    const script =
      "import { createRequire } from 'node:module'; const r = createRequire(import.meta.url);" +
      "const s = r('@asm-kit/schema/catalogue.schema.json'); console.log(JSON.stringify(Object.keys(s.properties)));";
    const properties: string[] = JSON.parse(run('node', ['--input-type=module', '-e', script], consumer()));
    expect(properties).toEqual(expect.arrayContaining(['name', 'defaultLanguage', 'resources']));
  });

  it('runs the asm-kit command from its bin link and validates the demo catalogue', () => {
    const output = run(
      join(consumer(), 'node_modules', '.bin', 'asm-kit'),
      ['validate', join(repoRoot, 'fixtures', 'demo-catalogue.json')],
      consumer(),
    );
    expect(output).toMatch(/42/);
  });

  it('imports a BibTeX, RIS, CSL-JSON and Dublin Core file with the installed command, into valid catalogues', () => {
    const bin = join(consumer(), 'node_modules', '.bin', 'asm-kit');
    const fixtures = join(repoRoot, 'packages', 'cli', 'src', 'import', 'fixtures');
    for (const file of ['zotero.bib', 'endnote.ris', 'zotero-csl.json', 'dspace-oai.xml']) {
      const out = join(workDir, `${file}.catalogue.json`);
      // The parsers are dependencies of the package: they must come with the installed copy.
      spawnSync(bin, ['import', join(fixtures, file), '-o', out], { cwd: consumer(), encoding: 'utf8' });
      const catalogue = JSON.parse(readFileSync(out, 'utf8')) as { resources: unknown[] };
      expect(catalogue.resources.length, file).toBeGreaterThan(0);
      expect(run(bin, ['validate', out], consumer()), file).toMatch(/valid/i);
    }
  });

  it('ships the single-file CDN build inside @asm-kit/elements', () => {
    const script = "import.meta.resolve && console.log(import.meta.resolve('@asm-kit/elements/embed'));";
    const resolved = run('node', ['--input-type=module', '-e', script], consumer()).trim();
    expect(resolved).toMatch(/dist-embed\/asm-kit\.js$/);
  });
});
