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
/** Indonesian UI. */
export const Indonesian: Story = { args: { lang: 'id' } };

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

/** `years` resources, one per year from `first` (a year can be skipped with `gaps`), for the histogram stories. */
function yearly(first: number, years: number, gaps: readonly number[] = []): Resource[] {
  const inputs: ResourceInput[] = [];
  for (let i = 0; i < years; i++) {
    const year = first + i;
    if (gaps.includes(year)) continue;
    // Uneven heights: a few resources most years, many in some.
    for (let n = 0; n <= ((i * 7) % 5) + (i % 9 === 0 ? 6 : 0); n++)
      inputs.push({
        id: `y-${year}-${n}`,
        title: { en: `Resource of ${year} (${n + 1})` },
        type: TYPES[n % TYPES.length] ?? 'report',
        countries: [COUNTRIES[n % COUNTRIES.length] ?? 'GH'],
        published: String(year),
      });
  }
  return parseResources(inputs).resources;
}

/** Only the year group, to look at the histogram. */
const yearsOnly = { args: { facets: 'year', open: true } };

/** Year histogram over 77 years (1950–2026): the bars shrink to fit the column. */
export const HistogramManyYears: Story = {
  ...yearsOnly,
  loaders: [async () => ({ fresh: store(createIndex(yearly(1950, 77))) })],
};

/** A catalogue of one year: one bar. */
export const HistogramOneYear: Story = {
  ...yearsOnly,
  loaders: [async () => ({ fresh: store(createIndex(yearly(2024, 1))) })],
};

/** Years without resources keep their place, shown as an empty baseline. */
export const HistogramGaps: Story = {
  ...yearsOnly,
  loaders: [async () => ({ fresh: store(createIndex(yearly(2000, 20, [2003, 2004, 2005, 2011, 2017]))) })],
};

/** A range chosen (2008–2012): its bars highlighted, the from/to fields and the chip show it. */
export const HistogramRangeSelected: Story = {
  ...yearsOnly,
  loaders: [
    async () => ({ fresh: store(createIndex(yearly(2000, 20)), { years: { from: 2008, to: 2012 } }) }),
  ],
};

/** The histogram in the dark theme, with a range. */
export const HistogramDark: Story = {
  args: { ...yearsOnly.args, theme: 'dark' },
  parameters: { frame: { theme: 'dark' } },
  loaders: [
    async () => ({ fresh: store(createIndex(yearly(2000, 20)), { years: { from: 2008, to: 2012 } }) }),
  ],
};

/** On a right-to-left page: the earliest year on the right, and the arrow keys follow the screen. */
export const HistogramRightToLeft: Story = {
  ...yearsOnly,
  parameters: { frame: { dir: 'rtl' } },
  loaders: [
    async () => ({ fresh: store(createIndex(yearly(2000, 20)), { years: { from: 2008, to: 2012 } }) }),
  ],
};

/** French UI ("Ressources par année", "2010 : 3 ressources"). */
export const HistogramFrench: Story = {
  args: { ...yearsOnly.args, lang: 'fr' },
  loaders: [async () => ({ fresh: store(createIndex(yearly(2000, 20, [2004]))) })],
};

/** 77 years in a 320 px column: no sideways scroll. */
export const HistogramNarrow: Story = {
  ...yearsOnly,
  parameters: { frame: { width: 320 } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  loaders: [async () => ({ fresh: store(createIndex(yearly(1950, 77))) })],
};
