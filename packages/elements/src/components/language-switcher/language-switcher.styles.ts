import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
`;
