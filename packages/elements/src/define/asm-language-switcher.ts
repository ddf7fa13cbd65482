/** Registers `<asm-language-switcher>`. Importing this module is its only effect. */
import { AsmLanguageSwitcher } from '../components/language-switcher/language-switcher.js';
import { define } from '../internal/define.js';

define('asm-language-switcher', AsmLanguageSwitcher);
