/** Registers `<asm-search-box>`. Importing this module is its only effect. */
import { AsmSearchBox } from '../components/search-box/search-box.js';
import { define } from '../internal/define.js';

define('asm-search-box', AsmSearchBox);
