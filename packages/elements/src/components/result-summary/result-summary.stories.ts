import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { parseResources } from '@asm-kit/schema';
import { createIndex, createStore, type SearchSource, type Store } from '@asm-kit/query';
import '../../define/asm-result-summary.js';

function library(count: number, text = ''): Store {
  return createStore({
    source: createIndex(
      parseResources(
        Array.from({ length: count }, (_, i) => ({
          id: `r-${i}`,
          title: `Gold resource ${i + 1}`,
          type: 'guide',
        })),
      ).resources,
    ),
    query: { text, pageSize: 20 },
  });
}

/** A backend that fails: the summary stays silent while the list shows the error. */
const failing: SearchSource = { search: () => Promise.reject(new Error('backend down')) };

interface SummaryArgs {
  count: number;
  text: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<SummaryArgs> = {
  title: 'Elements/Result summary',
  component: 'asm-result-summary',
  args: { count: 42, text: '' },
  loaders: [
    async ({ args }) => ({ store: library((args as SummaryArgs).count, (args as SummaryArgs).text) }),
  ],
  render: (args, { loaded }) =>
    html`<asm-result-summary
      .store=${loaded['store'] as Store}
      lang=${args.lang ?? 'en'}
      theme=${args.theme ?? 'light'}
    ></asm-result-summary>`,
};
export default meta;

type Story = StoryObj<SummaryArgs>;

/** Count and page ("42 resources · Page 1 of 3"). */
export const Default: Story = {};

/** Exactly one result (singular form). */
export const One: Story = { args: { count: 1 } };

/** Nothing matches. */
export const Empty: Story = { args: { text: 'platinum' } };

/** Before results exist: an empty live region, kept in the page so the first count is announced. */
export const Loading: Story = {
  loaders: [async () => ({ store: createStore({}) })],
};

/** The search failed: silent (the list shows the error). */
export const SearchError: Story = {
  loaders: [async () => ({ store: createStore({ source: failing }) })],
};

/** Large numbers, French grouping. */
export const French: Story = { args: { lang: 'fr', count: 12_345 } };
/** Spanish UI. */
export const Spanish: Story = { args: { lang: 'es', count: 1 } };
/** Portuguese UI. */
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
