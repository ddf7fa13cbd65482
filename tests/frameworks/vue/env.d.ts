// The template types of the <asm-*> elements (attributes, properties, `@asm-*` events), for vue-tsc.
import type {} from '@asm-kit/elements/vue';
