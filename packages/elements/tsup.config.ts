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
  entry: ['src/index.ts', 'src/define/*.ts'],
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
