import { css } from 'lit';

/**
 * The open panel's styles: they come with the panel's code (cite-view.ts, a lazy chunk), which adopts them into
 * the element's shadow root the first time the panel opens.
 */
export const panelStyles = css`
  [part~='panel'] {
    margin-top: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 3px solid var(--_line);
    background: var(--_surface);
    border-radius: var(--_radius);
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
