import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import type { AsmLanguageSwitcher } from './language-switcher.js';
import type { AsmResourceList } from '../resource-list/resource-list.js';
import { $, $$, axeViolations, cleanup, mount, testCatalogue, text, until } from '../../testing/fixtures.js';

afterEach(cleanup);

describe('<asm-language-switcher>', () => {
  it('lists each language by its own name and selects the current one', async () => {
    const el = await mount<AsmLanguageSwitcher>(html`<asm-language-switcher></asm-language-switcher>`, 'fr');
    const options = $$<HTMLOptionElement>(el, 'option');
    expect(options.map((o) => text(o))).toEqual(['English', 'français', 'español', 'português', 'Indonesia']);
    expect(($(el, 'select') as HTMLSelectElement).value).toBe('fr');
    expect(text($(el, 'label'))).toContain('Langue');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('sets lang on its target, fires asm-language-change, and the list re-renders in that language', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div>
        <asm-language-switcher for="lib-l"></asm-language-switcher>
        <asm-resource-list id="lib-l" .catalogue=${testCatalogue()}></asm-resource-list>
      </div>`,
    );
    const switcher = wrapper.querySelector<AsmLanguageSwitcher>('asm-language-switcher')!;
    const list = wrapper.querySelector<AsmResourceList>('asm-resource-list')!;
    await until(() => expect($$(list, 'asm-resource-card').length).toBeGreaterThan(0));
    const events: unknown[] = [];
    switcher.addEventListener('asm-language-change', (e) => events.push(e.detail));
    await userEvent.selectOptions($(switcher, 'select'), 'es');
    expect(list.getAttribute('lang')).toBe('es');
    expect(events).toEqual([{ language: 'es', target: list }]);
    await until(() => expect(text($(list, 'asm-result-summary'))).toContain('24 recursos'));
    expect(document.documentElement.lang).not.toBe('es');
    await until(() => expect(text($(switcher, 'label'))).toContain('Idioma'));
  });

  it('offers Indonesian by its own name and switches the list to it', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div>
        <asm-language-switcher for="lib-id"></asm-language-switcher>
        <asm-resource-list id="lib-id" .catalogue=${testCatalogue()}></asm-resource-list>
      </div>`,
    );
    const switcher = wrapper.querySelector<AsmLanguageSwitcher>('asm-language-switcher')!;
    const list = wrapper.querySelector<AsmResourceList>('asm-resource-list')!;
    await until(() => expect($$(list, 'asm-resource-card').length).toBeGreaterThan(0));
    const option = $$<HTMLOptionElement>(switcher, 'option').find((o) => o.value === 'id')!;
    expect(option.lang).toBe('id');
    expect(['Indonesia', 'Bahasa Indonesia']).toContain(text(option));
    await userEvent.selectOptions($(switcher, 'select'), 'id');
    expect(list.getAttribute('lang')).toBe('id');
    await until(() => expect(text($(list, 'asm-result-summary'))).toContain('24 dokumen'));
    await until(() => expect(text($(switcher, 'label'))).toContain('Bahasa'));
  });

  it('targets the list it is placed in when it has no for attribute', async () => {
    const list = await mount<AsmResourceList>(
      html`<asm-resource-list .catalogue=${testCatalogue()}></asm-resource-list>`,
    );
    const switcher = document.createElement('asm-language-switcher');
    list.append(switcher);
    await switcher.updateComplete;
    expect(switcher.target).toBe(list);
  });

  it('does not fire when the target language changes in code', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div id="lang-target"><asm-language-switcher for="lang-target"></asm-language-switcher></div>`,
    );
    const switcher = wrapper.querySelector<AsmLanguageSwitcher>('asm-language-switcher')!;
    let fired = 0;
    switcher.addEventListener('asm-language-change', () => fired++);
    wrapper.lang = 'pt';
    await until(() => expect(($(switcher, 'select') as HTMLSelectElement).value).toBe('pt'));
    expect(fired).toBe(0);
  });
});
