import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { parseResources, type Resource, type ResourceInput } from '@asm-kit/schema';
import type { AsmResourceCard } from './resource-card.js';
import type { ResourceLookup } from './resource-lookup.js';
import { linkTable } from './link-table.js';
import { lookupOf } from './related.js';
import type { AsmResourceList } from '../resource-list/resource-list.js';
import { $, $$, axeViolations, cleanup, mount, text, until } from '../../testing/fixtures.js';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

/** 30 notes (so a list of 5 a page has 6 pages) and three linked guides. */
function linkedResources(): ResourceInput[] {
  const list: ResourceInput[] = [
    {
      id: 'guide-2024',
      title: { en: 'Processing guide, second edition', fr: 'Guide de traitement, deuxième édition' },
      type: 'guide',
      countries: ['GH'],
      published: '2024',
      supersedes: ['guide-2019', 'missing-old'],
      related: ['note-27', 'no-such-id', 'guide-2024', 'hostile'],
    },
    {
      id: 'guide-2019',
      title: { en: 'Processing guide', fr: 'Guide de traitement' },
      type: 'guide',
      countries: ['GH'],
      published: '2019',
    },
    { id: 'hostile', title: { en: HOSTILE }, type: 'report', countries: ['PE'], published: '2000' },
  ];
  for (let i = 0; i < 30; i++)
    list.push({
      id: `note-${i}`,
      title: { en: `Field note ${i}` },
      type: 'report',
      countries: [i % 2 ? 'PE' : 'GH'],
      published: String(2023 - (i % 20)),
    });
  return list;
}

const resources = parseResources(linkedResources()).resources;
const byId = new Map(resources.map((r) => [r.id, r]));
const lookup: ResourceLookup = lookupOf(linkTable(resources)!);

const card = async (resource: Resource, lang = 'en', look: ResourceLookup | null = lookup) => {
  const el = await mount<AsmResourceCard>(
    html`<asm-resource-card .resource=${resource} .lookup=${look ?? undefined}></asm-resource-card>`,
    lang,
  );
  return el;
};

const linksIn = (el: Element, part: string) =>
  [...(el.shadowRoot?.querySelectorAll<HTMLAnchorElement>(`[part~="${part}"] a`) ?? [])].map((a) => ({
    text: text(a),
    href: a.getAttribute('href'),
  }));

describe('<asm-resource-card> related and superseded resources', () => {
  it('maps each replaced resource to the one that replaces it', () => {
    expect([...lookup.supersededBy]).toEqual([
      ['guide-2019', 'guide-2024'],
      ['missing-old', 'guide-2024'],
    ]);
  });

  it('links related and replaced resources by title, leaving out unknown ids and itself', async () => {
    const el = await card(byId.get('guide-2024')!);
    await until(() => expect(el.shadowRoot?.querySelector('[part~="related"]')).not.toBeNull());
    expect(text($(el, '[part~="related"] .label'))).toBe('Related');
    expect(linksIn(el, 'related')).toEqual([
      { text: 'Field note 27', href: '#asm-note-27' },
      { text: HOSTILE, href: '#asm-hostile' },
    ]);
    expect(text($(el, '[part~="supersedes"] .label'))).toBe('Replaces');
    expect(linksIn(el, 'supersedes')).toEqual([{ text: 'Processing guide', href: '#asm-guide-2019' }]);
    expect(el.shadowRoot?.querySelector('[part~="newer-version"]')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('keeps hostile titles inert: shown as text, never as markup', async () => {
    const el = await card(byId.get('guide-2024')!);
    await until(() => expect(linksIn(el, 'related')).toHaveLength(2));
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says when a newer version exists, linking it by its title in the UI language', async () => {
    const el = await card(byId.get('guide-2019')!, 'fr');
    await until(() => expect(el.shadowRoot?.querySelector('[part~="newer-version"]')).not.toBeNull());
    expect(
      $(el, '[part~="newer-version"]')
        .textContent?.replace(/[ \n]+/g, ' ')
        .trim(),
    ).toBe('Une version plus récente existe\u202f: Guide de traitement, deuxième édition');
    expect(linksIn(el, 'newer-version')).toEqual([
      { text: 'Guide de traitement, deuxième édition', href: '#asm-guide-2024' },
    ]);
  });

  it('shows no links without a lookup, or when every id is unknown', async () => {
    const alone = await card(byId.get('guide-2024')!, 'en', null);
    await new Promise((r) => setTimeout(r, 100));
    expect(alone.shadowRoot?.querySelector('.links')).toBeNull();
    const empty: ResourceLookup = {
      ...lookupOf({ titles: [], supersededBy: [] }),
      supersededBy: new Map([['guide-2024', 'nowhere']]),
    };
    const unknown = await card(byId.get('guide-2024')!, 'en', empty);
    await new Promise((r) => setTimeout(r, 100));
    expect(unknown.shadowRoot?.querySelector('.links')).toBeNull();
    expect(text($(unknown, '[part~="title"]'))).toBe('Processing guide, second edition');
  });
});

describe('<asm-resource-list> following a link between cards', () => {
  async function list(attributes: { type?: string } = {}) {
    const el = await mount<AsmResourceList>(
      html`<asm-resource-list
        .resources=${linkedResources()}
        page-size="5"
        sort="title"
        type=${attributes.type ?? ''}
      ></asm-resource-list>`,
    );
    await until(() => expect($$(el, 'asm-resource-card').length).toBeGreaterThan(0));
    return el;
  }
  const cardOf = (el: AsmResourceList, id: string) =>
    el.shadowRoot?.querySelector<AsmResourceCard>(`#asm-${id}`);
  const linkTo = (el: AsmResourceList, from: string, to: string) =>
    cardOf(el, from)?.shadowRoot?.querySelector<HTMLAnchorElement>(`a[href="#asm-${to}"]`) ?? null;
  /** The element that has focus, through the shadow roots. */
  const focused = (): Element | null => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };
  const page = (el: AsmResourceList) => el.store.getState().result?.page;

  it('brings a resource on another page into view and focuses its card', async () => {
    const el = await list();
    // Sorted by title, the guides are on the last page (7), "Field note 27" on an earlier one.
    el.store.setQuery({ page: 7 });
    await until(() => expect(page(el)).toBe(7));
    await until(() => expect(linkTo(el, 'guide-2024', 'note-27')).not.toBeNull());
    const from = page(el);
    await userEvent.click(linkTo(el, 'guide-2024', 'note-27')!);
    await until(() => expect(cardOf(el, 'note-27')).toBeTruthy());
    expect(page(el)).not.toBe(from);
    await until(() =>
      expect(focused()).toBe(cardOf(el, 'note-27')!.shadowRoot!.querySelector('[part~="title"]')),
    );
    expect(text($(el, '#reveal-status'))).toBe('');
    expect(location.hash).toBe('');
  });

  it('works from the keyboard', async () => {
    const el = await list();
    el.store.setQuery({ page: 7 });
    await until(() => expect(page(el)).toBe(7));
    await until(() => expect(linkTo(el, 'guide-2024', 'guide-2019')).not.toBeNull());
    linkTo(el, 'guide-2024', 'guide-2019')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() =>
      expect(focused()).toBe(cardOf(el, 'guide-2019')?.shadowRoot?.querySelector('[part~="title"]')),
    );
  });

  it('clears the search and filters to show a resource outside them, and says so', async () => {
    const el = await list();
    el.store.setQuery({ text: 'processing guide' });
    await until(() => expect(linkTo(el, 'guide-2024', 'note-27')).not.toBeNull());
    expect(cardOf(el, 'note-27')).toBeFalsy();
    await userEvent.click(linkTo(el, 'guide-2024', 'note-27')!);
    await until(() => expect(cardOf(el, 'note-27')).toBeTruthy());
    expect(el.store.getState().query.text).toBe('');
    await until(() =>
      expect(text($(el, '#reveal-status'))).toBe(
        '“Field note 27” was outside the current search and filters, so they were cleared to show it.',
      ),
    );
    await until(() =>
      expect(focused()).toBe(cardOf(el, 'note-27')!.shadowRoot!.querySelector('[part~="title"]')),
    );
  });

  it('keeps locked filters: a resource they exclude is never shown, the search stays, and it says why', async () => {
    const el = await list({ type: 'guide' });
    el.store.setQuery({ text: 'guide' });
    await until(() => expect(linkTo(el, 'guide-2024', 'note-27')).not.toBeNull());
    const before = el.store.getState().result?.total;
    await userEvent.click(linkTo(el, 'guide-2024', 'note-27')!);
    await until(() =>
      expect(text($(el, '#reveal-status'))).toBe('“Field note 27” is not part of this list.'),
    );
    expect(cardOf(el, 'note-27')).toBeNull();
    expect(el.store.getState().query.text).toBe('guide');
    expect(el.store.getState().result?.total).toBe(before);
  });
});
