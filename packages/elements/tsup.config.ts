import { readdirSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

const defines = readdirSync('src/define')
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `src/define/${name}`);

export default defineConfig({
  // The index exports classes only; each define module registers one tag (the only side effects).
  // embed.ts gets only its types here (the CDN file itself comes from vite.embed.config.ts): as a JS entry it
  // would share define/all.ts with define/all, and the splitter would move the registrations into a chunk outside
  // `sideEffects`, where a partner's bundler drops them.
  // index-worker is the worker that checks and indexes a large catalogue: a file of its own beside the chunk that
  // starts it with `new Worker(new URL('./index-worker.js', import.meta.url))`, which apps' bundlers follow.
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(defines.map((file) => [file.slice('src/'.length, -'.ts'.length), file])),
    'index-worker': 'src/internal/index-worker.ts',
  },
  format: ['esm'],
  dts: {
    entry: ['src/index.ts', ...defines, 'src/embed.ts'],
    compilerOptions: { ignoreDeprecations: '6.0' },
  },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  async onSuccess() {
    await copyFile('src/styles/tokens.css', 'dist/tokens.css');
  },
});
