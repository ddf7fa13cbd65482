import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  input {
    width: 100%;
    min-height: 2.5rem;
  }
`;
