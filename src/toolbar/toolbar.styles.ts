import { css } from 'lit';

/*
 * The bar's height is predictable so that the prepaint script can reserve it before
 * upgrade (src/prepaint.ts keeps the same numbers): below 30rem of width the date takes
 * a row of 1.5rem and the controls a row of 2.75rem (5.75rem + 1px with padding and the
 * rule); from 30rem up, one row (3.75rem + 1px). Labels give way to glyphs (the scaler,
 * below 60rem) and icons (print, share, listen, below 40rem) as the bar narrows, so the
 * controls never wrap; the words stay in the accessible names.
 */
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

  /* Within reach mid-article: the bar sticks to the top while its container (the
     article's) is on screen, only where it takes at most ~15 % of the screen's height.
     rem in a media query follows the browser's default size, as the bar's height does. */
  @media screen and (min-height: 40rem) {
    :host(:not([static])) {
      position: sticky;
      inset-block-start: var(--bantin-toolbar-sticky-top, 0);
      z-index: var(--bantin-toolbar-z-index, 2);
      background: var(--bantin-toolbar-background, Canvas);
    }
  }

  [part='base'] {
    container: bantin-toolbar / inline-size;
    position: relative;
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
    line-height: 1.5;
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

  /* Below 60rem the scaler shows its three glyph buttons: their room is kept from the
     start, so that print and share do not move when the scaler renders. */
  @container bantin-toolbar (width < 60rem) {
    [part='scaler'] {
      min-inline-size: calc(
        3 * var(--bantin-target-size, 2.75rem) + 2 *
          var(--bantin-font-scaler-gap, var(--bantin-space-1, 0.25rem))
      );
    }
  }

  /* Below 40rem the toolbar's own buttons (print, share, listen) show their icons only. */
  @container bantin-toolbar (width < 40rem) {
    .label {
      position: absolute;
      clip-path: inset(50%);
    }
    button {
      padding-inline: 0.5em;
    }
  }

  /* A phone: the date on its own row, the controls in the next, close together so that
     six 44 px targets (with listen) fit a 320 px screen beside a scrollbar. */
  @container bantin-toolbar (width < 30rem) {
    .date {
      flex-basis: 100%;
    }
    [role='toolbar'] {
      flex-grow: 1;
      gap: 0.125rem;
    }
    [part='scaler'] {
      --bantin-font-scaler-gap: 0.125rem;
    }
    /* Seven controls (with listen and display) fill a 320 px phone beside a scrollbar:
       the toolbar's own icons give up a little width rather than wrap to a third row,
       never below 36 px (WCAG 2.5.8 asks for 24), and grow back to 44 px with room. */
    [role='toolbar'] > button {
      flex: 1 1 2.25rem;
      min-inline-size: 2.25rem;
      max-inline-size: var(--bantin-target-size, 2.75rem);
      padding-inline: 0;
    }
  }

  /* On paper only the date remains, printed with the article. */
  @media print {
    :host {
      position: static;
    }
    [role='toolbar'] {
      display: none;
    }
    [part='base'] {
      padding: 0;
      border: 0;
    }
    .date {
      color: #000;
    }
  }
`;
