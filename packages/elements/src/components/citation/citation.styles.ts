import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [part~='button'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 1.5rem;
    padding: 0 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  [part~='button']::after {
    content: '▾';
  }
  :host([open]) [part~='button']::after {
    content: '▴';
  }
  [part~='panel'] {
    margin-top: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 3px solid var(--_line);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  [part~='panel'][hidden] {
    display: none;
  }
  p {
    margin: 0 0 var(--_space);
    overflow-wrap: anywhere;
  }
  .recommended span {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  [part~='download'] {
    display: inline-block;
    min-height: 1.5rem;
  }
  .status {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .status:empty {
    margin: 0;
  }
`;
