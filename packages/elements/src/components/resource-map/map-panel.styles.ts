import { css } from 'lit';

/** The frame, messages and table (adopted when the panel's chunk loads; the map's own styles follow it). */
export const styles = css`
  [part~='base'] {
    background: var(--_bg);
  }
  .frame {
    position: relative;
    display: grid;
    place-items: center;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  [part~='status'] {
    margin: var(--_space);
    color: var(--_muted);
    text-align: center;
  }
  table {
    border-collapse: collapse;
    margin-top: var(--_space);
  }
  th,
  td {
    text-align: start;
    padding: 0.125rem 0.75rem 0.125rem 0;
  }
`;
