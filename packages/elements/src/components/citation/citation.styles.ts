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
  [part~='panel'][hidden] {
    display: none;
  }
`;
