import { LitElement, html, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleController } from './locale-controller.js';
import { cleanup, mount, until } from '../testing/fixtures.js';

class LocaleProbe extends LitElement {
  readonly locale = new LocaleController(this);
  override render(): TemplateResult {
    return html`${this.locale.lang}`;
  }
}
customElements.define('locale-probe', LocaleProbe);

/** An element that renders a probe inside its own shadow root. */
class LocaleShell extends LitElement {
  override render(): TemplateResult {
    return html`<div><locale-probe></locale-probe></div>`;
  }
}
customElements.define('locale-shell', LocaleShell);

afterEach(() => {
  cleanup();
  document.documentElement.lang = 'en';
});

describe('LocaleController', () => {
  it('uses the element’s own lang first', async () => {
    const el = await mount<LocaleProbe>(html`<locale-probe lang="pt-BR"></locale-probe>`, 'fr');
    expect(el.locale.lang).toBe('pt-BR');
    expect(el.locale.messages.language).toBe('pt');
  });

  it('inherits the nearest ancestor’s lang across shadow roots', async () => {
    const shell = await mount<LocaleShell>(html`<section lang="es"><locale-shell></locale-shell></section>`);
    const probe = shell
      .querySelector('locale-shell')!
      .shadowRoot!.querySelector<LocaleProbe>('locale-probe')!;
    await probe.updateComplete;
    expect(probe.locale.lang).toBe('es');
  });

  it('falls back to <html lang> and follows changes to it', async () => {
    document.documentElement.lang = 'fr';
    const el = document.createElement('locale-probe') as LocaleProbe;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.locale.lang).toBe('fr');
      document.documentElement.lang = 'es';
      await until(() => expect(el.shadowRoot?.textContent).toBe('es'));
    } finally {
      el.remove();
    }
  });

  it('reacts when a closer ancestor gains a lang attribute', async () => {
    const section = await mount<HTMLElement>(
      html`<section>
        <div><locale-probe></locale-probe></div>
      </section>`,
      'en',
    );
    const probe = section.querySelector<LocaleProbe>('locale-probe')!;
    await probe.updateComplete;
    expect(probe.locale.lang).toBe('en');
    section.querySelector('div')!.lang = 'pt';
    await until(() => expect(probe.shadowRoot?.textContent).toBe('pt'));
  });

  it('lets two elements on one page speak two languages', async () => {
    const a = await mount<LocaleProbe>(html`<locale-probe></locale-probe>`, 'fr');
    const b = await mount<LocaleProbe>(html`<locale-probe></locale-probe>`, 'es');
    expect([a.locale.lang, b.locale.lang]).toEqual(['fr', 'es']);
  });

  it('uses English strings for a language without messages', async () => {
    const el = await mount<LocaleProbe>(html`<locale-probe lang="de"></locale-probe>`);
    expect(el.locale.messages.language).toBe('en');
  });

  it.each([
    ['en_US', 'en-US'],
    ['fr_FR', 'fr-FR'],
    ['pt_br', 'pt-BR'],
    ['fr ', 'fr'],
    ['xx-!!', 'xx'],
    ['fr!', 'fr'],
    ['!!', 'en'],
    ['x'.repeat(300), 'en'],
  ])('repairs or replaces the malformed tag %j with %j', async (given, resolved) => {
    const el = await mount<LocaleProbe>(html`<locale-probe lang=${given}></locale-probe>`);
    expect(el.locale.lang).toBe(resolved);
    expect(() => Intl.getCanonicalLocales(el.locale.lang)).not.toThrow();
  });
});
