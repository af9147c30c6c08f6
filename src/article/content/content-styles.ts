/**
 * Light-DOM rules for what `content` builds and no portal stylesheet knows: the table
 * region that scrolls sideways (content/tables.ts), cells without paragraph margins, and
 * lists that show their markers as written (content/lists.ts).
 * Adopted into the article's document or shadow root when content arrives, so pages
 * that slot their article pay nothing for it. In the `bantin` cascade layer and
 * `!important` where a portal's `p` margins would otherwise win, as the typography is.
 */
const CONTENT_CSS = `@layer bantin{
bantin-article .bantin-table{display:block;max-inline-size:100%;overflow-x:auto;margin-block:0 1em}
bantin-article table{border-collapse:collapse}
bantin-article :is(td,th){padding:.25em .5em;vertical-align:top}
bantin-article :is(td,th) :is(p,ul,ol){margin-block:0 .25em!important}
bantin-article :is(td,th) :is(p,ul,ol):last-child{margin-block-end:0!important}
bantin-article .bantin-written-markers{list-style:none!important}
}`;

const adopted = new WeakMap<Document | ShadowRoot, CSSStyleSheet>();

/** Adopts the content rules into the root that holds `article`, once per root. */
export function adoptContentStyles(article: Element): void {
  const root = article.getRootNode() as Document | ShadowRoot;
  if (adopted.has(root) || !('adoptedStyleSheets' in root)) return;
  // nodeType, not instanceof: a document in an iframe has that window's classes.
  const view = (root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument).defaultView;
  if (!view) return;
  // A sheet must be constructed by the document it is adopted into.
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(CONTENT_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  adopted.set(root, sheet);
}
