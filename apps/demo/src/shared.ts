// The "Shared library" page: lists the catalogues the library was loaded from, as its API describes them
// (GET /v1/catalogue). The list itself needs no code of the page: `<asm-resource-list endpoint="/v1">`.

interface Source {
  source: string;
  name?: Record<string, string>;
  publisher?: string;
  records?: number;
}

const summary = document.querySelector<HTMLElement>('#sources-status')!;
const items = document.querySelector<HTMLUListElement>('#sources')!;

async function showSources(): Promise<void> {
  try {
    const response = await fetch('/v1/catalogue', { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const info = (await response.json()) as { resources: number; sources: Source[] };
    for (const source of info.sources) {
      const item = document.createElement('li');
      const name = source.name?.['en'] ?? Object.values(source.name ?? {})[0] ?? source.source;
      const by = source.publisher ? `, by ${source.publisher}` : '';
      item.textContent = `${name}${by}: ${source.records ?? 0} records`;
      items.append(item);
    }
    const catalogues = info.sources.length === 1 ? 'one catalogue' : `${info.sources.length} catalogues`;
    summary.textContent = `${info.resources.toLocaleString('en')} resources from ${catalogues}.`;
  } catch {
    summary.textContent = 'The library could not be reached.';
  }
}

void showSources();
