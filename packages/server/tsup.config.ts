import { defineConfig } from 'tsup';

export default defineConfig({
  // cli.ts is the `asm-kit-server` bin (its shebang is kept); index.ts is the programmatic API.
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts', compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
});
