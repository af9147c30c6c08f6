/**
 * The reading themes, spacing and fonts as one document-level stylesheet, loaded only
 * once a reader (or another tab) picks something other than the defaults.
 *
 * A target is an element with `data-bantin-theme`, `data-bantin-spacing` or
 * `data-bantin-font` (a `<bantin-article>` or a `for` target), or any
 * `<bantin-article>` under an `<html>` with the attribute (what the prepaint script sets
 * before the elements exist). Portal stylesheets colour and space the descendants of a
 * `for` target themselves, often `!important`; these rules are `!important` in the
 * `bantin` cascade layer, which beats every unlayered rule of the page. They read only
 * documented tokens, so a portal restyles a theme with, for example,
 * `:root { --bantin-reading-dark-bg: #0d1b2a }` (and keeps its contrast).
 *
 * Colours are for the screen only: paper gets the default colours, and with
 * `forced-colors: active` the reader's system colours win.
 *
 * bantin-prepaint.css is built with these rules for the first paint (src/prepaint.css.ts).
 */

/** The targets of `key` set to one of `values`. */
const on = (key: string, ...values: string[]) => {
  const attribute = values.map((value) => `[data-bantin-${key}=${value}]`).join(',');
  const any = values.length > 1 ? `:is(${attribute})` : attribute;
  return `:is(${any}:not(:root),:root${any} bantin-article)`;
};

/** A theme's colours; the tokens are spelled out so that the manifest test finds them. */
const palette = (theme: string, bg: string, fg: string, link: string, scheme: string) =>
  `${on('theme', theme)}{--bantin-reading-bg:${bg};--bantin-reading-fg:${fg};` +
  `--bantin-reading-link:${link};color-scheme:${scheme}}`;

const themed = on('theme', 'dark', 'high-contrast', 'sepia');
const fonted = on('font', 'serif', 'sans-serif');
const wide = on('spacing', 'wide');

/*
 * Sans-serif leaves out system-ui: on Windows set to a Chinese or Japanese locale it
 * resolves to a UI font without Vietnamese, and stacked diacritics then come from
 * another font. Every family listed has the whole Vietnamese alphabet.
 */
const SANS = `-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,'Helvetica Neue','Liberation Sans',sans-serif`;
const SERIF = `'Noto Serif','Times New Roman',Times,'Liberation Serif','DejaVu Serif',Georgia,serif`;

export const readingCss =
  `@layer bantin{@media screen and (forced-colors:none){` +
  palette(
    'dark',
    'var(--bantin-reading-dark-bg,#121212)',
    'var(--bantin-reading-dark-fg,#ececec)',
    'var(--bantin-reading-dark-link,#8cb4ff)',
    'dark',
  ) +
  palette(
    'high-contrast',
    'var(--bantin-reading-high-contrast-bg,#000)',
    'var(--bantin-reading-high-contrast-fg,#fff)',
    'var(--bantin-reading-high-contrast-link,#ff0)',
    'dark',
  ) +
  palette(
    'sepia',
    'var(--bantin-reading-sepia-bg,#f5ecd7)',
    'var(--bantin-reading-sepia-fg,#3a2e1f)',
    'var(--bantin-reading-sepia-link,#0a3d7a)',
    'light',
  ) +
  // The background reaches a little past the text (a shadow takes no room: nothing moves).
  `${themed}{color:var(--bantin-reading-fg)!important;background-color:var(--bantin-reading-bg)!important;` +
  `box-shadow:0 0 0 0.75rem var(--bantin-reading-bg)!important;` +
  `--bantin-color-text:var(--bantin-reading-fg);--bantin-color-text-muted:var(--bantin-reading-fg);` +
  `--bantin-color-border:var(--bantin-reading-fg);--bantin-color-surface:var(--bantin-reading-bg);` +
  `--bantin-color-surface-hover:var(--bantin-reading-bg);--bantin-figure-caption-color:var(--bantin-reading-fg);` +
  `--bantin-figure-placeholder:var(--bantin-reading-bg);--bantin-focus-color:var(--bantin-reading-link)}` +
  // Images keep their own colours: nothing here filters or inverts them. A portal's box
  // painted white by a gradient or a picture would keep it under now-light text: the
  // theme paints no background image but the media's own. A colour in a style attribute
  // with !important beats any rule, so the ink (-webkit-text-fill-color, which paints
  // the text over `color`) and an opaque layer of the theme's background take its place.
  `${themed} *{color:inherit!important;background-color:transparent!important;text-shadow:none!important;` +
  `-webkit-text-fill-color:currentcolor!important}` +
  `${themed} :not(img,svg,video,picture,canvas,iframe,object,embed){background-image:none!important}` +
  `${themed} [style*=color i]{-webkit-text-fill-color:var(--_bantin-ink,var(--bantin-reading-fg))!important}` +
  `${themed} [style*=background i]{background-image:linear-gradient(var(--bantin-reading-bg),var(--bantin-reading-bg))!important}` +
  `${themed} a{color:var(--bantin-reading-link)!important;text-decoration-line:underline!important;` +
  `--_bantin-ink:var(--bantin-reading-link)}` +
  `}` +
  // WCAG 1.4.12: line height 1.5, letters 0.12, words 0.16, paragraphs 2 × the font size.
  // The portal intake writes px line heights inline as ratios that yield to the token.
  `${wide}{--bantin-reading-line-height:1.8}` +
  `${wide},${wide} *{line-height:var(--bantin-reading-line-height,1.8)!important;letter-spacing:.12em!important;word-spacing:.16em!important}` +
  `${wide} :is(p,blockquote){margin-block-end:2em!important}` +
  `${on('font', 'serif')}{font-family:var(--bantin-reading-serif,${SERIF})!important}` +
  `${on('font', 'sans-serif')}{font-family:var(--bantin-reading-sans-serif,${SANS})!important}` +
  `${fonted} :not(code,kbd,pre,samp,pre *){font-family:inherit!important}` +
  `}`;

/** Adopts the rules into `root` (a document, or the shadow root a `for` target sits in). */
export function adoptReadingStyles(
  root: Document | ShadowRoot,
  adopted: WeakSet<Document | ShadowRoot>,
): void {
  if (adopted.has(root) || !('adoptedStyleSheets' in root)) return;
  // nodeType, not instanceof: a document in an iframe has that window's classes.
  const document = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const view = document.defaultView;
  if (!view) return;
  // A sheet must be constructed by the document it is adopted into.
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(readingCss);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  adopted.add(root);
}
