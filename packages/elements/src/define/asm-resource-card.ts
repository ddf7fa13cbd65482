/** Registers `<asm-resource-card>`. Importing this module is its only effect. */
import { AsmResourceCard } from '../components/resource-card/resource-card.js';
import { define } from '../internal/define.js';

define('asm-resource-card', AsmResourceCard);
