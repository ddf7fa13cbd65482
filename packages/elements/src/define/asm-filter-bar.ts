/** Registers `<asm-filter-bar>`. Importing this module is its only effect. */
import { AsmFilterBar } from '../components/filter-bar/filter-bar.js';
import { define } from '../internal/define.js';

define('asm-filter-bar', AsmFilterBar);
