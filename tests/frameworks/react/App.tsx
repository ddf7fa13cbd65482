import { useEffect, useState } from 'react';
import type { CatalogueInput } from '@asm-kit/schema';

/**
 * <asm-resource-list> in React 19, the way an app uses it: attributes and properties from state, listeners as
 * `onasm-*` props, the element mounted, unmounted and moved by React. Every state the end-to-end test checks is
 * written into the page (counts, last search) so the test reads the DOM only.
 */
export function App() {
  const [lang, setLang] = useState('en');
  const [lockedType, setLockedType] = useState<string | undefined>(undefined);
  const [mounted, setMounted] = useState(true);
  const [loads, setLoads] = useState(0);
  const [lastSearch, setLastSearch] = useState('');
  const [filterChanges, setFilterChanges] = useState(0);
  const [propertyCount, setPropertyCount] = useState<number | undefined>(undefined);
  const [listFirst, setListFirst] = useState(true);
  const [slowLoads, setSlowLoads] = useState(0);
  // A catalogue object the app fetched itself, passed to the `catalogue` PROPERTY (React 19 sets properties on
  // custom elements that have them; an attribute could only hold text).
  const [catalogue, setCatalogue] = useState<CatalogueInput | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void fetch('/demo-catalogue.json')
      .then((response) => response.json() as Promise<CatalogueInput>)
      .then((data) => current && setCatalogue(data));
    return () => {
      current = false;
    };
  }, []);

  const slowList = (
    <asm-resource-list
      key="slow-list"
      src="/demo-catalogue.json?slow"
      page-size="3"
      hide-filters
      onasm-load={() => setSlowLoads((n) => n + 1)}
    />
  );
  const marker = (
    <p key="marker" id="marker">
      Marker
    </p>
  );

  return (
    <main>
      <h1>asm-kit in React 19</h1>

      <section id="from-src" aria-label="Loaded from src">
        <h2>From src</h2>
        <p>
          <button
            type="button"
            id="toggle-type"
            onClick={() => setLockedType((t) => (t ? undefined : 'guide'))}
          >
            {lockedType ? 'Unlock type' : 'Lock type: guide'}
          </button>
          <button type="button" id="toggle-lang" onClick={() => setLang((l) => (l === 'en' ? 'fr' : 'en'))}>
            {lang === 'en' ? 'Français' : 'English'}
          </button>
          <button type="button" id="toggle-mount" onClick={() => setMounted((m) => !m)}>
            {mounted ? 'Unmount' : 'Mount'}
          </button>
        </p>
        <dl>
          <dt>asm-load</dt>
          <dd id="load-count">{loads}</dd>
          <dt>asm-search</dt>
          <dd id="last-search">{lastSearch}</dd>
          <dt>asm-filter-change</dt>
          <dd id="filter-changes">{filterChanges}</dd>
        </dl>
        {mounted && (
          <asm-resource-list
            src="/demo-catalogue.json"
            page-size={5}
            lang={lang}
            type={lockedType}
            onasm-load={() => setLoads((n) => n + 1)}
            onasm-search={(event) => setLastSearch(event.detail.text)}
            onasm-filter-change={() => setFilterChanges((n) => n + 1)}
          />
        )}
      </section>

      <section id="from-property" aria-label="Catalogue property">
        <h2>Catalogue as a property</h2>
        <p>
          asm-load count: <output id="property-count">{propertyCount ?? ''}</output>
        </p>
        <asm-resource-list
          catalogue={catalogue}
          pageSize={3}
          hideFilters
          onasm-load={(event) => setPropertyCount(event.detail.count)}
        />
      </section>

      <section id="moving" aria-label="Moved while loading">
        <h2>Moved while its catalogue loads</h2>
        <p>
          <button type="button" id="move" onClick={() => setListFirst((first) => !first)}>
            Move the list
          </button>
          asm-load: <output id="slow-load-count">{slowLoads}</output>
        </p>
        <div id="moving-box">{listFirst ? [slowList, marker] : [marker, slowList]}</div>
      </section>
    </main>
  );
}
