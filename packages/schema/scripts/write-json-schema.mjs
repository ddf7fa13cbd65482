// Writes dist/catalogue.schema.json (exported as '@asm-kit/schema/catalogue.schema.json') from the
// built zod schemas, so partners who do not use TypeScript validate against exactly what the parser
// accepts. Runs after tsup: `npm run build` in this package.
import { writeFile } from 'node:fs/promises';
import { createCatalogueJsonSchema } from '../dist/json-schema.js';

const target = new URL('../dist/catalogue.schema.json', import.meta.url);
await writeFile(target, `${JSON.stringify(createCatalogueJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
