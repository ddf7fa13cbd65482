import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchSource } from '@asm-kit/query';
import type { AsmResourceList } from './resource-list.js';
import type { AsmResourceCard } from '../resource-card/resource-card.js';
import {
  $,
  $$,
  axeViolations,
  bigCatalogue,
  blobUrl,
  cleanup,
  invalidResource,
  mount,
  testCatalogue,
  testResources,
  text,
  until,
} from '../../testing/fixtures.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function loaded(
  template = html`<asm-resource-list src=${blobUrl(testCatalogue())} page-size="10"></asm-resource-list>`,
  lang = 'en',
) {
  const el = await mount<AsmResourceList>(template, lang);
  await until(() => expect($$(el, 'asm-resource-card').length).toBeGreaterThan(0));
  return el;
}

const cardTitles = (el: AsmResourceList): string[] =>
  $$<AsmResourceCard>(el, 'asm-resource-card').map((card) => text($(card, '[part~="title"]')));

/** The shadow root of a part the list renders (search box, filter bar, pagination, summary). */
const inner = (el: AsmResourceList, tag: string): HTMLElement => $(el, tag);

describe('<asm-resource-list> loading and rendering', () => {
  it('loads a catalogue from src and renders the first page of cards', async () => {
    const el = await loaded();
    expect($$(el, 'asm-resource-card')).toHaveLength(10);
    expect(text(inner(el, 'asm-result-summary'))).toBe('24 resources · Page 1 of 3');
  });

  it('renders a catalogue passed as a property', async () => {
    const el = await loaded(
      html`<asm-resource-list .catalogue=${testCatalogue()} page-size="5"></asm-resource-list>`,
    );
    expect($$(el, 'asm-resource-card')).toHaveLength(5);
  });

  it('renders resources passed as a property', async () => {
    const el = await loaded(
      html`<asm-resource-list .resources=${testResources().slice(0, 3)}></asm-resource-list>`,
    );
    expect($$(el, 'asm-resource-card')).toHaveLength(3);
  });

  it('shows newest resources first when there is no search text', async () => {
    const el = await loaded();
    expect(cardTitles(el).slice(0, 2)).toEqual([
      'Mercury-free gold processing handbook',
      'Artisanal mining note 11',
    ]);
  });

  it('applies locked filters from attributes and leaves their facet out of the filter bar', async () => {
    const el = await loaded(
      html`<asm-resource-list
        src=${blobUrl(testCatalogue())}
        country="GH, bf"
        page-size="50"
      ></asm-resource-list>`,
    );
    await until(() => expect(text(inner(el, 'asm-result-summary'))).toBe('7 resources'));
    const legends = $$(inner(el, 'asm-filter-bar'), 'legend').map((l) => l.textContent?.trim());
    expect(legends).not.toContain('Country');
    expect(legends).toContain('Resource type');
  });

  it('hides the filter bar with hide-filters', async () => {
    const el = await loaded(
      html`<asm-resource-list hide-filters .catalogue=${testCatalogue()}></asm-resource-list>`,
    );
    expect(el.shadowRoot?.querySelector('asm-filter-bar')).toBeNull();
  });

  it('lays cards out in several columns with layout="grid" on a wide container', async () => {
    const el = await loaded(
      html`<asm-resource-list
        style="width: 1200px"
        layout="grid"
        hide-filters
        .catalogue=${testCatalogue()}
      ></asm-resource-list>`,
    );
    const columns = getComputedStyle($(el, '[part~="items"]')).gridTemplateColumns.split(' ');
    expect(columns.length).toBeGreaterThan(1);
  });

  it('paints the first page of a large catalogue before indexing it all, in the final order', async () => {
    const el = await mount<AsmResourceList>(
      html`<asm-resource-list
        hide-filters
        page-size="8"
        .catalogue=${bigCatalogue(6000)}
      ></asm-resource-list>`,
    );
    // What the list shows at the moment the first result arrives: the preview, painted while the records were
    // still being checked and indexed (in slices of the main thread).
    let shownBeforeResult: string[] | undefined;
    const stop = el.store.subscribe(() => {
      if (el.store.getState().result && !shownBeforeResult) shownBeforeResult = cardTitles(el);
    });
    await until(() => expect(el.store.getState().result).toBeDefined());
    stop();
    const preview = shownBeforeResult!;
    expect(preview).toHaveLength(8);
    await el.updateComplete;
    expect(cardTitles(el)).toEqual(preview);
    expect(text(inner(el, 'asm-result-summary'))).toContain('6,000 resources');
  });

  it('uses a custom SearchSource', async () => {
    const resource = testResources()[2]!;
    const source: SearchSource = {
      search: vi.fn(async (query) => {
        const { createIndex } = await import('@asm-kit/query');
        const { parseResources } = await import('@asm-kit/schema');
        return createIndex(parseResources([resource]).resources).searchSync(query);
      }),
    };
    const el = await loaded(html`<asm-resource-list .source=${source}></asm-resource-list>`);
    expect(cardTitles(el)).toEqual(['Artisanal mining note 0']);
    expect(source.search).toHaveBeenCalled();
  });
});

describe('<asm-resource-list> states', () => {
  it('reserves space and marks the results busy while loading', async () => {
    const never: SearchSource = { search: () => new Promise(() => {}) };
    const el = await mount<AsmResourceList>(html`<asm-resource-list .source=${never}></asm-resource-list>`);
    const body = $(el, '.body');
    expect(body.getAttribute('aria-busy')).toBe('true');
    expect($(el, '[part~="loading"]')).toBeTruthy();
    expect(body.getBoundingClientRect().height).toBeGreaterThanOrEqual(400);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('keeps the page below in place when results replace the placeholder', async () => {
    const el = await mount<AsmResourceList>(
      html`<asm-resource-list
        src=${blobUrl(testCatalogue())}
        page-size="2"
        hide-filters
      ></asm-resource-list>`,
    );
    const before = $(el, '.body').getBoundingClientRect();
    await until(() => expect($$(el, 'asm-resource-card')).toHaveLength(2));
    const after = $(el, '.body').getBoundingClientRect();
    expect(after.top).toBe(before.top);
    expect(Math.abs(after.height - before.height)).toBeLessThan(8);
  });

  it('shows an HTTP error with its status and a retry button', async () => {
    const errors: unknown[] = [];
    document.addEventListener('asm-load-error', (e) => errors.push(e.detail), { once: true });
    const el = await mount<AsmResourceList>(
      html`<asm-resource-list src="./no-such-catalogue.json"></asm-resource-list>`,
    );
    await until(() => expect(text($(el, '[part~="error"]'))).toContain('HTTP error 404'));
    expect($(el, '[part~="error"]').getAttribute('role')).toBe('alert');
    expect(errors).toEqual([expect.objectContaining({ kind: 'http', status: 404 })]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows an error, not a crash, when a catalogue property is not an object', async () => {
    const kinds: unknown[] = [];
    const listener = (e: Event) => kinds.push((e as CustomEvent<{ kind: string }>).detail.kind);
    document.addEventListener('asm-load-error', listener);
    const el = await mount<AsmResourceList>(
      html`<asm-resource-list .catalogue=${'catalogue.json' as unknown as object}></asm-resource-list>`,
    );
    await until(() => expect(text($(el, '[part~="error"]'))).toContain('not a valid catalogue'));
    document.removeEventListener('asm-load-error', listener);
    expect(kinds).toEqual(['format']);
  });

  it('shows an invalid-JSON error', async () => {
    const el = await mount<AsmResourceList>(
      html`<asm-resource-list src=${blobUrl('{"resources": [', true)}></asm-resource-list>`,
    );
    await until(() => expect(text($(el, '[part~="error"]'))).toContain('not a valid catalogue'));
  });

  it('shows a network error and loads again when the user presses retry', async () => {
    const realFetch = window.fetch.bind(window);
    const fetchSpy = vi
      .spyOn(window, 'fetch')
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockImplementation((input, init) => realFetch(input, init));
    const el = await mount<AsmResourceList>(
      html`<asm-resource-list src=${blobUrl(testCatalogue())}></asm-resource-list>`,
    );
    await until(() => expect(text($(el, '[part~="error"]'))).toContain('Check your connection'));
    await userEvent.click($(el, '[part~="retry-button"]'));
    await until(() => expect($$(el, 'asm-resource-card').length).toBeGreaterThan(0));
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it('shows the valid records of a partly invalid catalogue, with one event and one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const issues: unknown[] = [];
    const listener = (e: Event) => issues.push((e as CustomEvent).detail);
    document.addEventListener('asm-data-issues', listener);
    const catalogue = testCatalogue();
    const el = await loaded(
      html`<asm-resource-list
        .catalogue=${{ ...catalogue, resources: [...(catalogue.resources as unknown[]), invalidResource()] }}
        page-size="50"
      ></asm-resource-list>`,
    );
    // The valid records are shown at once; the event follows when the messages are loaded.
    expect($$(el, 'asm-resource-card')).toHaveLength(24);
    await until(() => expect(issues).toHaveLength(1));
    document.removeEventListener('asm-data-issues', listener);
    expect(issues[0]).toMatchObject({ skipped: 1 });
    const [issue] = (issues[0] as { issues: { message: string; code: string; path: string }[] }).issues;
    expect(issue?.path).toMatch(/^resources\[\d+\]/);
    expect(issue?.message).toMatch(/\w+ \w+/);
    expect(issue?.message).not.toBe(issue?.code);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('1 record(s) left out');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows the empty state and clears search and filters from it, focusing the results heading', async () => {
    const el = await loaded();
    await userEvent.fill($(inner(el, 'asm-search-box'), 'input'), 'zzzzqqq');
    await until(() => expect($(el, '[part~="empty"]')).toBeTruthy());
    expect(text(inner(el, 'asm-result-summary'))).toBe('No resources match your search.');
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.click($(el, '[part~="reset-button"]'));
    await until(() => expect($$(el, 'asm-resource-card')).toHaveLength(10));
    expect(el.shadowRoot?.activeElement).toBe($(el, '[part~="results-heading"]'));
  });
});

describe('<asm-resource-list> interaction and events', () => {
  it('filters as the user types and fires asm-search', async () => {
    const el = await loaded();
    const seen: string[] = [];
    el.addEventListener('asm-search', (e) => seen.push(e.detail.text));
    await userEvent.type($(inner(el, 'asm-search-box'), 'input'), 'mercury');
    await until(() => expect(cardTitles(el)[0]).toBe('Mercury-free gold processing handbook'));
    expect(seen.at(-1)).toBe('mercury');
    expect($$($$<AsmResourceCard>(el, 'asm-resource-card')[0]!, 'mark').length).toBeGreaterThan(0);
  });

  it('filters when the user ticks a facet value and fires asm-filter-change', async () => {
    const el = await loaded();
    const events: unknown[] = [];
    el.addEventListener('asm-filter-change', (e) => events.push(e.detail));
    const bar = inner(el, 'asm-filter-bar');
    const option = $$(bar, 'label.option').find((l) => l.textContent?.includes('Video'))!;
    await userEvent.click(option.querySelector('input')!);
    await until(() => expect(text(inner(el, 'asm-result-summary'))).toBe('4 resources'));
    expect(events).toEqual([{ filters: { type: ['video'] }, years: {} }]);
  });

  it('moves to the next page, fires asm-page-change and focuses the results heading', async () => {
    const el = await loaded();
    const pages: number[] = [];
    el.addEventListener('asm-page-change', (e) => pages.push(e.detail.page));
    const next = $$(inner(el, 'asm-pagination'), 'button').find((b) => b.textContent?.includes('Next'))!;
    await userEvent.click(next);
    await until(() => expect(text(inner(el, 'asm-result-summary'))).toContain('Page 2 of 3'));
    expect(pages).toEqual([2]);
    await until(() => expect(el.shadowRoot?.activeElement).toBe($(el, '[part~="results-heading"]')));
  });

  it('changes the sort order from the sort select and fires asm-sort-change', async () => {
    const el = await loaded();
    const sorts: string[] = [];
    el.addEventListener('asm-sort-change', (e) => sorts.push(e.detail.sort));
    await userEvent.selectOptions($(el, '[part~="sort"] select'), 'oldest');
    await until(() => expect(cardTitles(el)[0]).toBe('Artisanal mining note 0'));
    expect(sorts).toEqual(['oldest']);
  });

  it('fires no user events when properties are set in code', async () => {
    const fired: string[] = [];
    const names = [
      'asm-search',
      'asm-filter-change',
      'asm-page-change',
      'asm-sort-change',
      'asm-language-change',
    ];
    for (const name of names) document.addEventListener(name, () => fired.push(name));
    const el = await loaded();
    el.pageSize = 5;
    el.sort = 'title';
    el.country = 'GH';
    el.lang = 'fr';
    el.store.setQuery({ text: 'gold', page: 2 });
    await el.updateComplete;
    await until(() => expect(text(inner(el, 'asm-result-summary'))).toContain('ressource'));
    expect(fired).toEqual([]);
  });

  it('shows a visible focus ring on keyboard focus', async () => {
    const el = await loaded();
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    await userEvent.tab();
    const focused = inner(el, 'asm-filter-bar').shadowRoot?.activeElement as HTMLElement;
    expect(focused).toBeTruthy();
    expect(getComputedStyle(focused).outlineStyle).toBe('solid');
    expect(parseFloat(getComputedStyle(focused).outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('is operable with the keyboard: Tab reaches the search field and typing searches', async () => {
    const el = await loaded();
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    const input = $(inner(el, 'asm-search-box'), 'input');
    expect(inner(el, 'asm-search-box').shadowRoot?.activeElement).toBe(input);
    await userEvent.keyboard('Pérez');
    await until(() => expect(cardTitles(el)).toEqual(['Guía de formalización minera']));
  });
});

describe('<asm-resource-list> URL state', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('writes the search to the URL with the prefix and restores it on back', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1`);
    const el = await loaded(
      html`<asm-resource-list
        url-state
        url-prefix="lib-"
        .catalogue=${testCatalogue()}
        page-size="10"
      ></asm-resource-list>`,
    );
    const option = $$(inner(el, 'asm-filter-bar'), 'label.option').find((l) =>
      l.textContent?.includes('Video'),
    )!;
    await userEvent.click(option.querySelector('input')!);
    await until(() => expect(location.search).toBe('?keep=1&lib-type=video'));
    await userEvent.type($(inner(el, 'asm-search-box'), 'input'), 'note');
    await until(() => expect(location.search).toBe('?keep=1&lib-q=note&lib-type=video'));
    history.back();
    await until(() => expect(location.search).toBe('?keep=1'));
    await until(() => expect(text(inner(el, 'asm-result-summary'))).toBe('24 resources · Page 1 of 3'));
    expect(($(inner(el, 'asm-search-box'), 'input') as HTMLInputElement).value).toBe('');
    history.forward();
    await until(() => expect(location.search).toBe('?keep=1&lib-q=note&lib-type=video'));
    await until(() => expect(text(inner(el, 'asm-result-summary'))).toBe('4 resources'));
    expect(($(inner(el, 'asm-search-box'), 'input') as HTMLInputElement).value).toBe('note');
  });

  it('starts from the query in the URL', async () => {
    history.replaceState(null, '', `${location.pathname}?q=handbook`);
    const el = await loaded(
      html`<asm-resource-list url-state .catalogue=${testCatalogue()}></asm-resource-list>`,
    );
    expect(cardTitles(el)).toEqual(['Mercury-free gold processing handbook']);
  });
});

describe('<asm-resource-list> languages', () => {
  const cases = [
    ['fr', '24 ressources', 'Rechercher dans la bibliothèque', 'Résultats'],
    ['es', '24 recursos', 'Buscar en la biblioteca', 'Resultados'],
    ['pt', '24 recursos', 'Pesquisar na biblioteca', 'Resultados'],
    ['id', '24 dokumen', 'Cari di perpustakaan', 'Hasil'],
    ['en', '24 resources', 'Search the library', 'Results'],
  ] as const;
  for (const [lang, count, label, heading] of cases) {
    it(`speaks ${lang} when an ancestor has lang="${lang}"`, async () => {
      const el = await loaded(undefined, lang);
      await until(() => expect(text(inner(el, 'asm-result-summary'))).toContain(count));
      expect(text($(inner(el, 'asm-search-box'), 'label'))).toBe(label);
      expect(text($(el, '[part~="results-heading"]'))).toBe(heading);
      expect(await axeViolations(el)).toEqual([]);
    });
  }

  it('follows its own lang over the page and re-renders when it changes', async () => {
    const el = await loaded(undefined, 'en');
    el.setAttribute('lang', 'es');
    await until(() => expect(text(inner(el, 'asm-result-summary'))).toContain('24 recursos'));
    el.setAttribute('lang', 'pt');
    await until(() => expect(text($(el, '[part~="results-heading"]'))).toBe('Resultados'));
    await until(() => expect(text(inner(el, 'asm-search-box'))).toContain('Pesquisar'));
  });
});

describe('<asm-resource-list> theming', () => {
  it('takes its colours from --asm-* tokens set on the page', async () => {
    const el = await loaded();
    el.style.setProperty('--asm-color-accent', 'rgb(1, 2, 3)');
    const current = $(inner(el, 'asm-pagination'), '[aria-current="page"]');
    expect(getComputedStyle(current).backgroundColor).toBe('rgb(1, 2, 3)');
  });

  it('inherits the page font and sets display on its host', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif">
        <asm-resource-list .catalogue=${testCatalogue()}></asm-resource-list>
      </div>`,
    );
    const el = wrapper.querySelector<AsmResourceList>('asm-resource-list')!;
    await until(() => expect($$(el, 'asm-resource-card').length).toBeGreaterThan(0));
    const card = $$<AsmResourceCard>(el, 'asm-resource-card')[0]!;
    expect(getComputedStyle($(card, '[part~="title"]')).fontFamily).toBe('Georgia, serif');
    expect(getComputedStyle($(inner(el, 'asm-search-box'), 'input')).fontFamily).toBe('Georgia, serif');
    for (const node of [el, card, inner(el, 'asm-filter-bar'), inner(el, 'asm-pagination')]) {
      expect(getComputedStyle(node).display).toBe('block');
    }
  });

  it('exports the parts of its children for ::part styling', async () => {
    const style = document.createElement('style');
    style.textContent =
      'asm-resource-list::part(card-title) { color: rgb(9, 8, 7); } asm-resource-list::part(search-input) { border-color: rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      const el = await loaded();
      const card = $$<AsmResourceCard>(el, 'asm-resource-card')[0]!;
      expect(getComputedStyle($(card, '[part~="title"]')).color).toBe('rgb(9, 8, 7)');
      expect(getComputedStyle($(inner(el, 'asm-search-box'), 'input')).borderTopColor).toBe('rgb(4, 5, 6)');
      for (const part of [
        'base',
        'results',
        'results-heading',
        'items',
        'item',
        'card',
        'pagination',
        'search',
        'filters',
      ]) {
        expect(el.shadowRoot?.querySelector(`[part~="${part}"]`), part).toBeTruthy();
      }
    } finally {
      style.remove();
    }
  });

  it('switches to dark colours with theme="dark"', async () => {
    const el = await loaded();
    const card = () => $($$<AsmResourceCard>(el, 'asm-resource-card')[0]!, 'article');
    const light = getComputedStyle(card()).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(card()).backgroundColor).not.toBe(light);
    expect(getComputedStyle(card()).backgroundColor).toBe('rgb(21, 24, 28)');
  });

  it('folds the filters behind a disclosure in a narrow container', async () => {
    const el = await loaded(
      html`<asm-resource-list style="width: 360px" .catalogue=${testCatalogue()}></asm-resource-list>`,
    );
    const bar = inner(el, 'asm-filter-bar');
    const toggle = $(bar, '[part~="toggle"]');
    expect(getComputedStyle(toggle).display).not.toBe('none');
    expect(getComputedStyle($(bar, '[part~="panel"]')).display).toBe('none');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(getComputedStyle($(bar, '[part~="panel"]')).display).not.toBe('none');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('keeps the filters open beside the results in a wide container', async () => {
    const el = await loaded(
      html`<asm-resource-list style="width: 1100px" .catalogue=${testCatalogue()}></asm-resource-list>`,
    );
    const bar = inner(el, 'asm-filter-bar');
    expect(getComputedStyle($(bar, '[part~="toggle"]')).display).toBe('none');
    expect(getComputedStyle($(bar, '[part~="panel"]')).display).not.toBe('none');
    expect(bar.getBoundingClientRect().width).toBeLessThan(400);
  });
});
