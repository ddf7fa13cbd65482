/** Registers `<asm-result-summary>`. Importing this module is its only effect. */
import { AsmResultSummary } from '../components/result-summary/result-summary.js';
import { define } from '../internal/define.js';

define('asm-result-summary', AsmResultSummary);
