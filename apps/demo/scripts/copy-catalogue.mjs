// The demo serves the project's demo catalogue as a plain file, the way a partner would host theirs.
// (The elements' CDN bundle is hosted by a plugin in vite.config.ts, straight from the built package.)
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../../fixtures/demo-catalogue.json', import.meta.url));
const to = fileURLToPath(new URL('../public/catalogue.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('../public/', import.meta.url)), { recursive: true });
copyFileSync(from, to);
