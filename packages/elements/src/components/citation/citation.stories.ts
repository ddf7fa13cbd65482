import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { parseResources, type Resource, type ResourceInput } from '@asm-kit/schema';
import '../../define/asm-citation.js';

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
    type: 'guide',
    languages: ['en', 'fr', 'es', 'pt'],
    published: '2021-03-15',
    authors: [{ name: 'Jane Doe' }, { name: 'Kwame Mensah' }],
    organizations: [{ name: 'Example Programme', role: 'publisher' }],
    series: { name: 'Technical guides', number: '4' },
  },
  {
    id: 'formalization-report',
    url: 'https://example.org/formalization-report',
    title: { en: 'Formalizing artisanal gold mining: lessons from five countries' },
    type: 'report',
    languages: ['en'],
    published: '2019',
    organizations: [
      { name: 'Alliance for Responsible Mining', role: 'author' },
      { name: 'Alliance for Responsible Mining', role: 'publisher' },
    ],
    identifiers: { doi: '10.1234/arm.2019.5' },
    citation:
      'Alliance for Responsible Mining (2019). Formalizing artisanal gold mining. ARM Technical Series, Medellín.',
  },
];

const [handbook, report] = parseResources(inputs).resources as [Resource, Resource];

/** Data that used to break the layout or the reading order; each has a story below. */
const [unbroken, bidi] = parseResources([
  {
    id: 'unbroken-title',
    url: 'https://example.org/unbroken-title',
    title: `Archived at https://example.org/${'a1b2c3d4e5'.repeat(28)}`,
    type: 'report',
    published: '2024',
    authors: [{ name: 'Q'.repeat(200) }],
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

interface CitationArgs {
  resource: Resource;
  open: boolean;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<CitationArgs> = {
  title: 'Elements/Citation',
  component: 'asm-citation',
  args: { resource: handbook, open: false },
  argTypes: { resource: { control: 'object' } },
  render: (args) =>
    html`<asm-citation
      .resource=${args.resource}
      ?open=${args.open}
      lang=${args.lang ?? 'en'}
      theme=${args.theme ?? 'light'}
    ></asm-citation>`,
};
export default meta;

type Story = StoryObj<CitationArgs>;

/** The "Cite" button, closed (as on every card). */
export const Closed: Story = {};

/** The disclosure open: citation, Copy, BibTeX and RIS (the citation code is loaded when it opens). */
export const Open: Story = { args: { open: true } };

/** A corporate author, a DOI and the publisher's recommended citation shown beside the formatted one. */
export const RecommendedCitation: Story = { args: { open: true, resource: report } };

/** Open with a French UI: the French title version, « Consulté sur », French labels. */
export const French: Story = { args: { open: true, lang: 'fr' } };
/** Open with a Spanish UI. */
export const Spanish: Story = { args: { open: true, lang: 'es' } };
/** Open with a Portuguese UI. */
export const Portuguese: Story = { args: { open: true, lang: 'pt' } };

/** Dark theme, open. */
export const Dark: Story = { args: { open: true, theme: 'dark' }, parameters: { frame: { theme: 'dark' } } };

/** A 300-character URL as the title and a 200-character author name, in a phone-sized column: they wrap. */
export const LongUnbrokenTitle: Story = {
  args: { open: true, resource: unbroken },
  parameters: { frame: { width: 320 } },
};

/**
 * An author's name holding a right-to-left override: bidi controls are left out of the citation text, which is
 * copied as plain text, so the other names, the date and the title read in order.
 */
export const BidiAuthorName: Story = { args: { open: true, resource: bidi } };

/** A page whose `lang` is malformed (`fr_FR`): read as `fr-FR`, a French citation, nothing thrown. */
export const MalformedPageLanguage: Story = {
  args: { open: true, lang: '' },
  parameters: {
    frame: { lang: 'fr_FR' },
    // The page's own malformed lang is what this story shows; axe rightly flags it on the frame.
    a11y: { config: { rules: [{ id: 'valid-lang', enabled: false }] } },
  },
};
