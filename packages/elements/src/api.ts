/**
 * Everything the package exports but the UI strings of each language: shared by the npm entry (index.ts), which
 * also exports every language, and the CDN entry (embed.ts), which loads the languages other than English on
 * first use.
 */
export { AsmResourceList } from './components/resource-list/resource-list.js';
export { AsmResourceCard } from './components/resource-card/resource-card.js';
export { AsmCitation } from './components/citation/citation.js';
export { AsmFilterBar } from './components/filter-bar/filter-bar.js';
export { AsmSearchBox } from './components/search-box/search-box.js';
export { AsmPagination } from './components/pagination/pagination.js';
export { AsmLanguageSwitcher } from './components/language-switcher/language-switcher.js';
export { AsmResultSummary } from './components/result-summary/result-summary.js';
export { AsmResourceMap } from './components/resource-map/resource-map.js';
export { StoreController } from './controllers/store-controller.js';
export { LocaleController } from './controllers/locale-controller.js';
export { CatalogueController, DEFAULT_TIMEOUT } from './controllers/catalogue-controller.js';
export type { CatalogueArgs, CatalogueStatus } from './controllers/catalogue-controller.js';
export type { LoadedCatalogue } from './internal/shared-catalogue.js';
export type { Messages, PluralForms, FacetMessages } from './i18n/messages.js';
export { registerMessages, messagesFor, availableLanguages, loadMessages } from './i18n/registry.js';
export { base as baseStyles } from './styles/tokens.js';
export type * from './events/index.js';
