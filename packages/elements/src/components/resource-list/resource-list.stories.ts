import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { SearchSource } from '@asm-kit/query';
import { UI_LANGUAGES, type CatalogueInput, type ResourceInput } from '@asm-kit/schema';
import '../../define/all.js';

/** The project's demo catalogue (42 real resources), served by Storybook as a static file. */
const DEMO = 'fixtures/demo-catalogue.json';

interface ListArgs {
  src?: string;
  lang?: string;
  pageSize?: number;
  layout?: 'list' | 'grid';
  theme?: 'light' | 'dark' | 'auto';
  country?: string;
  hideFilters?: boolean;
}

/** A backend that never answers: the list stays in its loading state. */
const pending: SearchSource = { search: () => new Promise(() => undefined) };

const COUNTRIES = ['GH', 'BF', 'CO', 'PE', 'ID', 'PH', 'KE', 'MN', 'TZ', 'SN', 'ML', 'NE', 'GN', 'CI', 'SL'];
const MORE_COUNTRIES = [
  'LR',
  'CM',
  'CD',
  'CF',
  'UG',
  'ZW',
  'ZM',
  'MZ',
  'MG',
  'EC',
  'BO',
  'GY',
  'SR',
  'BR',
  'VE',
];
const ORGS = [
  'planetGOLD',
  'UNEP',
  'UNIDO',
  'Alliance for Responsible Mining',
  'Pact',
  'IMPACT',
  'Levin Sources',
];
const TYPES = ['report', 'guide', 'toolkit', 'case-study', 'video', 'policy-brief', 'dataset', 'webinar'];
const AREAS = ['mercury-reduction', 'formalization', 'gender', 'access-to-finance', 'health', 'environment'];

/** Many resources over many countries, organizations and years: every facet has long value lists. */
function manyResources(count: number): ResourceInput[] {
  const countries = [...COUNTRIES, ...MORE_COUNTRIES];
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic-${i}`,
    url: `https://example.org/library/${i}`,
    title: { en: `Field note ${i + 1} on artisanal gold mining` },
    summary: {
      en: `Observations from site visit ${i + 1}: processing, safety and the path to formalization.`,
    },
    type: TYPES[i % TYPES.length] ?? 'report',
    knowledgeAreas: [AREAS[i % AREAS.length] ?? 'gender'],
    languages: [['en', 'fr', 'es', 'pt'][i % 4] ?? 'en'],
    countries: [countries[i % countries.length] ?? 'GH', countries[(i * 7) % countries.length] ?? 'BF'],
    organizations: [
      {
        name: `${ORGS[i % ORGS.length] ?? 'UNEP'}${i % 3 ? '' : ` ${countries[i % 30]}`}`,
        role: 'publisher',
      },
    ],
    published: String(2000 + (i % 25)),
    access: (['open', 'registration', 'paywalled'] as const)[i % 3],
  }));
}

const LONG_CREDIT =
  'Shawn Blore, María José Fernández-Villanueva, Oluwaseun Adebayo-Okonkwo and the Regional Working Group on Mercury-Free Processing - for the planetGOLD Programme, with the Ministry of Mines and Quarries';

/** Titles and credit lines longer than any layout expects, in several scripts and languages. */
const longResources: ResourceInput[] = [
  {
    id: 'long-title-en',
    url: 'https://example.org/long-title-en',
    title: {
      en: 'Comprehensive Assessment of the Socio-Economic, Environmental and Occupational Health Impacts of Mercury Use in Artisanal and Small-Scale Gold Mining Communities across the Sahel, with Recommendations for National Action Plans under Article 7 of the Minamata Convention',
    },
    summary: {
      en: 'A very long summary that keeps going to show how the card clamps its text after a few lines and offers a Show more button. It covers baseline estimates, processing practices, emissions and releases, health surveillance, financing mechanisms, gender dimensions, formalization pathways, market access and the monitoring indicators a national action plan needs to report progress.',
    },
    type: 'report',
    knowledgeAreas: ['mercury-reduction', 'occupational-health-safety', 'policy-governance', 'gender'],
    countries: ['BF', 'ML', 'NE', 'SN', 'GN', 'CI', 'GH', 'TD', 'MR'],
    credit: LONG_CREDIT,
    published: '2024-02-29',
    access: 'open',
  },
  {
    id: 'unbreakable-word',
    title: {
      en: 'Pneumonoultramicroscopicsilicovolcanoconiosis-and-other-respiratory-hazards-in-underground-artisanal-mining',
    },
    type: 'guide',
    authors: [{ name: 'Wolfeschlegelsteinhausenbergerdorff Hubert Blaine' }],
    published: '2019-07',
  },
  {
    id: 'long-title-pt',
    title: {
      pt: 'Manual prático de boas práticas ambientais, sociais e de segurança para cooperativas de garimpeiros na Amazônia Legal, incluindo recuperação de áreas degradadas',
    },
    type: 'toolkit',
    countries: ['BR'],
    credit: LONG_CREDIT,
    published: '2022',
  },
];

/** A catalogue where some records are invalid: the valid ones are shown, the others left out. */
const partialCatalogue = {
  schemaVersion: '1.0',
  name: 'Partly broken catalogue',
  defaultLanguage: 'en',
  resources: [
    ...manyResources(6),
    { id: 'Bad Id!', url: 'javascript:alert(1)', title: 'Broken link', type: 'report' },
    { id: 'no-title', type: 'report' },
    { id: 'unknown-type', title: 'Unknown type', type: 'podcast-episode', countries: ['XX'] },
  ],
} as unknown as CatalogueInput;

const meta: Meta<ListArgs> = {
  title: 'Elements/Resource list',
  component: 'asm-resource-list',
  args: { src: DEMO, pageSize: 5, layout: 'list' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, ...UI_LANGUAGES] },
  },
  render: (args) =>
    html`<asm-resource-list
      src=${args.src ?? nothing}
      lang=${args.lang ?? nothing}
      page-size=${args.pageSize ?? nothing}
      layout=${args.layout ?? nothing}
      theme=${args.theme ?? nothing}
      country=${args.country ?? nothing}
      ?hide-filters=${args.hideFilters}
    ></asm-resource-list>`,
};
export default meta;

type Story = StoryObj<ListArgs>;

/** The demo catalogue loaded from `src`, five results per page. */
export const Default: Story = {};

/** A grid of cards instead of a list. */
export const Grid: Story = { args: { layout: 'grid', pageSize: 6 } };

/** Filters locked by the embedding page (here Burkina Faso): applied, never shown as a choice. */
export const LockedCountry: Story = { args: { country: 'BF' } };

/** Without the filter bar: search, results and paging only. */
export const WithoutFilters: Story = { args: { hideFilters: true } };

/** While the catalogue loads: space is reserved so nothing shifts when results arrive. */
export const Loading: Story = {
  args: { src: undefined },
  render: () => html`<asm-resource-list .source=${pending}></asm-resource-list>`,
};

/** A catalogue with no resources: the no-results message and its reset button. */
export const Empty: Story = {
  args: { src: undefined },
  render: () => html`<asm-resource-list .resources=${[]}></asm-resource-list>`,
};

/**
 * The catalogue URL does not give a catalogue (a 404, or a host answering with its HTML page): the error
 * message and "Try again".
 */
export const LoadError: Story = { args: { src: 'fixtures/missing-catalogue.json' } };

/** The feed answers JSON that is not a catalogue (`[]`, `42`, `null`): an error with "Try again", not an empty library. */
export const NotACatalogue: Story = {
  args: { src: undefined },
  render: () =>
    html`<asm-resource-list
      src=${URL.createObjectURL(new Blob(['[]'], { type: 'application/json' }))}
    ></asm-resource-list>`,
};

/** The feed does not answer within `timeout` seconds (15 by default; here a thousandth of a second). */
export const TimedOut: Story = {
  args: { src: undefined },
  render: () =>
    html`<asm-resource-list src=${`${DEMO}?story=timed-out`} timeout="0.001"></asm-resource-list>`,
};

/** Nothing to load yet (`src=""`, or a `catalogue` a script has not set): an idle region, not "Loading" for ever. */
export const NothingToLoad: Story = {
  args: { src: undefined },
  render: () => html`<asm-resource-list src=""></asm-resource-list>`,
};

/** Some records are invalid (bad id, javascript: link, no title, unknown type): the valid ones are shown. */
export const PartialData: Story = {
  args: { src: undefined },
  render: () => html`<asm-resource-list .catalogue=${partialCatalogue} page-size="5"></asm-resource-list>`,
};

/** Titles and credit lines far longer than usual, including a single unbreakable word. */
export const LongTitlesAndCredits: Story = {
  args: { src: undefined },
  render: () => html`<asm-resource-list .resources=${longResources}></asm-resource-list>`,
};

/** 240 resources over 30 countries, dozens of organizations and 25 years: long facet lists with search. */
export const ManyFacetValues: Story = {
  args: { src: undefined },
  render: () => html`<asm-resource-list .resources=${manyResources(240)} page-size="10"></asm-resource-list>`,
};

/** UI in English. */
export const English: Story = { args: { lang: 'en' } };
/** UI in French: strings, dates, numbers and country names. */
export const French: Story = { args: { lang: 'fr' } };
/** UI in Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };
/** UI in Portuguese. */
export const Portuguese: Story = { args: { lang: 'pt' } };
/** UI in Indonesian: strings, vocabulary labels, dates and numbers ('1.234'), country names. */
export const Indonesian: Story = { args: { lang: 'id' } };

/** On a dark page: the elements follow the page's `color-scheme`. */
export const DarkPage: Story = { parameters: { frame: { theme: 'dark' } } };

/** Forced dark with the `theme` attribute, whatever the page. */
export const DarkTheme: Story = { args: { theme: 'dark' }, parameters: { frame: { theme: 'dark' } } };

/** On a right-to-left page: layout mirrors, text keeps its own direction. */
export const RightToLeft: Story = { parameters: { frame: { dir: 'rtl' } } };

/** A phone-sized column: filters fold behind a "Filters" button, cards stack. */
export const Phone: Story = {
  parameters: { frame: { width: 360 } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** A partner's look through `--asm-*` tokens only (colours, font, radius, spacing, focus ring). */
export const PartnerTheme: Story = { args: { lang: 'fr' }, parameters: { frame: { theme: 'partner' } } };
