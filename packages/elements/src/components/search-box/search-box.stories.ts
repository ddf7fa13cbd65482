import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { parseResources } from '@asm-kit/schema';
import { createIndex, createStore, type Store } from '@asm-kit/query';
import '../../define/asm-search-box.js';
import '../../define/asm-result-summary.js';

/** A small index, so typing in the box shows a live count beside it. */
function library(text = ''): Store {
  const titles = ['Minería artesanal en el Perú', 'Mercury-free processing', 'Formalisation de l’orpaillage'];
  return createStore({
    source: createIndex(
      parseResources(titles.map((title, i) => ({ id: `r-${i}`, title, type: 'report' }))).resources,
    ),
    query: { text },
  });
}

interface SearchArgs {
  text: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<SearchArgs> = {
  title: 'Elements/Search box',
  component: 'asm-search-box',
  args: { text: '' },
  loaders: [async ({ args }) => ({ store: library((args as SearchArgs).text) })],
  render: (args, { loaded }) =>
    html`<div lang=${args.lang ?? 'en'}>
      <asm-search-box .store=${loaded['store'] as Store} theme=${args.theme ?? 'light'}></asm-search-box>
      <asm-result-summary .store=${loaded['store'] as Store}></asm-result-summary>
    </div>`,
};
export default meta;

type Story = StoryObj<SearchArgs>;

/** Empty field with its visible label and placeholder; results follow the typing. */
export const Default: Story = {};

/** With text; accents do not matter ("mineria" finds "Minería"). */
export const WithText: Story = { args: { text: 'mineria' } };

/** Text that matches nothing: the summary says so. */
export const NoMatch: Story = { args: { text: 'diamonds in Antarctica' } };

/** Before the library has loaded (no store yet): the field is still usable. */
export const Loading: Story = {
  render: () => html`<asm-search-box lang="en" theme="light"></asm-search-box>`,
};

/** French UI. */
export const French: Story = { args: { lang: 'fr' } };
/** Spanish UI. */
export const Spanish: Story = { args: { lang: 'es' } };
/** Portuguese UI. */
export const Portuguese: Story = { args: { lang: 'pt' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { frame: { theme: 'dark' } } };

/** On a right-to-left page. */
export const RightToLeft: Story = { args: { text: 'mercury' }, parameters: { frame: { dir: 'rtl' } } };

/** In a phone-sized column. */
export const Phone: Story = {
  parameters: { frame: { width: 320 } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** A partner's theme through tokens. */
export const PartnerTheme: Story = { args: { lang: 'fr' }, parameters: { frame: { theme: 'partner' } } };
