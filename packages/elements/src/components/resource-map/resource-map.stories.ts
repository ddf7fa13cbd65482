import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createIndex, createStore, type Query, type SearchSource, type Store } from '@asm-kit/query';
import { COUNTRY_CODES, parseResources, type ResourceInput } from '@asm-kit/schema';
import '../../define/asm-resource-map.js';

const AFRICA = ['GH', 'BF', 'ML', 'NE', 'GN', 'CI', 'SL', 'SN', 'TZ', 'KE'];
const TYPES = ['report', 'guide', 'toolkit', 'case-study', 'video'];

/** A generated catalogue: `count` resources spread over `countries`, the first countries getting the most. */
function catalogue(countries: readonly string[], count: number): ResourceInput[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `r-${i}`,
    title: { en: `Field note ${i + 1}` },
    type: TYPES[i % TYPES.length] ?? 'report',
    // Each country once, then a skewed spread (i² over the list), so the counts cover every colour class.
    countries: [countries[i < countries.length ? i : (i * i) % countries.length] ?? 'GH'],
    published: String(2005 + (i % 20)),
  }));
}

function store(resources: ResourceInput[], query: Partial<Query> = {}): Store {
  return createStore({ source: createIndex(parseResources(resources).resources), query });
}

/** A backend that never answers: the map keeps its loading state (reserved space). */
const pending: SearchSource = { search: () => new Promise(() => undefined) };

interface MapArgs {
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  width: string;
  dir: 'ltr' | 'rtl';
}

const meta: Meta<MapArgs> = {
  title: 'Elements/Resource map',
  component: 'asm-resource-map',
  args: { lang: 'en', theme: 'light', width: '100%', dir: 'ltr' },
  // Each story gets its own store, so stories on the docs page do not share state.
  loaders: [async () => ({ store: store(catalogue(AFRICA, 60)) })],
  render: (args, { loaded }) =>
    html`<div dir=${args.dir} lang=${args.lang}>
      <asm-resource-map
        .store=${loaded['store'] as Store}
        theme=${args.theme}
        style="display: block; max-width: ${args.width}"
      ></asm-resource-map>
    </div>`,
};
export default meta;

type Story = StoryObj<MapArgs>;

/** Ten West and East African countries, shaded by their number of resources. */
export const Default: Story = {};

/** Before the search answers: the map's space is reserved, nothing shifts when it arrives. */
export const Loading: Story = {
  loaders: [async () => ({ store: createStore({ source: pending }) })],
};

/** No result names a country. */
export const Empty: Story = {
  loaders: [async () => ({ store: store([{ id: 'a', title: 'A note', type: 'report' }]) })],
};

/** One country with results. */
export const OneCountry: Story = {
  loaders: [async () => ({ store: store(catalogue(['PE'], 5)) })],
};

/** Every country the schema knows, with results: all colour classes, every drawable country focusable. */
export const AllCountries: Story = {
  loaders: [async () => ({ store: store(catalogue(COUNTRY_CODES, 1200)) })],
};

/** A country filter is set: it is outlined, and pressed for assistive technology. */
export const SelectedCountry: Story = {
  loaders: [async () => ({ store: store(catalogue(AFRICA, 60), { filters: { country: ['GH'] } }) })],
};

/** Dark theme: colours mix the dark accent with the dark background. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #15181c; padding: 1rem">${story()}</div>`],
};

/** Right to left (Arabic page): the map stays geographic; the legend and buttons follow the direction. */
export const RightToLeft: Story = {
  args: { dir: 'rtl' },
};

/** French: country names, counts and controls in French. */
export const French: Story = {
  args: { lang: 'fr' },
};

/** A phone-sized container: the map zooms to the countries with results, with a button for the world. */
export const Narrow: Story = {
  args: { width: '360px' },
};
