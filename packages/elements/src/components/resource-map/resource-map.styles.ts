import { css } from 'lit';

/**
 * What the element needs before its code arrives: the reserved box (the map's aspect ratio, taller on a narrow
 * container, where it zooms to the results) and the row under it. The rest comes with the chunks
 * (map-panel.styles.ts, map-view.styles.ts).
 */
export const styles = css`
  :host {
    display: block;
    container: asm-map / inline-size;
  }
  .frame {
    aspect-ratio: 960 / 470;
  }
  @container asm-map (width < 30rem) {
    .frame {
      aspect-ratio: 4 / 3;
    }
  }
  .bar {
    min-height: 2.75rem;
  }
`;
