/**
 * Registers `<asm-resource-list>` and the parts it renders inside itself (card and its citation, search box, filter bar,
 * pagination, result summary): the list cannot work without them. Importing this module is its only effect;
 * the type export carries the `HTMLElementTagNameMap` entry to TypeScript users.
 */
import { AsmCitation } from '../components/citation/citation.js';
import { AsmFilterBar } from '../components/filter-bar/filter-bar.js';
import { AsmPagination } from '../components/pagination/pagination.js';
import { AsmResourceCard } from '../components/resource-card/resource-card.js';
import { AsmResourceList } from '../components/resource-list/resource-list.js';
import { AsmResultSummary } from '../components/result-summary/result-summary.js';
import { AsmSearchBox } from '../components/search-box/search-box.js';
import { define } from '../internal/define.js';

define('asm-citation', AsmCitation);
define('asm-resource-card', AsmResourceCard);
define('asm-search-box', AsmSearchBox);
define('asm-filter-bar', AsmFilterBar);
define('asm-pagination', AsmPagination);
define('asm-result-summary', AsmResultSummary);
define('asm-resource-list', AsmResourceList);

export type { AsmResourceList };
