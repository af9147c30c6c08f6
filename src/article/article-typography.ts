import { sharedRegistry } from '../internal/shared-registry.js';

/**
 * The article's readable typography for its light-DOM content, as a plain string so
 * that the prepaint module can adopt the very same rules before the first paint.
 *
 * Portal stylesheets size `.ViewData p` in px, often `!important`, and Word paste
 * carries inline sizes; shadow-DOM `::slotted()` rules lose to both. These rules live
 * in a cascade layer and are `!important`: layered important declarations beat every
 * unlayered author rule, important or not, and every inline style that is not
 * itself important. Every size is in em of the host, and the host is
 * `--bantin-font-scale × 1.125rem`, so one custom property scales the whole article.
 */
export const articleTypographyCss = `@layer bantin{
bantin-article{display:block;box-sizing:border-box;max-inline-size:var(--bantin-article-measure,56ch);overflow-wrap:break-word;font-size:calc(var(--bantin-font-scale,1)*var(--bantin-article-font-size,1.125rem))!important;line-height:var(--bantin-article-line-height,1.7)!important}
bantin-article *{font-size:1em!important;line-height:inherit!important}
bantin-article :is(small,sub,sup){font-size:.8em!important}
bantin-article :is(h1,h2,h3,h4,h5,h6){line-height:1.5!important}
bantin-article :is(h1,h2){font-size:var(--bantin-article-heading-size,1.3em)!important}
bantin-article h3{font-size:1.15em!important}
bantin-article :is(h4,h5,h6){font-size:1.05em!important}
bantin-article>[slot=title]{font-size:var(--bantin-article-title-size,1.75em)!important;line-height:1.5!important}
bantin-article>[slot=lead]{font-size:var(--bantin-article-lead-size,1.05em)!important;line-height:1.65!important}
bantin-article:not(:defined)>[slot=meta]{font-size:.875em!important}
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
