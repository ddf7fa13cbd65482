import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    /* A standalone bar folds when it is itself very narrow; inside a list, the list's width decides. */
    container: asm-filters / inline-size;
  }
  h2 {
    font-size: 1.0625em;
    margin: 0 0 var(--_space);
  }
  .toggle {
    display: none;
    min-height: 2.5rem;
    gap: 0.5rem;
    align-items: center;
  }
  .toggle[aria-expanded='true']::after {
    content: '▴';
  }
  .toggle[aria-expanded='false']::after {
    content: '▾';
  }
  /* Without fold-media the container width decides; with it, only the media query (the .folded class). */
  @container asm-list (width < 48rem) {
    :host(:not([fold-media])) .toggle {
      display: inline-flex;
    }
    :host(:not([fold-media])) .panel:not(.open) {
      display: none;
    }
  }
  @container asm-filters (width < 20rem) {
    :host(:not([fold-media])) .toggle {
      display: inline-flex;
    }
    :host(:not([fold-media])) .panel:not(.open) {
      display: none;
    }
  }
  .folded .toggle {
    display: inline-flex;
  }
  .folded .panel:not(.open) {
    display: none;
  }
  /* Outline of a group while results load: about the height of a legend and six values. */
  .skeleton {
    height: 12rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .skeleton.short {
    height: 4.5rem;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    padding-top: var(--_space);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  label.option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 1.75rem;
    cursor: pointer;
  }
  input[type='checkbox'] {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .label {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part~='count'] {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .more {
    margin-top: 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0 0.25rem;
    min-height: 1.5rem;
  }
  .find {
    width: 100%;
    margin-bottom: 0.25rem;
  }
  /* The year histogram's box (its bars load lazily, their styles with them). */
  .chart {
    height: 4.5rem;
  }
  .years {
    display: flex;
    gap: var(--_space);
  }
  .years label {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
  }
  .years input {
    width: 6.5rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    align-items: center;
    margin: var(--_space) 0 0;
  }
  [part~='chip'] {
    background: var(--_surface);
    border-radius: 999px;
    min-height: 1.75rem;
    /* A long organization name wraps inside the chip instead of widening the bar. */
    overflow-wrap: anywhere;
  }
  .none {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
