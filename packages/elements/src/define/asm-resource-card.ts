/** Registers `<asm-resource-card>` and the `<asm-citation>` it renders. Importing this module is its only
 * effect; the type export carries the `HTMLElementTagNameMap` entry to TypeScript users. */
import { AsmCitation } from '../components/citation/citation.js';
import { AsmResourceCard } from '../components/resource-card/resource-card.js';
import { define } from '../internal/define.js';

define('asm-citation', AsmCitation);
define('asm-resource-card', AsmResourceCard);

export type { AsmResourceCard };
