/** Registers `<asm-citation>`. Importing this module is its only effect; the
 * type export carries the `HTMLElementTagNameMap` entry to TypeScript users. */
import { AsmCitation } from '../components/citation/citation.js';
import { define } from '../internal/define.js';

define('asm-citation', AsmCitation);

export type { AsmCitation };
