/** Registers `<asm-language-switcher>`. Importing this module is its only effect; the
 * type export carries the `HTMLElementTagNameMap` entry to TypeScript users. */
import { AsmLanguageSwitcher } from '../components/language-switcher/language-switcher.js';
import { define } from '../internal/define.js';

define('asm-language-switcher', AsmLanguageSwitcher);

export type { AsmLanguageSwitcher };
