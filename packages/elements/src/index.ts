/**
 * @asm-kit/elements: Lit web components for an embeddable ASM knowledge library. Importing this module
 * registers nothing; import '@asm-kit/elements/all' (or one '@asm-kit/elements/define/asm-<name>') to
 * register the tags, or define the classes under your own names.
 */
export * from './api.js';
export { en } from './i18n/en.js';
export { fr } from './i18n/fr.js';
export { es } from './i18n/es.js';
export { pt } from './i18n/pt.js';
