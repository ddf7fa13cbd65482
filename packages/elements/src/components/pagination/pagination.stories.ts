import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { parseResources } from '@asm-kit/schema';
import { createIndex, createStore, type Store } from '@asm-kit/query';
import '../../define/asm-pagination.js';

/** `count` resources, 10 per page, starting on `page`. */
function library(count: number, page: number): Store {
  return createStore({
    source: createIndex(
      parseResources(
        Array.from({ length: count }, (_, i) => ({
          id: `r-${i}`,
          title: `Resource ${i + 1}`,
          type: 'report',
        })),
      ).resources,
    ),
    query: { page, pageSize: 10 },
  });
}

interface PaginationArgs {
  count: number;
  page: number;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<PaginationArgs> = {
  title: 'Elements/Pagination',
  component: 'asm-pagination',
  args: { count: 95, page: 1 },
  loaders: [
    async ({ args }) => ({ store: library((args as PaginationArgs).count, (args as PaginationArgs).page) }),
  ],
  render: (args, { loaded }) =>
    html`<asm-pagination
      .store=${loaded['store'] as Store}
      lang=${args.lang ?? 'en'}
      theme=${args.theme ?? 'light'}
    ></asm-pagination>`,
};
export default meta;

type Story = StoryObj<PaginationArgs>;

/** First of ten pages: "Previous" disabled. */
export const FirstPage: Story = {};

/** A page in the middle: first, last and neighbours, with gaps. */
export const MiddlePage: Story = { args: { page: 5 } };

/** The last page: "Next" disabled. */
export const LastPage: Story = { args: { page: 10 } };

/** Hundreds of pages: the window stays short. */
export const ManyPages: Story = { args: { count: 12_345, page: 617 } };

/** Everything fits on one page (or nothing matched): nothing is rendered. */
export const SinglePage: Story = { args: { count: 7 } };

/** French UI (numbers through `Intl`). */
export const French: Story = { args: { lang: 'fr', count: 12_345, page: 1200 } };
/** Spanish UI. */
export const Spanish: Story = { args: { lang: 'es', page: 3 } };
/** Portuguese UI. */
export const Portuguese: Story = { args: { lang: 'pt', page: 3 } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark', page: 4 }, parameters: { frame: { theme: 'dark' } } };

/** On a right-to-left page. */
export const RightToLeft: Story = { args: { page: 4 }, parameters: { frame: { dir: 'rtl' } } };

/** In a phone-sized column: buttons wrap. */
export const Phone: Story = {
  args: { page: 5 },
  parameters: { frame: { width: 320 } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** A partner's theme through tokens. */
export const PartnerTheme: Story = {
  args: { lang: 'fr', page: 2 },
  parameters: { frame: { theme: 'partner' } },
};
