import { css } from 'lit';

/** Control styling every bantin element shares: targets, focus ring, high contrast. */
export const controlStyles = css`
  :host([hidden]) {
    display: none !important;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
    box-sizing: border-box;
    min-inline-size: var(--bantin-target-size, 2.75rem);
    min-block-size: var(--bantin-target-size, 2.75rem);
    margin: 0;
    padding: 0.25em 0.75em;
    font: inherit;
    font-size: var(--bantin-control-font-size, 1rem);
    line-height: 1.3;
    color: var(--bantin-control-color, var(--bantin-color-text, light-dark(#1a1a1a, #f0f0f0)));
    background: var(--bantin-control-background, var(--bantin-color-surface, light-dark(#ffffff, #1e1e1e)));
    border: 1px solid
      var(--bantin-control-border-color, var(--bantin-color-border, light-dark(#6b6b6b, #a3a3a3)));
    border-radius: var(--bantin-control-radius, var(--bantin-radius, 0.375rem));
    cursor: pointer;
    transition: background-color 120ms ease-out;
  }

  /* Icons inside buttons take the text colour, also in forced colours. */
  button svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  button:hover {
    background: var(
      --bantin-control-background-hover,
      var(--bantin-color-surface-hover, light-dark(#eef2f7, #2b3038))
    );
  }

  button:focus-visible {
    outline: 3px solid var(--bantin-focus-color, light-dark(#0b57d0, #8ab4f8));
    outline-offset: 2px;
  }

  button[aria-disabled='true'] {
    color: var(--bantin-control-color-disabled, light-dark(#5c5c5c, #b3b3b3));
    border-style: dashed;
    cursor: not-allowed;
  }

  @media (prefers-reduced-motion: reduce) {
    button {
      transition: none;
    }
  }

  /*
   * Engines without light-dark() (Chrome < 123, Firefox < 120, Safari < 17.5, common on
   * older phones) cannot use the defaults above and would show no colours: they get the
   * light ones. A plain fallback declaration before each light-dark() one would be
   * dropped by the build's CSS minifier, hence @supports (test/browser-floor.test.ts).
   */
  @supports not (color: light-dark(#000, #fff)) {
    button {
      color: var(--bantin-control-color, var(--bantin-color-text, #1a1a1a));
      background: var(--bantin-control-background, var(--bantin-color-surface, #ffffff));
      border: 1px solid var(--bantin-control-border-color, var(--bantin-color-border, #6b6b6b));
    }
    button:hover {
      background: var(--bantin-control-background-hover, var(--bantin-color-surface-hover, #eef2f7));
    }
    button:focus-visible {
      outline: 3px solid var(--bantin-focus-color, #0b57d0);
    }
    button[aria-disabled='true'] {
      color: var(--bantin-control-color-disabled, #5c5c5c);
    }
  }

  @media (forced-colors: active) {
    button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
