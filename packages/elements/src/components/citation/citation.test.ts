import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseResources, type Resource } from '@asm-kit/schema';
import type { AsmResourceCard } from '../resource-card/resource-card.js';
import type { AsmCitation } from './citation.js';
import { $, $$, axeViolations, cleanup, mount, testResources, text, until } from '../../testing/fixtures.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const resources = parseResources(testResources()).resources;
const handbook = resources.find((r) => r.id === 'mercury-handbook')!;
const spanish = resources.find((r) => r.id === 'formalization-es')!;

async function card(resource: Resource, lang = 'en') {
  const el = await mount<AsmResourceCard>(
    html`<asm-resource-card .resource=${resource}></asm-resource-card>`,
    lang,
  );
  const cite = $<AsmCitation>(el, 'asm-citation');
  await cite.updateComplete;
  return { el, cite, button: $<HTMLButtonElement>(cite, '[part~="button"]') };
}

/** Opens the disclosure from the keyboard and waits for the citation. */
async function openByKeyboard(cite: AsmCitation, button: HTMLButtonElement): Promise<void> {
  button.focus();
  await userEvent.keyboard('{Enter}');
  await until(() => expect(cite.shadowRoot?.querySelector('[part~="text"]')).not.toBeNull());
}

describe('<asm-citation> in the card', () => {
  it('offers a Cite button, named after the resource, that opens the disclosure from the keyboard', async () => {
    const { cite, button } = await card(handbook);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(text(button)).toBe('Cite: Mercury-free gold processing handbook');
    const panel = $(cite, '[part~="panel"]');
    expect(button.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.hidden).toBe(true);
    await openByKeyboard(cite, button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(text($(cite, '[part~="text"]'))).toContain('Mercury-free gold processing handbook');
    // The panel's styles arrive with its code, and the button keeps its own.
    expect(getComputedStyle(panel).borderLeftWidth).toBe('3px');
    expect(getComputedStyle(button).textDecorationLine).toBe('underline');
    await userEvent.keyboard('{Escape}');
    expect(cite.open).toBe(false);
    expect(cite.shadowRoot?.activeElement).toBe(button);
  });

  it('formats the citation in the UI language (French)', async () => {
    const { cite, button } = await card(handbook, 'fr');
    expect(text(button)).toMatch(/^Citer/);
    await openByKeyboard(cite, button);
    const citation = text($(cite, '[part~="text"]'));
    expect(citation).toContain('(2021)');
    expect(citation).toContain('Manuel de traitement de l’or sans mercure');
    expect(citation).toContain('Consulté sur https://example.org/mercury-handbook');
    const links = $$<HTMLAnchorElement>(cite, '[part~="download"]').map((a) => text(a));
    expect(links).toEqual(['Télécharger au format BibTeX', 'Télécharger au format RIS']);
    expect(text($(cite, '[part~="copy"]'))).toBe('Copier');
  });

  it('offers BibTeX and RIS as blob: downloads named after the resource id', async () => {
    const { cite, button } = await card(spanish);
    await openByKeyboard(cite, button);
    const [bib, ris] = $$<HTMLAnchorElement>(cite, '[part~="download"]');
    expect(bib!.href).toMatch(/^blob:/);
    expect(bib!.download).toBe('formalization-es.bib');
    expect(ris!.href).toMatch(/^blob:/);
    expect(ris!.download).toBe('formalization-es.ris');
    const bibtex = await (await fetch(bib!.href)).text();
    expect(bibtex).toMatch(/^@techreport\{formalization-es,/);
    expect(bibtex).toContain('author = {Pérez, Ana and Gómez, Luis}');
    expect(await (await fetch(ris!.href)).text()).toMatch(/^TY {2}- RPRT\r\n/);
  });

  it('revokes the files when the panel closes', async () => {
    const { cite, button } = await card(spanish);
    await openByKeyboard(cite, button);
    const href = $<HTMLAnchorElement>(cite, '[part~="download"]').href;
    await userEvent.click(button);
    expect(cite.open).toBe(false);
    await expect(fetch(href)).rejects.toThrow();
  });

  it('copies the citation to the clipboard and announces it in a polite live region', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const { cite, button } = await card(handbook, 'fr');
    await openByKeyboard(cite, button);
    const status = $(cite, '[part~="status"]');
    expect(status.getAttribute('role')).toBe('status');
    await userEvent.click($(cite, '[part~="copy"]'));
    await until(() => expect(text(status)).toBe('Copié'));
    expect(writeText).toHaveBeenCalledWith(text($(cite, '[part~="text"]')));
  });

  it('selects the citation text when the clipboard is unavailable, and says so', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    const { cite, button } = await card(handbook);
    await openByKeyboard(cite, button);
    await userEvent.click($(cite, '[part~="copy"]'));
    const status = $(cite, '[part~="status"]');
    await until(() => expect(text(status)).toMatch(/^The citation is selected/));
    expect(document.getSelection()?.toString()).toBe($(cite, '[part~="text"]').textContent);
  });

  it('has no axe violations with the disclosure open', async () => {
    const { el, cite, button } = await card(handbook);
    await openByKeyboard(cite, button);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('closes when the card is reused for another resource, and is left out with no-cite', async () => {
    const { el, cite, button } = await card(handbook);
    await openByKeyboard(cite, button);
    el.resource = spanish;
    await el.updateComplete;
    await cite.updateComplete;
    expect(cite.open).toBe(false);
    el.noCite = true;
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('asm-citation')).toBeNull();
  });
});
