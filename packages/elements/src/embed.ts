/**
 * Entry of the CDN build (dist-embed/asm-kit.js, with its lazy chunks in dist-embed/chunks/): registers every
 * element and exports the classes and helpers.
 */
import './define/all.js';

// Not the npm entry: it would pull the UI strings of every language into this file. English is the fallback;
// the others are chunks loaded by the elements when a page speaks them.
export * from './api.js';
export { en } from './i18n/en.js';
export { createStore, createIndex } from '@asm-kit/query';
// checkCatalogue rather than parseCatalogue: the same validation, without the problem messages, which would
// otherwise be pulled into this file (about 3 KB gzip); the list loads them in a chunk when it has problems.
export { checkCatalogue } from '@asm-kit/schema';
