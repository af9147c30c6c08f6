import { css } from 'lit';

/*
 * Every size below is in em of the host, and the host is
 * `var(--bantin-font-scale) × 1.125rem`: one custom property scales the whole article,
 * and rem keeps the reader's browser default in the product.
 */
export const articleStyles = css`
  :host {
    --_scale: var(--bantin-font-scale, 1);
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--bantin-article-measure, 56ch);
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
    font-size: calc(var(--_scale) * var(--bantin-article-font-size, 1.125rem));
    line-height: var(--bantin-article-line-height, 1.7);
    color: var(--bantin-color-text, light-dark(#1a1a1a, #f0f0f0));
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none;
  }

  ::slotted([slot='title']) {
    margin: 0 0 0.5em;
    font-size: var(--bantin-article-title-size, 1.75em);
    line-height: 1.5;
    font-weight: 700;
  }

  .meta {
    font-size: 0.875em;
    color: var(--bantin-color-text-muted, light-dark(#4a4a4a, #c8c8c8));
  }

  ::slotted([slot='meta']) {
    margin: 0 0 0.75em;
  }

  ::slotted([slot='lead']) {
    margin: 0 0 1.25em;
    font-size: var(--bantin-article-lead-size, 1.05em);
    font-weight: 700;
    line-height: 1.65;
  }

  ::slotted(h2),
  ::slotted(h3),
  ::slotted(h4) {
    margin: 1.5em 0 0.5em;
    line-height: 1.5;
    font-weight: 700;
  }

  ::slotted(h2) {
    font-size: var(--bantin-article-heading-size, 1.3em);
  }

  ::slotted(h3) {
    font-size: 1.15em;
  }

  ::slotted(p),
  ::slotted(ul),
  ::slotted(ol),
  ::slotted(blockquote),
  ::slotted(bantin-figure),
  ::slotted(figure) {
    margin-block: 0 1em;
  }

  ::slotted(blockquote) {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--bantin-color-border, light-dark(#6b6b6b, #a3a3a3));
  }

  /*
   * A table slotted by the page scrolls sideways when too wide, in a box no wider than
   * its rows. (Tables from \`content\` sit in a labelled region instead: content/tables.ts.)
   */
  ::slotted(table) {
    display: block;
    inline-size: fit-content;
    max-inline-size: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }

  ::slotted(img) {
    max-inline-size: 100%;
    block-size: auto;
  }

  .byline {
    margin-block-start: 1.5em;
    text-align: end;
    font-weight: 700;
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
      border-inline-start: 0.25em solid var(--bantin-color-border, #6b6b6b);
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
`;
