// The UI strings of French, Spanish and Portuguese are loaded the first time an element speaks them (a chunk of
// their own in the CDN build). This file does not use the test fixtures, which load them up front.
import { afterEach, describe, expect, it } from 'vitest';
import '../define/all.js';
import { availableLanguages, loadMessages, messagesFor, registerMessages } from './registry.js';
import { en } from './en.js';

afterEach(() => document.body.replaceChildren());

describe('built-in languages loaded on first use', () => {
  it('lists every built-in language before any is loaded', () => {
    expect(availableLanguages()).toEqual(expect.arrayContaining(['en', 'fr', 'es', 'pt', 'id']));
  });

  it('renders in Spanish once the Spanish strings have arrived, without a request from the page', async () => {
    expect(messagesFor('es')).toBe(en);
    const host = document.createElement('section');
    host.lang = 'es';
    host.innerHTML = '<asm-search-box></asm-search-box>';
    document.body.append(host);
    const box = host.querySelector('asm-search-box') as HTMLElement & { updateComplete: Promise<boolean> };
    const label = () => box.shadowRoot?.querySelector('label')?.textContent;
    // Before the Spanish strings arrive: a blank of the same height, never the English label.
    await box.updateComplete;
    expect(label()).toBe('\u00a0');
    await expect.poll(label).toBe('Buscar en la biblioteca');
    expect(messagesFor('es-CO').language).toBe('es');
  });

  it('loads a language once, and not at all for English or a language without strings', async () => {
    expect(loadMessages('en')).toBeUndefined();
    expect(loadMessages('de')).toBeUndefined();
    const first = loadMessages('pt-BR');
    expect(first).toBeDefined();
    expect(loadMessages('pt')).toBe(first);
    await first;
    expect(messagesFor('pt-BR').language).toBe('pt');
    expect(loadMessages('pt')).toBeUndefined();
  });

  it('keeps the built-in order, whichever languages arrived first (Spanish and Portuguese, French not yet)', () => {
    expect(availableLanguages()).toEqual(['en', 'fr', 'es', 'pt', 'id']);
  });

  it('keeps the strings a page registered itself over the built-in ones', async () => {
    const mine = { ...en, language: 'fr', searchLabel: 'Chercher (page)' };
    registerMessages(mine);
    expect(loadMessages('fr')).toBeUndefined();
    expect(messagesFor('fr').searchLabel).toBe('Chercher (page)');
  });
});
