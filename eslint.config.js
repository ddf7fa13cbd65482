// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-embed/**',
      '**/storybook-static/**',
      '**/.turbo/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // TypeScript itself checks undefined names, with the right lib for each package.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/elements/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  // The package graph flows one way: schema <- query <- elements <- demo.
  {
    files: ['packages/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@asm-kit/query', '@asm-kit/elements', 'lit', 'lit/*', '@lit/*'] },
      ],
    },
  },
  {
    files: ['packages/query/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@asm-kit/elements', 'lit', 'lit/*', '@lit/*'] }],
    },
  },
);
