/** Registers `<asm-search-box>`. Importing this module is its only effect; the
 * type export carries the `HTMLElementTagNameMap` entry to TypeScript users. */
import { AsmSearchBox } from '../components/search-box/search-box.js';
import { define } from '../internal/define.js';

define('asm-search-box', AsmSearchBox);

export type { AsmSearchBox };
