import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .layout {
    container: asm-list / inline-size;
  }
  .cols {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 3);
    margin-top: calc(var(--_space) * 2);
  }
  @container asm-list (width >= 48rem) {
    .cols.with-filters {
      grid-template-columns: minmax(13rem, 17rem) minmax(0, 1fr);
    }
  }
  asm-filter-bar {
    /* Inside the list, the list's width decides whether the bar folds, not the sidebar's. */
    container: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: center;
    justify-content: space-between;
    min-height: 2.5rem;
    margin-bottom: var(--_space);
  }
  h2 {
    font-size: 1.25em;
    margin: 0;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: var(--_focus);
  }
  .idle {
    visibility: hidden;
  }
  /* "Download these results": the menu opens under the toolbar, aligned to its end, so it never leaves the list. */
  .toolbar {
    position: relative;
  }
  [part~='download-button'] {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part~='download-menu'] {
    position: absolute;
    inset-inline-end: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    max-width: 100%;
    padding: var(--_space);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .sort {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
  }
  .items {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  :host([layout='grid']) .items {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  }
  .body {
    /* Space reserved while loading so the page below does not jump when results arrive. */
    min-height: var(--asm-list-min-height, 30rem);
  }
  .skeleton {
    height: 9rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    margin-bottom: calc(var(--_space) * 1.5);
    animation: pulse 1.5s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  [part~='error'],
  [part~='empty'] {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='error'] p:first-child {
    color: var(--_danger);
    font-weight: 600;
  }
  [part~='error'] p,
  [part~='empty'] p {
    margin: 0 0 var(--_space);
  }
`;
