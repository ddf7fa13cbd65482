/**
 * Entry of the CDN build (dist-embed/asm-kit.js, with its lazy chunks in dist-embed/chunks/): registers every
 * element and exports the classes and helpers.
 */
import './define/all.js';

// Not the npm entry: it would pull the UI strings of every language into this file. English is the fallback;
// the others are chunks loaded by the elements when a page speaks them.
export * from './api.js';
export { en } from './i18n/en.js';
// A store for page scripts that drive a list. Not the checker or the indexer: the lists load those in a worker or a
// lazy chunk, and a page script that needs them imports @asm-kit/query and @asm-kit/schema itself.
export { createStore } from '@asm-kit/query';
