import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import manifest from '@asm-kit/elements/custom-elements.json';
import './preview.css';

// Autodocs read attributes, properties, events, slots, parts and CSS custom properties from the manifest
// generated from the components' JSDoc, so no table is written twice.
setCustomElementsManifest(manifest);

/**
 * The page a story sits in, set by a story through `parameters.frame`: the same element looks different on a
 * dark page, a right-to-left page, a phone-sized column or a partner's themed site, and designers sign off
 * each of those, so stories declare the page instead of repeating wrapper markup.
 */
export interface Frame {
  /** 'dark' puts the story on a dark page (`color-scheme: dark`); 'partner' applies a partner's tokens. */
  theme?: 'dark' | 'partner';
  /** Text direction of the page around the element. */
  dir?: 'ltr' | 'rtl';
  /** Language of the page around the element (the elements follow the nearest `lang`). */
  lang?: string;
  /** Width of the column the element sits in, in CSS pixels (the layout follows the container). */
  width?: number;
}

const withFrame: Decorator = (story, context) => {
  const frame = context.parameters['frame'] as Frame | undefined;
  if (!frame) return story();
  const classes = ['sb-frame', frame.theme ? `sb-${frame.theme}` : '', frame.width ? 'sb-narrow' : '']
    .filter(Boolean)
    .join(' ');
  return html`<div
    class=${classes}
    dir=${frame.dir ?? nothing}
    lang=${frame.lang ?? nothing}
    data-width=${frame.width ?? nothing}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withFrame],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    // axe runs on every story in the Accessibility panel.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
