import { css } from 'lit';

/**
 * Shared base of every element. Global `--asm-*` custom properties inherit into shadow roots, so one CSS block
 * on the page themes everything; each has a default for light and dark (`light-dark()` follows the
 * `color-scheme` the host page declares, or the `theme` attribute / `--asm-color-scheme` token).
 * The documented list is src/styles/tokens.css.
 */
export const base = css`
  :host {
    color-scheme: var(--asm-color-scheme);
    --_text: var(--asm-color-text, light-dark(#1c2024, #e8eaed));
    --_muted: var(--asm-color-text-muted, light-dark(#545c66, #aab2bd));
    --_bg: var(--asm-color-background, light-dark(#ffffff, #15181c));
    --_surface: var(--asm-color-surface, light-dark(#f5f6f8, #1f2329));
    --_border: var(--asm-color-border, light-dark(#767e89, #7d8590));
    --_line: var(--asm-color-divider, light-dark(#d9dde2, #394049));
    --_accent: var(--asm-color-accent, light-dark(#0b5f8a, #7cc4ec));
    --_on-accent: var(--asm-color-on-accent, light-dark(#ffffff, #0c1014));
    --_mark: var(--asm-color-highlight, light-dark(#fff1a8, #5a4a00));
    --_danger: var(--asm-color-danger, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--asm-radius, 0.375rem);
    --_space: var(--asm-space, 0.5rem);
    --_focus: var(--asm-focus-ring, 2px solid var(--_accent));
    color: var(--_text);
    font-family: var(--asm-font, inherit);
    line-height: 1.5;
    box-sizing: border-box;
  }
  :host([theme='light']) {
    --asm-color-scheme: light;
  }
  :host([theme='dark']) {
    --asm-color-scheme: dark;
  }
  :host([theme='auto']) {
    --asm-color-scheme: light dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button,
  select,
  input:not([type='checkbox']) {
    min-height: 2rem;
    border-radius: var(--_radius);
  }
  button {
    min-width: 1.5rem;
    cursor: pointer;
    border: 1px solid var(--_border);
    background: var(--_bg);
    padding: 0.125rem 0.75rem;
  }
  input:not([type='checkbox']),
  select {
    border: 1px solid var(--_border);
    background: var(--_bg);
    padding: 0.25rem 0.5rem;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  .vh {
    /* Pinned to the start of its containing block: at its static place it would stick out 1px past the end edge
       in RTL, enough to scroll a phone page sideways. */
    position: absolute;
    left: 0;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
