import { css, unsafeCSS } from 'lit';
import { articleShadowCss } from './article-typography.js';

/*
 * The article's box, spacing and sizes come from article-typography.ts, which
 * bantin-prepaint.css is built from too; here, what only the upgraded article shows:
 * colours, the address, print. (That part stays a string, not css``: the build's
 * template minifier merges rules whose values are all interpolations, and fails.)
 */
export const articleStyles = [
  unsafeCSS(articleShadowCss),
  css`
    :host {
      color: var(--bantin-color-text, light-dark(#1a1a1a, #f0f0f0));
    }

    :host([hidden]) {
      display: none;
    }

    .meta {
      color: var(--bantin-color-text-muted, light-dark(#4a4a4a, #c8c8c8));
    }

    ::slotted(blockquote) {
      border-inline-start-color: var(--bantin-color-border, light-dark(#6b6b6b, #a3a3a3));
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
      .meta {
        color: var(--bantin-color-text-muted, #4a4a4a);
      }
      ::slotted(blockquote) {
        border-inline-start-color: var(--bantin-color-border, #6b6b6b);
      }
    }

    /* The article's address, printed after it so a paper copy leads back to the page. */
    .address {
      display: none;
    }

    @media print {
      :host {
        max-inline-size: none;
        color: #000;
      }
      /* A heading never ends a page alone; figures, quotes and tables stay whole. */
      ::slotted([slot='title']),
      ::slotted(h2),
      ::slotted(h3),
      ::slotted(h4) {
        break-after: avoid;
      }
      ::slotted(bantin-figure),
      ::slotted(figure),
      ::slotted(img),
      ::slotted(blockquote) {
        break-inside: avoid;
      }
      .address {
        display: block;
        margin-block-start: 1.5em;
        font-size: 0.875em;
        overflow-wrap: anywhere;
      }
    }
  `,
];
