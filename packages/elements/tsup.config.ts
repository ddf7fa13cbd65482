import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  // The index exports classes only; each define module registers one tag (the only side effects).
  entry: ['src/index.ts', 'src/define/*.ts'],
  format: ['esm'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  async onSuccess() {
    await copyFile('src/styles/tokens.css', 'dist/tokens.css');
  },
});
