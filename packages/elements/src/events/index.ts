export type { AsmSearchDetail, AsmSearchEvent } from './asm-search.js';
export type { AsmFilterChangeDetail, AsmFilterChangeEvent } from './asm-filter-change.js';
export type { AsmPageChangeDetail, AsmPageChangeEvent } from './asm-page-change.js';
export type { AsmSortChangeDetail, AsmSortChangeEvent } from './asm-sort-change.js';
export type { AsmLanguageChangeDetail, AsmLanguageChangeEvent } from './asm-language-change.js';
export type { AsmDataIssuesDetail, AsmDataIssuesEvent } from './asm-data-issues.js';
export type { AsmLoadErrorDetail, AsmLoadErrorEvent, LoadErrorKind } from './asm-load-error.js';
export type { AsmLoadDetail, AsmLoadEvent } from './asm-load.js';
