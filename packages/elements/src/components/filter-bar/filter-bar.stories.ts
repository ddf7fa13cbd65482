import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createIndex, createStore, type Query, type SearchSource, type Store } from '@asm-kit/query';
import { parseResources, type Resource, type ResourceInput } from '@asm-kit/schema';
import '../../define/asm-filter-bar.js';

const COUNTRIES = ['GH', 'BF', 'CO', 'PE', 'ID', 'PH', 'KE', 'MN', 'TZ', 'SN', 'ML', 'NE', 'GN', 'CI', 'SL'];
const TYPES = ['report', 'guide', 'toolkit', 'case-study', 'video', 'policy-brief', 'dataset', 'webinar'];
const AREAS = ['mercury-reduction', 'formalization', 'gender', 'access-to-finance', 'health', 'environment'];
const ORGS = ['planetGOLD', 'UNEP', 'UNIDO', 'Alliance for Responsible Mining', 'Pact', 'Levin Sources'];

/** `count` resources; `spread` multiplies the distinct countries and organizations (many facet values). */
function resources(count: number, spread = 1): Resource[] {
  const inputs: ResourceInput[] = Array.from({ length: count }, (_, i) => ({
    id: `r-${i}`,
    title: { en: `Resource ${i + 1}` },
    type: TYPES[i % TYPES.length] ?? 'report',
    knowledgeAreas: [AREAS[i % AREAS.length] ?? 'gender'],
    languages: [['en', 'fr', 'es', 'pt'][i % 4] ?? 'en'],
    countries: [COUNTRIES[i % COUNTRIES.length] ?? 'GH'],
    organizations: [
      {
        name: `${ORGS[i % ORGS.length] ?? 'UNEP'}${spread > 1 ? ` office ${i % (8 * spread)}` : ''}`,
        role: 'publisher',
      },
    ],
    published: String(2005 + (i % 20)),
    access: (['open', 'registration', 'paywalled'] as const)[i % 3],
  }));
  return parseResources(inputs).resources;
}

function store(source: SearchSource | undefined, query: Partial<Query> = {}): Store {
  return createStore({ source, query });
}

interface BarArgs {
  store: Store;
  facets?: string;
  open: boolean;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<BarArgs> = {
  title: 'Elements/Filter bar',
  component: 'asm-filter-bar',
  args: { open: false },
  argTypes: { store: { control: false } },
  // Each story gets its own store (created in `loaders`), so stories on the docs page do not share state.
  loaders: [async () => ({ fresh: store(createIndex(resources(60))) })],
  render: (args, { loaded }) =>
    html`<asm-filter-bar
      .store=${args.store ?? (loaded['fresh'] as Store)}
      facets=${args.facets ?? 'type area country language organization access year'}
      ?open=${args.open}
      lang=${args.lang ?? 'en'}
      theme=${args.theme ?? 'light'}
    ></asm-filter-bar>`,
};
export default meta;

type Story = StoryObj<BarArgs>;

/** Every facet with live counts, a year range and "Show more" in long groups. */
export const Default: Story = {};

/** Values ticked: active-filter chips (remove buttons) and "Clear all filters". */
export const ActiveFilters: Story = {
  loaders: [
    async () => ({
      fresh: store(createIndex(resources(60)), {
        filters: { type: ['report', 'guide'], country: ['BF'] },
        years: { from: 2010, to: 2020 },
      }),
    }),
  ],
};

/** 400 resources with 15 countries and 48 organizations: searchable groups, "Show more". */
export const ManyFacetValues: Story = {
  loaders: [async () => ({ fresh: store(createIndex(resources(400, 6))) })],
};

/** Only some facets, in the page's order. */
export const ChosenFacets: Story = { args: { facets: 'country type' } };

/** Before results exist the bar renders nothing (the list reserves the space). */
export const Loading: Story = {
  loaders: [async () => ({ fresh: store(undefined) })],
};

/** A selection that matches nothing: selected values stay listed at zero so they can be removed. */
export const Empty: Story = {
  loaders: [
    async () => ({
      fresh: store(createIndex(resources(60)), { filters: { country: ['BF'], type: ['webinar'] } }),
    }),
  ],
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
export const RightToLeft: Story = { parameters: { frame: { dir: 'rtl' } } };

/** Very narrow: folded behind the "Filters" disclosure button. */
export const Phone: Story = {
  parameters: { frame: { width: 320 } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** Narrow and opened. */
export const PhoneOpen: Story = {
  args: { open: true },
  parameters: { frame: { width: 320 } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** A partner's theme through tokens. */
export const PartnerTheme: Story = { args: { lang: 'fr' }, parameters: { frame: { theme: 'partner' } } };
