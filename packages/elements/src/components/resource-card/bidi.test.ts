import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { parseResources, type ResourceInput } from '@asm-kit/schema';
import type { AsmCitation } from '../citation/citation.js';
import type { AsmResourceCard } from './resource-card.js';
import { $, cleanup, mount, text, until } from '../../testing/fixtures.js';

afterEach(cleanup);

/** Embeddings, overrides and isolates: U+202A-U+202E, U+2066-U+2069. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** A record whose second author's name starts with a right-to-left override (U+202E) and never closes it. */
const input: ResourceInput = {
  id: 'bidi-author',
  url: 'https://example.org/bidi-author',
  title: { en: 'Gravity concentration field guide' },
  type: 'guide',
  published: '2021-03-15',
  authors: [{ name: 'Ana Perez' }, { name: '\u202EevilName' }, { name: 'Luis Gomez' }],
  organizations: [{ name: 'Example \u202EProgramme', role: 'publisher' }],
};
const resource = parseResources([input]).resources[0]!;

/** Where `needle` is drawn: the box of its characters in the (first) text node of `root` that contains it. */
function boxOf(root: Node, needle: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(needle) ?? -1;
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${needle}" not found`);
}

/** Whether `node` sits inside an element that isolates its text (bdi, or an element with dir). */
const isolated = (node: Node, root: Element): boolean => {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement)
    if (el.localName === 'bdi' || el.hasAttribute('dir')) return true;
  return false;
};

describe('bidi controls in data', () => {
  it('keeps a right-to-left override in one author’s name from reversing the other names and the date', async () => {
    const el = await mount<AsmResourceCard>(
      html`<asm-resource-card .resource=${resource}></asm-resource-card>`,
    );
    const meta = $(el, '[part~="meta"]');
    const first = boxOf(meta, 'Ana Perez');
    const second = boxOf(meta, 'evilName');
    const third = boxOf(meta, 'Luis Gomez');
    const date = boxOf(meta, 'March 15, 2021');
    // Read left to right on an LTR page: first author, second, third, then the date.
    expect(first.right).toBeLessThanOrEqual(second.left + 0.5);
    expect(second.right).toBeLessThanOrEqual(third.left + 0.5);
    expect(third.right).toBeLessThanOrEqual(date.left + 0.5);
    // Each name is its own isolate: no raw control sits outside one.
    const walker = document.createTreeWalker(meta, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (BIDI_CONTROLS.test(node.textContent ?? '')) expect(isolated(node, meta)).toBe(true);
  });

  it('leaves no bidi control in the citation text (it is copied as plain text)', async () => {
    const el = await mount<AsmResourceCard>(
      html`<asm-resource-card .resource=${resource}></asm-resource-card>`,
    );
    const cite = $<AsmCitation>(el, 'asm-citation');
    await cite.updateComplete;
    await userEvent.click($(cite, '[part~="button"]'));
    await until(() => expect(cite.shadowRoot?.querySelector('[part~="text"]')).not.toBeNull());
    const citation = text($(cite, '[part~="text"]'));
    expect(citation).toContain('evilName');
    expect(citation).toContain('(2021)');
    expect(citation).not.toMatch(BIDI_CONTROLS);
    // The title after the names reads left to right, after them.
    const box = $(cite, '[part~="text"]');
    expect(boxOf(box, 'evilName').right).toBeLessThanOrEqual(boxOf(box, '(2021)').left + 0.5);
  });

  it('isolates the title in the Cite button’s accessible name', async () => {
    const el = await mount<AsmResourceCard>(
      html`<asm-resource-card
        .resource=${parseResources([{ ...input, title: 'A \u202Etitle' }]).resources[0]}
      ></asm-resource-card>`,
    );
    const cite = $<AsmCitation>(el, 'asm-citation');
    await cite.updateComplete;
    const button = $(cite, '[part~="button"]');
    const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (BIDI_CONTROLS.test(node.textContent ?? '')) expect(isolated(node, button)).toBe(true);
  });
});

describe('bidi controls in filter values', () => {
  it('keeps an override in an organization name inside its own option and chip', async () => {
    const { createIndex, createStore } = await import('@asm-kit/query');
    const store = createStore({ source: createIndex([resource]) });
    store.setQuery({ filters: { organization: ['Example \u202EProgramme'] } });
    const bar = await mount<HTMLElement>(
      html`<asm-filter-bar style="width: 40rem" .store=${store}></asm-filter-bar>`,
    );
    const root = bar.shadowRoot!;
    await until(() => expect(root.querySelector('[part~="chip"]')).not.toBeNull());
    const chip = root.querySelector<HTMLElement>('[part~="chip"]')!;
    // The × of the chip is drawn after the whole name, not pulled in front of its overridden part.
    const overridden = boxOf(chip, 'Programme');
    const cross = chip.querySelector('[aria-hidden="true"]')!.getBoundingClientRect();
    expect(cross.left).toBeGreaterThanOrEqual(overridden.right - 1);
    // Each value's label isolates its text, in the chip and in the group.
    for (const node of [chip, ...root.querySelectorAll('label.option')]) {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (BIDI_CONTROLS.test(text.textContent ?? ''))
          expect(text.parentElement?.closest('bdi')).not.toBeNull();
      }
    }
  });
});
