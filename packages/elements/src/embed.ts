/**
 * Entry of the single-file CDN build (dist-embed/asm-kit.js and asm-kit.iife.js): registers every element and
 * exposes the classes and helpers (global `AsmKit` in the IIFE build).
 */
import './define/all.js';

export * from './index.js';
export { createStore, createIndex } from '@asm-kit/query';
export { parseCatalogue } from '@asm-kit/schema';
