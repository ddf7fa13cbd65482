/**
 * Entry of the CDN build (dist-embed/asm-kit.js, with its lazy chunks in dist-embed/chunks/): registers every
 * element and exports the classes and helpers.
 */
import './define/all.js';

export * from './index.js';
export { createStore, createIndex } from '@asm-kit/query';
export { parseCatalogue } from '@asm-kit/schema';
