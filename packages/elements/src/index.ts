/**
 * @asm-kit/elements: Lit web components for an embeddable ASM knowledge library. Importing this module
 * registers nothing; import '@asm-kit/elements/all' (or one '@asm-kit/elements/define/asm-<name>') to
 * register the tags, or define the classes under your own names.
 */
export { AsmResourceList } from './components/resource-list/resource-list.js';
export { AsmResourceCard } from './components/resource-card/resource-card.js';
export { AsmCitation } from './components/citation/citation.js';
export { AsmFilterBar } from './components/filter-bar/filter-bar.js';
export { AsmSearchBox } from './components/search-box/search-box.js';
export { AsmPagination } from './components/pagination/pagination.js';
export { AsmLanguageSwitcher } from './components/language-switcher/language-switcher.js';
export { AsmResultSummary } from './components/result-summary/result-summary.js';
export { StoreController } from './controllers/store-controller.js';
export { LocaleController } from './controllers/locale-controller.js';
export type { Messages, PluralForms, FacetMessages } from './i18n/messages.js';
export { registerMessages, messagesFor, availableLanguages } from './i18n/registry.js';
export { en } from './i18n/en.js';
export { fr } from './i18n/fr.js';
export { es } from './i18n/es.js';
export { pt } from './i18n/pt.js';
export { base as baseStyles } from './styles/tokens.js';
export type * from './events/index.js';
