/** Registers `<asm-result-summary>`. Importing this module is its only effect; the
 * type export carries the `HTMLElementTagNameMap` entry to TypeScript users. */
import { AsmResultSummary } from '../components/result-summary/result-summary.js';
import { define } from '../internal/define.js';

define('asm-result-summary', AsmResultSummary);

export type { AsmResultSummary };
