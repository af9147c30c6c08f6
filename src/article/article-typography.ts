import { sharedRegistry } from '../internal/shared-registry.js';

/*
 * The article's typography, written once. Three stylesheets are built from it: the
 * article's shadow styles (article.styles.ts: `:host` and `::slotted()`), the layered
 * sizes it adopts into its document on upgrade (below), and bantin-prepaint.css, the
 * article as it will look before the bundle arrives (src/prepaint.css.ts, written into
 * dist/ by the build). A number changed here changes all three, so nothing moves when
 * the article upgrades.
 *
 * Every size is in em of the host, and the host is `--bantin-font-scale × 1.125rem`:
 * one custom property scales the whole article, and rem keeps the reader's browser
 * default in the product.
 */

// The article's box. (Plain strings, not tables turned into rules at run time: the bundle
// stays as small as when each stylesheet was written out by hand.)
const MEASURE = 'var(--bantin-article-measure,56ch)';
const FONT_SIZE = 'calc(var(--bantin-font-scale,1)*var(--bantin-article-font-size,1.125rem))';
const LINE_HEIGHT = 'var(--bantin-article-line-height,1.7)';
/** The article's font; bantin-prepaint.css gives it to an article not yet defined. */
export const articleFontFamily =
  "var(--bantin-font-family,system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif)";

// Sizes of the article's parts, in em of the host, and their line heights.
const TITLE = 'font-size:var(--bantin-article-title-size,1.75em);line-height:1.5';
const LEAD = 'font-size:var(--bantin-article-lead-size,1.05em);line-height:1.65';
const HEADING_LINE = 'line-height:1.5';
const H2 = 'font-size:var(--bantin-article-heading-size,1.3em)';
const H3 = 'font-size:1.15em';
const META = 'font-size:.875em';

/**
 * Spacing and weight of the article's light-DOM children as `::slotted()` rules. The
 * build turns each `::slotted(x)` into `bantin-article:not(:defined)>x` for
 * bantin-prepaint.css, so an article looks the same before and after it upgrades. Sizes
 * stay out: they come from the layered rules below, before and after upgrade.
 */
export const articleSlottedCss =
  '::slotted(p),::slotted(ul),::slotted(ol),::slotted(blockquote),::slotted(bantin-figure),' +
  '::slotted(figure){margin-block:0 1em}' +
  "::slotted([slot='title']){margin:0 0 .5em;font-weight:700}" +
  "::slotted([slot='meta']){margin:0 0 .75em}" +
  "::slotted([slot='lead']){margin:0 0 1.25em;font-weight:700}" +
  '::slotted(h2),::slotted(h3),::slotted(h4){margin:1.5em 0 .5em;font-weight:700}' +
  '::slotted(blockquote){margin-inline:0;padding-inline-start:1em;border-inline-start:.25em solid}' +
  // A table slotted by the page scrolls sideways when too wide, in a box no wider than its
  // rows. (Tables from `content` sit in a labelled region instead: content/tables.ts.)
  '::slotted(table){display:block;inline-size:fit-content;max-inline-size:100%;overflow-x:auto;' +
  'border-collapse:collapse}' +
  '::slotted(img){max-inline-size:100%;block-size:auto}';

/** The byline, which the upgraded article wraps in its own `.byline` element. */
export const articleBylineCss = 'margin-block-start:1.5em;text-align:end;font-weight:700';

/**
 * The shadow root's share, for article.styles.ts: the host's box and the children's
 * spacing and sizes. The sizes matter only where the layered rules below are absent (a
 * server-rendered article before its script runs).
 */
export const articleShadowCss =
  `:host{display:block;box-sizing:border-box;max-inline-size:${MEASURE};font-family:${articleFontFamily};` +
  `font-size:${FONT_SIZE};line-height:${LINE_HEIGHT};overflow-wrap:break-word}` +
  articleSlottedCss +
  `::slotted([slot='title']){${TITLE}}::slotted([slot='lead']){${LEAD}}` +
  `::slotted(h2),::slotted(h3),::slotted(h4){${HEADING_LINE}}::slotted(h2){${H2}}::slotted(h3){${H3}}` +
  `.meta{${META}}.byline{${articleBylineCss}}`;

/**
 * The sizes of the article's light-DOM content, adopted into its document (or shadow
 * root) on upgrade and served before it in bantin-prepaint.css.
 *
 * Portal stylesheets size `.ViewData p` in px, often `!important`, and Word paste
 * carries inline sizes; shadow-DOM `::slotted()` rules lose to both. These rules live
 * in a cascade layer and are `!important`: layered important declarations beat every
 * unlayered author rule, important or not, and every inline style that is not
 * itself important.
 */
export const articleTypographyCss = `@layer bantin{
bantin-article{display:block;box-sizing:border-box;max-inline-size:${MEASURE};overflow-wrap:break-word;font-size:${FONT_SIZE}!important;line-height:${LINE_HEIGHT}!important}
bantin-article *{font-size:1em!important;line-height:inherit!important}
bantin-article :is(small,sub,sup){font-size:.8em!important}
bantin-article :is(h1,h2,h3,h4,h5,h6){${HEADING_LINE}!important}
bantin-article :is(h1,h2){${H2}!important}
bantin-article h3{${H3}!important}
bantin-article :is(h4,h5,h6){font-size:1.05em!important}
bantin-article>[slot=title]{${TITLE.replace(';', '!important;')}!important}
bantin-article>[slot=lead]{${LEAD.replace(';', '!important;')}!important}
bantin-article:not(:defined)>[slot=meta]{${META}!important}
bantin-article img{max-inline-size:100%;block-size:auto}
bantin-article bantin-figure>:is(a,picture)>img{display:block;inline-size:100%}
}`;

/**
 * Adopts the typography into the document or shadow root that holds the article,
 * once per root, shared with every other copy of bantin (and with prepaint).
 */
export function adoptArticleTypography(root: Document | ShadowRoot): CSSStyleSheet | undefined {
  const sheets = sharedRegistry().typographySheets;
  let sheet = sheets.get(root);
  if (sheet) return sheet;
  // nodeType, not instanceof: a document in an iframe has that window's classes.
  const document = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const view = document.defaultView;
  if (!view || !('adoptedStyleSheets' in root)) return undefined;
  // A sheet must be constructed by the document it is adopted into.
  sheet = new view.CSSStyleSheet();
  sheet.replaceSync(articleTypographyCss);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  sheets.set(root, sheet);
  return sheet;
}
