import { css } from 'lit';

/**
 * The map's drawing, adopted into the element's shadow root when its chunk loads. Colour classes c1 (fewest
 * results) to c5 (most) mix the accent colour with the background, so they follow the theme and dark mode; c0 is
 * a country without results.
 */
export const styles = css`
  svg {
    display: block;
    width: 100%;
    height: 100%;
  }
  path,
  circle {
    vector-effect: non-scaling-stroke;
    stroke: var(--_line);
    stroke-width: 0.5;
  }
  .c0 {
    fill: var(--_surface);
  }
  .c1 {
    fill: color-mix(in srgb, var(--_accent) 22%, var(--_bg));
  }
  .c2 {
    fill: color-mix(in srgb, var(--_accent) 40%, var(--_bg));
  }
  .c3 {
    fill: color-mix(in srgb, var(--_accent) 58%, var(--_bg));
  }
  .c4 {
    fill: color-mix(in srgb, var(--_accent) 78%, var(--_bg));
  }
  .c5 {
    fill: var(--_accent);
  }
  [part~='country'] {
    cursor: pointer;
  }
  [part~='country']:focus {
    outline: none;
  }
  .overlay {
    fill: none;
    pointer-events: none;
  }
  .overlay path,
  .overlay circle {
    fill: none;
  }
  .overlay .sel {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .overlay .halo {
    stroke: var(--_bg);
    stroke-width: 7;
  }
  .overlay .ring {
    stroke: var(--_accent);
    stroke-width: 3.5;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    padding-top: 0.25rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .legend svg {
    width: 1rem;
    height: 1rem;
  }
  .legend rect {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .legend .sel {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  .detail {
    margin: 0;
    flex: 1 1 10rem;
    min-height: 1.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='zoom'] {
    margin-inline-start: auto;
  }
  @media (forced-colors: active) {
    .overlay .ring {
      stroke: Highlight;
    }
    .overlay .sel,
    .legend .sel {
      stroke: CanvasText;
    }
  }
`;
