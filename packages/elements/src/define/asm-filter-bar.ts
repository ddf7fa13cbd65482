/** Registers `<asm-filter-bar>`. Importing this module is its only effect; the
 * type export carries the `HTMLElementTagNameMap` entry to TypeScript users. */
import { AsmFilterBar } from '../components/filter-bar/filter-bar.js';
import { define } from '../internal/define.js';

define('asm-filter-bar', AsmFilterBar);

export type { AsmFilterBar };
