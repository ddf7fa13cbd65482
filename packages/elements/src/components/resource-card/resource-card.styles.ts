import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  article {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    height: 100%;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    /* A long URL or name breaks anywhere rather than widen the card ('anywhere', unlike 'break-word', also
       lets the card's grid or flex parent shrink it). */
    overflow-wrap: anywhere;
  }
  p,
  ul {
    margin: 0;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='type'] {
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  [part~='access'] {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.5rem;
  }
  [part~='title'] {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
  }
  [part~='title-link'] {
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
  }
  .meta,
  [part~='note'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='summary'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--asm-card-summary-lines, 3);
    overflow: hidden;
  }
  :host([expanded]) [part~='summary'] {
    display: block;
    -webkit-line-clamp: none;
    line-clamp: none;
    overflow: visible;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    padding: 0;
    font-size: 0.8125em;
  }
  .tags li {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0 0.5rem;
  }
  [part~='summary-toggle'] {
    align-self: flex-start;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0 0.25rem;
    min-height: 1.5rem;
  }
  [part~='downloads'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    list-style: none;
    padding: 0;
  }
  [part~='download'] {
    /* Not a flex box: in one, the space after "Download" would be dropped between the two flex items. */
    display: inline-block;
    min-height: 1.5rem;
  }
  /* Downloads and the Cite button share the last row; an open citation takes a row of its own. */
  .end {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin-top: auto;
  }
  .end:empty {
    display: none;
  }
  asm-citation[open] {
    flex-basis: 100%;
  }
`;
