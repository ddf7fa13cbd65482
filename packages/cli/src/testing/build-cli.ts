// Vitest global setup: bundles the CLI source with tsup into node_modules/.cache (inside the package, so that
// its dependencies resolve as they do for an installed package) for the tests that spawn it.
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

/** Folder and path of the bundled CLI the child-process tests run. */
const OUT_DIR = fileURLToPath(new URL('../../node_modules/.cache/asm-kit-test/', import.meta.url));
export const CLI_BUNDLE = `${OUT_DIR}cli.js`;

export default async function setup(): Promise<void> {
  await build({
    entry: { cli: fileURLToPath(new URL('../cli.ts', import.meta.url)) },
    outDir: OUT_DIR,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    config: false,
    silent: true,
    splitting: false,
    clean: true,
  });
}
