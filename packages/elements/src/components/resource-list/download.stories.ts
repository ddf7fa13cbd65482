import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { SearchSource } from '@asm-kit/query';
import type { ResourceInput } from '@asm-kit/schema';
import '../../define/all.js';

/** The project's demo catalogue (42 real resources), served by Storybook as a static file. */
const DEMO = 'fixtures/demo-catalogue.json';

interface DownloadArgs {
  src?: string;
  lang?: string;
  pageSize?: number;
  theme?: 'light' | 'dark' | 'auto';
  type?: string;
  noDownload?: boolean;
  /** Opens the "Download these results" menu once the results are in. */
  open?: boolean;
}

/** A backend that never answers: the list stays in its loading state. */
const pending: SearchSource = { search: () => new Promise(() => undefined) };

const ONE: ResourceInput[] = [
  {
    id: 'mercury-handbook',
    title: { en: 'Mercury-free gold processing handbook', fr: 'Manuel de traitement de l’or sans mercure' },
    type: 'guide',
    languages: ['en', 'fr'],
    published: '2021',
    organizations: [{ name: 'Example Programme', role: 'publisher' }],
  },
];

/** Opens the menu of the first list in the story once its results (and so the control) are shown. */
async function openMenu(canvasElement: HTMLElement): Promise<void> {
  const list = canvasElement.querySelector('asm-resource-list');
  for (let i = 0; i < 100; i++) {
    const details = list?.shadowRoot?.querySelector<HTMLDetailsElement>('details[part~="download"]');
    if (details && !details.classList.contains('idle')) {
      details.open = true;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const meta: Meta<DownloadArgs> = {
  title: 'Elements/Resource list/Download',
  component: 'asm-resource-list',
  args: { src: DEMO, pageSize: 5, open: false },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'fr', 'es', 'pt'] },
  },
  render: (args) =>
    html`<asm-resource-list
      src=${args.src ?? nothing}
      lang=${args.lang ?? nothing}
      page-size=${args.pageSize ?? nothing}
      theme=${args.theme ?? nothing}
      type=${args.type ?? nothing}
      ?no-download=${args.noDownload}
    ></asm-resource-list>`,
  play: async ({ args, canvasElement }) => {
    if (args.open) await openMenu(canvasElement);
  },
  parameters: {
    docs: {
      description: {
        component:
          '"Download these results" in the toolbar of `<asm-resource-list>`: every filtered result (all pages, locked filters applied) as RIS, BibTeX, CSL-JSON or CSV. `no-download` removes it.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<DownloadArgs>;

/** The control closed, beside the sort select. */
export const Default: Story = {};

/** The menu open: one button per format; the file is made (and announced) when one is pressed. */
export const MenuOpen: Story = { args: { open: true } };

/** With a locked type (guides only): the file holds the filtered results of every page. */
export const LockedFilter: Story = { args: { open: true, type: 'guide' } };

/** One result. */
export const OneResult: Story = {
  args: { src: undefined, open: true },
  render: () => html`<asm-resource-list .resources=${ONE}></asm-resource-list>`,
};

/** No results: the control is laid out but hidden (nothing to download), so the toolbar does not move. */
export const NoResults: Story = {
  args: { src: undefined },
  render: () => html`<asm-resource-list .resources=${[]}></asm-resource-list>`,
};

/** While the catalogue loads: hidden too. */
export const Loading: Story = {
  args: { src: undefined },
  render: () => html`<asm-resource-list .source=${pending}></asm-resource-list>`,
};

/** `no-download`: no control at all. */
export const Hidden: Story = { args: { noDownload: true } };

/** French UI. */
export const French: Story = { args: { open: true, lang: 'fr' } };

/** Dark theme, menu open. */
export const Dark: Story = { args: { open: true, theme: 'dark' }, parameters: { frame: { theme: 'dark' } } };

/** Right to left: the menu opens aligned to the toolbar's end, on the left. */
export const RightToLeft: Story = { args: { open: true }, parameters: { frame: { dir: 'rtl' } } };

/** A phone: the control wraps under the heading and its menu stays inside the list (no sideways scroll). */
export const Phone: Story = {
  args: { open: true },
  parameters: { frame: { width: 360 } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};
