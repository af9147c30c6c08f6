import { css, unsafeCSS } from 'lit';
import { captionTypography } from './caption-typography.js';

const caption = (value: string) => unsafeCSS(value);

export const figureStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
  }

  figure {
    position: relative;
    margin: 0;
  }

  .frame {
    position: relative;
    overflow: hidden;
    background: var(--bantin-figure-placeholder, light-dark(#e9ecef, #2a2a2a));
    border-radius: var(--bantin-figure-radius, 0);
  }

  img,
  ::slotted(img) {
    display: block;
    inline-size: 100%;
    max-inline-size: 100%;
    block-size: auto;
  }

  ::slotted(picture),
  ::slotted(a) {
    display: block;
  }

  .broken slot:not([name]),
  .broken img {
    display: none;
  }

  .fallback {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 8em;
    padding: 1em;
    text-align: center;
    color: var(--bantin-color-text, light-dark(#1a1a1a, #f0f0f0));
    border: 2px dashed var(--bantin-color-border, light-dark(#6b6b6b, #a3a3a3));
  }

  .fallback p {
    margin: 0;
  }

  .fallback .note {
    font-size: 0.875em;
    color: var(--bantin-color-text-muted, light-dark(#4a4a4a, #c8c8c8));
  }

  .enlarge {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
  }

  figcaption {
    margin-block-start: 0.5em;
    font-size: ${caption(captionTypography.size)};
    line-height: ${caption(captionTypography.lineHeight)};
    font-style: ${caption(captionTypography.style)};
    color: var(--bantin-figure-caption-color, var(--bantin-color-text-muted, light-dark(#4a4a4a, #c8c8c8)));
    text-align: ${caption(captionTypography.align)};
  }

  .credit {
    display: block;
    font-style: normal;
    font-size: 0.9em;
  }

  /* A caption given as an attribute lives in this shadow root, out of reach of the
     page-level rule the toolbar's listen adds; same colours. */
  ::highlight(bantin-listen) {
    background-color: #fde047;
    color: #111;
  }

  /*
   * Engines without light-dark() (Chrome < 123, Firefox < 120, Safari < 17.5, common on
   * older phones) cannot use the defaults above and would show no colours: they get the
   * light ones. A plain fallback declaration before each light-dark() one would be
   * dropped by the build's CSS minifier, hence @supports (test/browser-floor.test.ts).
   */
  @supports not (color: light-dark(#000, #fff)) {
    .frame {
      background: var(--bantin-figure-placeholder, #e9ecef);
    }
    .fallback {
      color: var(--bantin-color-text, #1a1a1a);
      border: 2px dashed var(--bantin-color-border, #6b6b6b);
    }
    .fallback .note {
      color: var(--bantin-color-text-muted, #4a4a4a);
    }
    figcaption {
      color: var(--bantin-figure-caption-color, var(--bantin-color-text-muted, #4a4a4a));
    }
  }

  @media print {
    figure {
      break-inside: avoid;
    }
    .enlarge {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .fallback {
      border-color: CanvasText;
    }
    ::highlight(bantin-listen) {
      background-color: Highlight;
      color: HighlightText;
    }
  }
`;
