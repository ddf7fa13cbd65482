import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    color: var(--_muted);
  }
  [part='base'] {
    min-height: 1.5em;
    margin: 0;
  }
`;
