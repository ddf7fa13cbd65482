import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
    align-items: center;
  }
  button {
    min-width: 2.5rem;
    min-height: 2.5rem;
  }
  button[aria-current='page'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
    font-weight: 700;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .gap {
    padding: 0 0.25rem;
    color: var(--_muted);
  }
`;
