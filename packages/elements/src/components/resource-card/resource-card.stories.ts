import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { EMPTY_QUERY, createIndex, type Hit } from '@asm-kit/query';
import { parseResources, type Resource, type ResourceInput } from '@asm-kit/schema';
import '../../define/asm-resource-card.js';
import { linkTable } from './link-table.js';
import { lookupOf } from './related.js';
import type { ResourceLookup } from './resource-lookup.js';

const inputs: ResourceInput[] = [
  {
    id: 'mercury-free-handbook',
    url: 'https://example.org/mercury-free-handbook',
    title: {
      en: 'Mercury-free gold processing: a handbook for processing centres',
      fr: 'Traitement de l’or sans mercure : manuel pour les centres de traitement',
      es: 'Procesamiento de oro sin mercurio: manual para plantas de beneficio',
      pt: 'Processamento de ouro sem mercúrio: manual para centros de beneficiamento',
    },
    summary: {
      en: 'A practical handbook for miners and extension officers on gravity concentration, direct smelting and the safe handling of concentrates, with worked examples from Ghana and Burkina Faso and a checklist for moving away from whole-ore amalgamation in small processing centres.',
      fr: 'Un manuel pratique pour les mineurs et les agents de vulgarisation sur la concentration gravimétrique, la fusion directe et la manipulation sûre des concentrés, avec des exemples du Ghana et du Burkina Faso et une liste de contrôle pour abandonner l’amalgamation du minerai entier.',
      es: 'Un manual práctico para mineros y extensionistas sobre concentración gravimétrica, fundición directa y manejo seguro de concentrados, con ejemplos de Ghana y Burkina Faso y una lista de verificación para abandonar la amalgamación de mineral entero.',
      pt: 'Um manual prático para mineradores e extensionistas sobre concentração gravítica, fundição direta e manuseio seguro de concentrados, com exemplos de Gana e Burkina Faso e uma lista de verificação para abandonar a amalgamação do minério bruto.',
    },
    type: 'guide',
    knowledgeAreas: ['mercury-free-technology', 'mercury-reduction'],
    languages: ['en', 'fr', 'es', 'pt'],
    countries: ['GH', 'BF'],
    published: '2021-03-15',
    credit: 'Jane Doe - for the Example Programme',
    access: 'open',
    files: [
      {
        url: 'https://example.org/handbook-en.pdf',
        language: 'en',
        format: 'pdf',
        size: 2_400_000,
        pages: 64,
      },
      {
        url: 'https://example.org/handbook-fr.pdf',
        language: 'fr',
        format: 'pdf',
        size: 2_600_000,
        pages: 68,
      },
    ],
    organizations: [{ name: 'Example Programme', role: 'publisher' }],
  },
  {
    id: 'formalizacion',
    url: 'https://example.org/formalizacion',
    title: { es: 'Guía de formalización de la minería artesanal' },
    summary: {
      es: 'Pasos para la formalización de la minería artesanal y de pequeña escala en Colombia y Perú.',
    },
    type: 'report',
    knowledgeAreas: ['formalization'],
    languages: ['es'],
    countries: ['CO', 'PE'],
    published: '2019',
    authors: [{ name: 'Ana Pérez' }, { name: 'Luis Gómez' }],
    access: 'registration',
  },
  {
    id: 'long-everything',
    url: 'https://example.org/long-everything',
    title: {
      en: 'Comprehensive Assessment of the Socio-Economic, Environmental and Occupational Health Impacts of Mercury Use in Artisanal and Small-Scale Gold Mining Communities across the Sahel, with Recommendations for National Action Plans under Article 7 of the Minamata Convention',
    },
    summary: {
      en: 'Baseline estimates, processing practices, emissions, health surveillance and financing.',
    },
    type: 'report',
    knowledgeAreas: [
      'mercury-reduction',
      'occupational-health-safety',
      'policy-governance',
      'gender',
      'health',
    ],
    countries: ['BF', 'ML', 'NE', 'SN', 'GN', 'CI', 'GH', 'TD', 'MR', 'LR', 'SL', 'TG', 'BJ'],
    credit:
      'Shawn Blore, María José Fernández-Villanueva, Oluwaseun Adebayo-Okonkwo and the Regional Working Group on Mercury-Free Processing - for the planetGOLD Programme, with the Ministry of Mines and Quarries',
    published: '2024-02-29',
    access: 'paywalled',
  },
  // Partial data: only what the schema requires.
  { id: 'bare-minimum', title: 'A resource with only a title and a type', type: 'dataset' },
];

const [handbook, spanish, long, bare] = parseResources(inputs).resources as [
  Resource,
  Resource,
  Resource,
  Resource,
];

/** Data that used to break the layout or the reading order; each has a story below. */
const [unbroken, bidi] = parseResources([
  {
    id: 'unbroken-title',
    url: 'https://example.org/unbroken-title',
    title: `Archived at https://example.org/${'a1b2c3d4e5'.repeat(28)}`,
    summary: { en: `Mirror: https://doi.org/10.1234/${'x9y8z7'.repeat(30)}` },
    type: 'report',
    published: '2024',
    authors: [{ name: 'Q'.repeat(200) }, { name: 'Ana Pérez' }],
  },
  {
    id: 'bidi-author',
    url: 'https://example.org/bidi-author',
    title: 'Gravity concentration field guide',
    type: 'guide',
    published: '2021-03-15',
    // The second name opens a right-to-left override (U+202E) and never closes it.
    authors: [{ name: 'Ana Pérez' }, { name: '\u202EevilName' }, { name: 'Luis Gómez' }],
  },
]).resources as [Resource, Resource];

/** A real search hit, so the highlighted ranges come from the engine. */
function hitFor(text: string): Hit | undefined {
  return createIndex([handbook]).searchSync({ ...EMPTY_QUERY, text }).hits[0];
}

interface CardArgs {
  resource: Resource;
  hit?: Hit;
  lookup?: ResourceLookup;
  headingLevel: number;
  expanded: boolean;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<CardArgs> = {
  title: 'Elements/Resource card',
  component: 'asm-resource-card',
  args: { resource: handbook, headingLevel: 3, expanded: false },
  argTypes: { resource: { control: 'object' }, hit: { control: false }, lookup: { control: false } },
  render: (args) =>
    html`<asm-resource-card
      .resource=${args.resource}
      .hit=${args.hit}
      .lookup=${args.lookup}
      heading-level=${args.headingLevel}
      ?expanded=${args.expanded}
      lang=${args.lang ?? 'en'}
      theme=${args.theme ?? 'light'}
    ></asm-resource-card>`,
};
export default meta;

type Story = StoryObj<CardArgs>;

/** A complete record: type, access, credit, date, summary, topics, countries and two downloads. */
export const Default: Story = {};

/** The summary unfolded. */
export const Expanded: Story = { args: { expanded: true } };

/** Matches of a search ("mercury smelting") highlighted in the title and summary. */
export const SearchHighlights: Story = { args: { hit: hitFor('mercury smelting') } };

/** A Spanish-only record seen with an English UI: shown in Spanish with an "Available in" note. */
export const OtherContentLanguage: Story = { args: { resource: spanish } };

/** A very long title, credit line and lists of topics and countries. */
export const LongTitleAndCredit: Story = { args: { resource: long } };

/** Partial data: a record with only an id, a title and a type (no link, date, summary or files). */
export const PartialData: Story = { args: { resource: bare } };

/** UI and content in French: type, dates, countries and languages through `Intl`. */
export const French: Story = { args: { lang: 'fr' } };
/** UI and content in Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };
/** UI and content in Portuguese. */
export const Portuguese: Story = { args: { lang: 'pt' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { frame: { theme: 'dark' } } };

/** On a right-to-left page. */
export const RightToLeft: Story = { parameters: { frame: { dir: 'rtl' } } };

/**
 * A 300-character URL in the title and a 200-character author name, at phone width: they wrap, the card does not
 * widen. (A title of more than 5,000 characters is shown cut, with an ellipsis.)
 */
export const LongUnbrokenTitle: Story = {
  args: { resource: unbroken },
  parameters: { frame: { width: 320 } },
};

/**
 * An author's name holding a right-to-left override: it stays inside that name, the other names and the date
 * read in order.
 */
export const BidiAuthorName: Story = { args: { resource: bidi } };

/**
 * A page whose `lang` is malformed (`fr_FR`, as servers write POSIX locales): read as `fr-FR`, French UI and
 * dates, nothing thrown.
 */
export const MalformedPageLanguage: Story = {
  args: { lang: '' },
  parameters: {
    frame: { lang: 'fr_FR' },
    // The page's own malformed lang is what this story shows; axe rightly flags it on the frame.
    a11y: { config: { rules: [{ id: 'valid-lang', enabled: false }] } },
  },
};

/** In a phone-sized column. */
export const Phone: Story = {
  args: { resource: long },
  parameters: { frame: { width: 320 } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** A partner's theme through tokens. */
export const PartnerTheme: Story = { args: { lang: 'fr' }, parameters: { frame: { theme: 'partner' } } };

/** A guide, its earlier edition, and related records, linked by id as a catalogue links them. */
const [newer, older] = parseResources([
  {
    id: 'retort-guide-2024',
    url: 'https://example.org/retort-guide-2024',
    title: { en: 'Retort guide, second edition', fr: 'Guide des cornues, deuxième édition' },
    type: 'guide',
    published: '2024',
    supersedes: ['retort-guide-2016'],
    related: ['mercury-free-handbook', 'formalizacion', 'not-in-this-catalogue'],
  },
  {
    id: 'retort-guide-2016',
    url: 'https://example.org/retort-guide-2016',
    title: { en: 'Retort guide', fr: 'Guide des cornues' },
    type: 'guide',
    published: '2016',
    related: ['mercury-free-handbook'],
  },
]).resources as [Resource, Resource];
const lookup: ResourceLookup = lookupOf(linkTable([newer, older, handbook, spanish])!);

/** Links to related resources and to the edition it replaces, by title (an unknown id is left out). */
export const RelatedAndReplaces: Story = { args: { resource: newer, lookup } };

/** A replaced edition: "A newer version exists" links the newer one. */
export const Superseded: Story = { args: { resource: older, lookup } };

/** The links in French: titles in the UI language where the records have them. */
export const RelatedFrench: Story = { args: { resource: older, lookup, lang: 'fr' } };

/** The links in the dark theme. */
export const RelatedDark: Story = {
  args: { resource: newer, lookup, theme: 'dark' },
  parameters: { frame: { theme: 'dark' } },
};

/** The links on a right-to-left page. */
export const RelatedRightToLeft: Story = {
  args: { resource: older, lookup },
  parameters: { frame: { dir: 'rtl' } },
};
