/** Registers `<asm-resource-list>`. Importing this module is its only effect. */
import { AsmResourceList } from '../components/resource-list/resource-list.js';
import { define } from '../internal/define.js';

define('asm-resource-list', AsmResourceList);
