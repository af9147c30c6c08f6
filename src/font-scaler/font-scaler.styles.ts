import { css } from 'lit';

export const fontScalerStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
  }

  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bantin-font-scaler-gap, var(--bantin-space-1, 0.25rem));
  }

  .glyph {
    font-weight: 700;
    white-space: nowrap;
  }

  :host([compact]) .label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Inside a bantin toolbar narrower than 60rem the glyphs alone fit on one row; the
     words stay in each button's accessible name. */
  @container bantin-toolbar (width < 60rem) {
    .label {
      position: absolute;
      clip-path: inset(50%);
    }
  }
`;
