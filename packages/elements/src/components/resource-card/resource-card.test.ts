import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_QUERY, createIndex } from '@asm-kit/query';
import { parseResources, type Resource } from '@asm-kit/schema';
import type { AsmResourceCard } from './resource-card.js';
import { $, $$, axeViolations, cleanup, mount, testResources, text, until } from '../../testing/fixtures.js';

afterEach(cleanup);

const resources = parseResources(testResources()).resources;
const handbook = resources.find((r) => r.id === 'mercury-handbook')!;
const spanish = resources.find((r) => r.id === 'formalization-es')!;

const card = (resource: Resource, lang = 'en') =>
  mount<AsmResourceCard>(html`<asm-resource-card .resource=${resource}></asm-resource-card>`, lang);

describe('<asm-resource-card>', () => {
  it('shows type, linked title, credit, date, topics, countries and access', async () => {
    const el = await card(handbook);
    expect(text($(el, '[part~="type"]'))).toBe('Guide');
    const link = $<HTMLAnchorElement>(el, '[part~="title-link"]');
    expect(link.href).toBe('https://example.org/mercury-handbook');
    expect(text(link)).toBe('Mercury-free gold processing handbook');
    expect(text($(el, '[part~="meta"]'))).toBe('Jane Doe - for the Example Programme · March 15, 2021');
    expect(text($(el, '[part~="access"]'))).toBe('Open access');
    expect(text($(el, '[part~="countries"]'))).toContain('Ghana');
    expect(text($(el, '[part~="countries"]'))).toContain('Burkina Faso');
    expect($$(el, '[part~="areas"] li')).toHaveLength(2);
  });

  it('has no axe violations, collapsed and expanded', async () => {
    const el = await card(handbook);
    expect(await axeViolations(el)).toEqual([]);
    el.expanded = true;
    await el.updateComplete;
    expect(await axeViolations(el)).toEqual([]);
  });

  it('lists one download per language version with language, format and size', async () => {
    const el = await card(handbook);
    const links = $$<HTMLAnchorElement>(el, '[part~="download"]');
    expect(links.map((a) => text(a))).toEqual([
      'Download (English, PDF, 2.4 MB)',
      'Download (French, PDF, 2.6 MB, 48 pages)',
    ]);
    expect(links[1]!.hreflang).toBe('fr');
  });

  it('shows a year-only date as the year and joins authors when there is no credit line', async () => {
    const el = await card(spanish);
    expect(text($(el, '[part~="date"]'))).toBe('2019');
    expect(text($(el, '[part~="meta"]'))).toBe('Ana Pérez and Luis Gómez · 2019');
  });

  it('clamps a long summary and expands it with a button that reports its state', async () => {
    const el = await mount<AsmResourceCard>(
      html`<asm-resource-card style="width: 320px" .resource=${handbook}></asm-resource-card>`,
    );
    const summary = $(el, '[part~="summary"]');
    const clamped = summary.getBoundingClientRect().height;
    await until(() => expect(el.shadowRoot?.querySelector('[part~="summary-toggle"]')).not.toBeNull());
    const toggle = $(el, '[part~="summary-toggle"]');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(summary.id);
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(text(toggle)).toBe('Show less');
    expect(summary.getBoundingClientRect().height).toBeGreaterThan(clamped);
  });

  it('offers "Show more" only when the summary is cut, measured at the card’s width', async () => {
    const el = await mount<AsmResourceCard>(
      html`<asm-resource-card style="width: 1100px" .resource=${spanish}></asm-resource-card>`,
    );
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(el.shadowRoot?.querySelector('[part~="summary-toggle"]')).toBeNull();
    el.style.width = '120px';
    await until(() => expect(el.shadowRoot?.querySelector('[part~="summary-toggle"]')).not.toBeNull());
  });

  it('collapses again when it is reused for another resource', async () => {
    const el = await card(handbook);
    el.expanded = true;
    await el.updateComplete;
    el.resource = spanish;
    await el.updateComplete;
    expect(el.expanded).toBe(false);
  });

  it('shows title and summary in the UI language when the resource has it', async () => {
    const el = await card(handbook, 'fr');
    expect(text($(el, '[part~="title"]'))).toBe('Manuel de traitement de l’or sans mercure');
    expect($(el, '[part~="title"]').lang).toBe('fr');
    expect(el.shadowRoot?.querySelector('[part~="note"]')).toBeNull();
    expect(text($(el, '[part~="date"]'))).toBe('15 mars 2021');
    expect(text($(el, '[part~="type"]'))).toBe('Guide');
  });

  it('shows the original language with its lang attribute and a note of the available languages', async () => {
    const el = await card(spanish, 'fr');
    expect($(el, '[part~="title"]').lang).toBe('es');
    expect($(el, '[part~="summary"]').lang).toBe('es');
    expect(text($(el, '[part~="note"]'))).toBe('Disponible en espagnol');
    expect(text($(el, '[part~="countries"]'))).toContain('Pérou');
  });

  it('formats dates and country names in Spanish and Portuguese', async () => {
    const es = await card(handbook, 'es');
    expect(text($(es, '[part~="date"]'))).toBe('15 de marzo de 2021');
    expect(text($(es, '[part~="download"]'))).toContain('Descargar (inglés, PDF, 2,4 MB)');
    const pt = await card(spanish, 'pt');
    expect(text($(pt, '[part~="countries"]'))).toContain('Colômbia');
    expect(text($(pt, '[part~="note"]'))).toBe('Disponível em espanhol');
  });

  it('highlights search matches with <mark> elements built from text', async () => {
    const hit = createIndex(resources).searchSync({ ...EMPTY_QUERY, text: 'handbook' }).hits[0]!;
    const el = await mount<AsmResourceCard>(html`<asm-resource-card .hit=${hit}></asm-resource-card>`);
    const marks = $$(el, '[part~="title"] mark');
    expect(marks.map((m) => m.textContent)).toEqual(['handbook']);
  });

  it('renders markup in the data as text and links only http(s) URLs', async () => {
    const hostile = {
      ...spanish,
      url: 'javascript:alert(1)',
      title: { en: '<img src=x onerror="window.pwned=1">Title' },
      files: [{ url: 'data:text/html,hi', language: 'en' }],
    } as Resource;
    const el = await card(hostile);
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect(el.shadowRoot?.querySelector('a')).toBeNull();
    expect(text($(el, '[part~="title"]'))).toBe('<img src=x onerror="window.pwned=1">Title');
  });

  it('sets display on its host', async () => {
    const el = await card(handbook);
    expect(getComputedStyle(el).display).toBe('block');
  });
});
