import { defineConfig, type Plugin } from 'vite';

/**
 * Minifies the CSS inside css`` literals of this package (the JS minifier leaves template text alone).
 * Only literals without `${}` are touched, and only safe rewrites are made: comments removed, whitespace
 * collapsed, and spaces next to braces, semicolons and commas dropped.
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'asm-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return code.replace(/\bcss`([^`$]*)`/g, (_whole, body: string) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/;}/g, '}')
          .replace(/:\s+/g, ':')
          .trim();
        return `css\`${css}\``;
      });
    },
  };
}

/** Single-file CDN build: Lit, query, schema and the four UI languages, registering every element. */
export default defineConfig({
  plugins: [minifyCssLiterals()],
  build: {
    outDir: 'dist-embed',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // Lib mode leaves the 'es' output unminified unless Rolldown is told to minify it too.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/embed.ts',
      name: 'AsmKit',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'asm-kit.js' : 'asm-kit.iife.js'),
    },
  },
});
