/** Registers `<asm-pagination>`. Importing this module is its only effect. */
import { AsmPagination } from '../components/pagination/pagination.js';
import { define } from '../internal/define.js';

define('asm-pagination', AsmPagination);
