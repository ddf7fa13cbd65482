import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../define/asm-language-switcher.js';
import '../../define/asm-result-summary.js';
import '../../define/asm-search-box.js';

interface SwitcherArgs {
  languages?: string;
  lang: string;
  theme?: 'light' | 'dark' | 'auto';
}

let next = 0;

const meta: Meta<SwitcherArgs> = {
  title: 'Elements/Language switcher',
  component: 'asm-language-switcher',
  args: { lang: 'en' },
  // The switcher sets `lang` on its target; here the target is a box holding a search box, whose label
  // follows. Each story gets its own id so several can sit on the docs page.
  render: (args) => {
    const id = `sb-lang-target-${++next}`;
    return html`<asm-language-switcher
        for=${id}
        languages=${args.languages ?? nothing}
        theme=${args.theme ?? 'light'}
      ></asm-language-switcher>
      <div id=${id} lang=${args.lang}>
        <asm-search-box theme=${args.theme ?? 'light'}></asm-search-box>
      </div>`;
  },
};
export default meta;

type Story = StoryObj<SwitcherArgs>;

/** Every built-in language, each listed by its own name. */
export const Default: Story = {};

/** Only the languages a partner offers. */
export const ChosenLanguages: Story = { args: { languages: 'fr en' } };

/** Target currently in French. */
export const French: Story = { args: { lang: 'fr' } };
/** Target currently in Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };
/** Target currently in Portuguese. */
export const Portuguese: Story = { args: { lang: 'pt' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { frame: { theme: 'dark' } } };

/** On a right-to-left page. */
export const RightToLeft: Story = { parameters: { frame: { dir: 'rtl' } } };

/** In a phone-sized column. */
export const Phone: Story = {
  parameters: { frame: { width: 320 } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** A partner's theme through tokens. */
export const PartnerTheme: Story = { args: { lang: 'fr' }, parameters: { frame: { theme: 'partner' } } };
