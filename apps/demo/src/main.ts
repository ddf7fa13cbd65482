// A minimal page that renders the demo catalogue through @asm-kit/schema.
import { parseCatalogue, pickLocalized } from '@asm-kit/schema';

const status = document.getElementById('status')!;
const list = document.getElementById('resources')!;

async function main(): Promise<void> {
  const response = await fetch('catalogue.json');
  const { catalogue, issues } = parseCatalogue(await response.json());
  for (const resource of catalogue.resources) {
    const item = document.createElement('li');
    const title = pickLocalized(resource.title, ['en']);
    const heading = document.createElement(resource.url ? 'a' : 'strong');
    if (resource.url) heading.setAttribute('href', resource.url);
    heading.textContent = title.value;
    heading.lang = title.language;
    item.append(heading);
    if (resource.published) item.append(` (${resource.published.slice(0, 4)})`);
    list.append(item);
  }
  status.textContent = `${catalogue.resources.length} resources` + (issues.length ? `, ${issues.length} issues` : '');
}

main().catch((error: unknown) => {
  status.textContent = `The catalogue could not be loaded: ${String(error)}`;
});
