// The vocabulary and region labels of every UI language but English, one line per language, for the main entry
// (../index.ts) to register. Its type check fails when a language of UI_LANGUAGES has no line here, and
// registerVocabularyLabels throws on a line for a language UI_LANGUAGES does not list. tsup.config.ts and
// package.json publish every module of ./labels/ as '@asm-kit/schema/labels/<language>' with no list of their own.
export { labels as fr } from './labels/fr.js';
export { labels as es } from './labels/es.js';
export { labels as pt } from './labels/pt.js';
export { labels as id } from './labels/id.js';
