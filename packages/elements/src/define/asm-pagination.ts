/** Registers `<asm-pagination>`. Importing this module is its only effect; the
 * type export carries the `HTMLElementTagNameMap` entry to TypeScript users. */
import { AsmPagination } from '../components/pagination/pagination.js';
import { define } from '../internal/define.js';

define('asm-pagination', AsmPagination);

export type { AsmPagination };
