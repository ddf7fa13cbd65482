// Writes a synthetic, valid catalogue of any size (seeded: the same size gives the same file), for trying the
// "Shared library" page on a large library:
//   node apps/demo/scripts/generate-catalogue.mjs 100000 big.json
// The records come from the elements' benchmark generator (packages/elements/bench/generate.mjs): titles and
// summaries in one or two of five languages, real vocabulary terms, countries, organizations and years.
import { writeFileSync } from 'node:fs';
import { generateCatalogue } from '../../../packages/elements/bench/generate.mjs';

const [count = '100000', out = 'big.json'] = process.argv.slice(2);
const size = Number(count);
if (!Number.isInteger(size) || size < 1) {
  console.error('usage: node apps/demo/scripts/generate-catalogue.mjs <count> [file.json]');
  process.exit(2);
}
writeFileSync(out, JSON.stringify(generateCatalogue(size)));
console.log(`${out}: ${size} resources`);
