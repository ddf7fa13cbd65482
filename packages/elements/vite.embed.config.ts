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

/**
 * Collapses the line breaks and indentation inside html`` templates of this package to one space, which is
 * how HTML renders them anyway (no template here sits in a `pre` or `white-space: pre` context). The static
 * parts between `${}` are rewritten; expressions are copied as they are, with their own html`` templates
 * collapsed too. Strings and other template literals in expressions are copied verbatim.
 */
function collapseHtmlWhitespace(): Plugin {
  /** Copies the template literal whose opening backtick is at `start`; returns [text, index after it]. */
  const template = (code: string, start: number, collapse: boolean): [string, number] => {
    let out = '`';
    let text = '';
    const flush = () => {
      out += collapse ? text.replace(/\s*\n\s*/g, ' ') : text;
      text = '';
    };
    let i = start + 1;
    while (i < code.length) {
      const ch = code[i];
      if (ch === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (ch === '`') {
        flush();
        return [`${out}\``, i + 1];
      } else if (ch === '$' && code[i + 1] === '{') {
        flush();
        const [expression, end] = expressionAt(code, i + 2);
        out += `\${${expression}}`;
        i = end;
      } else {
        text += ch;
        i += 1;
      }
    }
    throw new Error('unterminated template literal');
  };
  /** Copies the expression of a `${` up to its closing brace; returns [expression, index after the brace]. */
  const expressionAt = (code: string, start: number): [string, number] => {
    let out = '';
    let depth = 0;
    let i = start;
    while (i < code.length) {
      const ch = code[i]!;
      if (ch === '`') {
        const [literal, end] = template(code, i, /\b(?:html|svg)\s*$/.test(out));
        out += literal;
        i = end;
      } else if (ch === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) {
        // A comment, copied as it is: a quote or brace in it must not be read as code.
        const close = code[i + 1] === '/' ? '\n' : '*/';
        const end = code.indexOf(close, i + 2);
        const stop = end === -1 ? code.length : end + close.length;
        out += code.slice(i, stop);
        i = stop;
      } else if (ch === "'" || ch === '"') {
        let end = i + 1;
        while (end < code.length && code[end] !== ch) end += code[end] === '\\' ? 2 : 1;
        out += code.slice(i, end + 1);
        i = end + 1;
      } else {
        if (ch === '{') depth += 1;
        if (ch === '}' && depth-- === 0) return [out, i + 1];
        out += ch;
        i += 1;
      }
    }
    throw new Error('unterminated ${} in a template literal');
  };
  return {
    name: 'asm-collapse-html-whitespace',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      let out = '';
      let from = 0;
      for (let at = code.indexOf('html`'); at !== -1; at = code.indexOf('html`', from)) {
        // Only the html tag itself, not a word ending in 'html' or a mention in a comment.
        const line = code.slice(code.lastIndexOf('\n', at) + 1, at);
        if (/[\w$]$/.test(line) || /\/\/|^\s*\*/.test(line)) {
          out += code.slice(from, at + 5);
          from = at + 5;
          continue;
        }
        const [literal, end] = template(code, at + 4, true);
        out += code.slice(from, at + 4) + literal;
        from = end;
      }
      return out + code.slice(from);
    },
  };
}

/**
 * CDN build: asm-kit.js (Lit, query, schema and the English UI strings, registering every element) and, next to
 * it in chunks/, the code loaded on first use: "Cite" or structured-data, catalogue problem messages, and the UI
 * strings of French, Spanish and Portuguese.
 */
export default defineConfig({
  plugins: [minifyCssLiterals(), collapseHtmlWhitespace()],
  build: {
    outDir: 'dist-embed',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // Lib mode leaves the 'es' output unminified unless Rolldown is told to minify it too. Code reached through
    // import() (the crosswalk behind "Cite" and structured-data) becomes a lazy chunk in chunks/, which the entry
    // imports by a URL relative to itself: asm-kit.js and chunks/ are deployed side by side.
    // 'allow-extension' lets the bundler keep the code both share (schema vocabularies) in the entry, exported
    // to the chunk, instead of splitting it into a third file every page would have to load ('strict' in lib mode).
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
    lib: {
      entry: 'src/embed.ts',
      name: 'AsmKit',
      // ES only: a classic-script (IIFE) build cannot load a chunk lazily, so it would carry the crosswalk code
      // (about 46 KB gzip in all) on every page; every browser the elements support runs module scripts.
      formats: ['es'],
      fileName: () => 'asm-kit.js',
    },
  },
});
