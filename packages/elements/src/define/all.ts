/**
 * Registers every element (what the CDN bundle does). Parts first, so the list renders defined children.
 * It calls `define` itself rather than importing the asm-* modules, so that each of those keeps its own
 * registration code (a bundler would otherwise move it into a shared chunk outside `sideEffects`).
 */
import { AsmCitation } from '../components/citation/citation.js';
import { AsmFilterBar } from '../components/filter-bar/filter-bar.js';
import { AsmLanguageSwitcher } from '../components/language-switcher/language-switcher.js';
import { AsmPagination } from '../components/pagination/pagination.js';
import { AsmResourceCard } from '../components/resource-card/resource-card.js';
import { AsmResourceList } from '../components/resource-list/resource-list.js';
import { AsmResourceMap } from '../components/resource-map/resource-map.js';
import { AsmResultSummary } from '../components/result-summary/result-summary.js';
import { AsmSearchBox } from '../components/search-box/search-box.js';
import { define } from '../internal/define.js';

define('asm-citation', AsmCitation);
define('asm-resource-card', AsmResourceCard);
define('asm-search-box', AsmSearchBox);
define('asm-filter-bar', AsmFilterBar);
define('asm-pagination', AsmPagination);
define('asm-result-summary', AsmResultSummary);
define('asm-language-switcher', AsmLanguageSwitcher);
define('asm-resource-map', AsmResourceMap);
define('asm-resource-list', AsmResourceList);
