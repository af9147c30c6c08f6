import { css } from 'lit';

export const toolbarStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(
      --bantin-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      Arial,
      sans-serif
    );
    color: var(--bantin-color-text, light-dark(#1a1a1a, #f0f0f0));
  }

  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--bantin-toolbar-gap, var(--bantin-space-2, 0.5rem));
    padding: var(--bantin-toolbar-padding, 0.5rem 0);
    border-block-end: 1px solid
      var(--bantin-toolbar-border-color, var(--bantin-color-border, light-dark(#6b6b6b, #a3a3a3)));
  }

  .date {
    margin: 0;
    font-size: 1rem;
    color: var(--bantin-color-text-muted, light-dark(#4a4a4a, #c8c8c8));
  }

  [role='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--bantin-toolbar-gap, var(--bantin-space-2, 0.5rem));
  }

  ::slotted(button),
  ::slotted(a) {
    min-inline-size: var(--bantin-target-size, 2.75rem);
    min-block-size: var(--bantin-target-size, 2.75rem);
  }

  /*
   * Engines without light-dark() (Chrome < 123, Firefox < 120, Safari < 17.5, common on
   * older phones) cannot use the defaults above and would show no colours: they get the
   * light ones. A plain fallback declaration before each light-dark() one would be
   * dropped by the build's CSS minifier, hence @supports (test/browser-floor.test.ts).
   */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      color: var(--bantin-color-text, #1a1a1a);
    }
    [part='base'] {
      border-block-end: 1px solid var(--bantin-toolbar-border-color, var(--bantin-color-border, #6b6b6b));
    }
    .date {
      color: var(--bantin-color-text-muted, #4a4a4a);
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
