import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { build } from 'vite';
import { repoRoot } from '../packages/workspace.js';

/** This folder: one page per framework, in react/ and vue/. */
export const frameworksRoot = import.meta.dirname;

/**
 * Builds the React 19 and the Vue 3 page into `outDir` in one Vite build (two HTML entries; each plugin
 * compiles only its own files), with fixtures/ as the public folder, so the demo catalogue is served at
 * /demo-catalogue.json. The pages import @asm-kit/elements as an app would: from its built dist/.
 */
export async function buildFrameworkPages(outDir: string): Promise<void> {
  await build({
    root: frameworksRoot,
    configFile: false,
    logLevel: 'warn',
    publicDir: resolve(repoRoot, 'fixtures'),
    plugins: [
      react(),
      vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('asm-') } } }),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      rolldownOptions: {
        input: {
          react: resolve(frameworksRoot, 'react/index.html'),
          vue: resolve(frameworksRoot, 'vue/index.html'),
        },
      },
    },
  });
}
