import { html } from 'lit';
import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResourceInput } from '@asm-kit/schema';
import type { AsmResourceList } from './resource-list.js';
import { $, $$, cleanup, mount, testResources, text, until } from '../../testing/fixtures.js';

/** A phone's width: nothing may make the page scroll sideways. */
const PHONE = 375;

const LONG_URL = `https://example.org/${'a1b2c3d4e5'.repeat(28)}`; // 300 characters, no break opportunity
const LONG_AUTHOR = 'Q'.repeat(200);
const LONG_ORGANIZATION = `Organisation${'X'.repeat(150)}`;
const MEGABYTE_TITLE = 'W'.repeat(1_000_000);

const longWords: ResourceInput[] = [
  {
    id: 'long-url',
    url: 'https://example.org/long-url',
    title: { en: `See ${LONG_URL}` },
    summary: { en: `Mirror: ${LONG_URL}` },
    type: 'report',
    published: '2024',
    authors: [{ name: LONG_AUTHOR }, { name: 'Ana Pérez' }],
    organizations: [{ name: LONG_ORGANIZATION, role: 'publisher' }],
  },
  ...testResources().slice(0, 2),
];

const megabyte: ResourceInput[] = [
  { id: 'megabyte-title', title: { en: MEGABYTE_TITLE }, summary: { en: MEGABYTE_TITLE }, type: 'report' },
  ...testResources().slice(0, 2),
];

beforeEach(() => page.viewport(PHONE, 800));

afterEach(async () => {
  cleanup();
  await page.viewport(1280, 900);
});

/** Mounts a list of `resources` at the phone's width and waits for its cards. */
async function list(resources: ResourceInput[], attributes = ''): Promise<AsmResourceList> {
  const el = await mount<AsmResourceList>(
    attributes === 'grid'
      ? html`<asm-resource-list layout="grid" .resources=${resources}></asm-resource-list>`
      : html`<asm-resource-list .resources=${resources}></asm-resource-list>`,
  );
  await until(() => expect($$(el, 'asm-resource-card')).toHaveLength(resources.length), 15_000);
  return el;
}

/** The page does not scroll sideways and no card is wider than its box. */
function expectNoSidewaysScroll(el: AsmResourceList): void {
  const root = document.documentElement;
  expect(root.clientWidth).toBeLessThanOrEqual(PHONE);
  expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  for (const card of $$(el, 'asm-resource-card')) {
    const article = $(card, '[part~="base"]');
    expect(article.scrollWidth, card.id).toBeLessThanOrEqual(article.clientWidth);
    expect(card.getBoundingClientRect().right).toBeLessThanOrEqual(root.clientWidth);
  }
}

describe('one long unbroken word at 375 px', () => {
  it('wraps a 300-character URL in a title and summary and a 200-character author name', async () => {
    const el = await list(longWords);
    expectNoSidewaysScroll(el);
    const card = $$(el, 'asm-resource-card')[0]!;
    // Wrapped, not cut: the whole URL is still there.
    expect(text($(card, '[part~="title"]'))).toBe(`See ${LONG_URL}`);
    expect(text($(card, '[part~="meta"]'))).toContain(LONG_AUTHOR);
  });

  it('wraps them in the grid layout too', async () => {
    const el = await list(longWords, 'grid');
    expectNoSidewaysScroll(el);
  });

  it('shows the start of a 1 MB title and summary, with an ellipsis, and keeps the page narrow', async () => {
    const el = await list(megabyte);
    expectNoSidewaysScroll(el);
    const card = $$(el, 'asm-resource-card').find((c) => text($(c, '[part~="title"]')).startsWith('WWW'))!;
    const title = text($(card, '[part~="title"]'));
    // Bounded at display, so laying the card out stays cheap; the data keeps the whole title.
    expect(title.length).toBeLessThanOrEqual(5001);
    expect(title.endsWith('…')).toBe(true);
    const summary = text($(card, '[part~="summary"]'));
    expect(summary.length).toBeLessThanOrEqual(5001);
    expect(summary.endsWith('…')).toBe(true);
    // The Cite button's hidden name holds the shown title, not the megabyte.
    const cite = $(card, 'asm-citation');
    expect(text($(cite, '[part~="button"]')).length).toBeLessThan(5100);
  });

  it('wraps a long organization name in the filter bar and in its active-filter chip', async () => {
    const el = await list(longWords);
    const bar = $(el, 'asm-filter-bar');
    await until(() => expect(bar.shadowRoot?.querySelector('[part~="toggle"]')).not.toBeNull());
    // At this width the bar is folded behind its "Filters" button.
    const toggle = $(bar, '[part~="toggle"]');
    if (getComputedStyle(toggle).display !== 'none') await userEvent.click(toggle);
    const option = $$(bar, '[part~="option"]').find((o) => text(o).includes(LONG_ORGANIZATION))!;
    expect(option).toBeDefined();
    expectNoSidewaysScroll(el);
    await userEvent.click(option.querySelector('input')!);
    await until(() =>
      expect($$(bar, '[part~="chip"]').some((chip) => text(chip).includes(LONG_ORGANIZATION))).toBe(true),
    );
    expectNoSidewaysScroll(el);
    const chip = $$(bar, '[part~="chip"]').find((c) => text(c).includes(LONG_ORGANIZATION))!;
    expect(chip.scrollWidth).toBeLessThanOrEqual(chip.clientWidth);
    expect(chip.getBoundingClientRect().right).toBeLessThanOrEqual(document.documentElement.clientWidth);
  });
});
