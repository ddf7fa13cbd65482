/** Registers `<asm-resource-map>`. Importing this module is its only effect; the
 * type export carries the `HTMLElementTagNameMap` entry to TypeScript users. */
import { AsmResourceMap } from '../components/resource-map/resource-map.js';
import { define } from '../internal/define.js';

define('asm-resource-map', AsmResourceMap);

export type { AsmResourceMap };
