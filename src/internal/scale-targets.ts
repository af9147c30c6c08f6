/**
 * Articles register here when they connect, so a scaler without `for` can reach
 * every article on the page, including ones a portal adds later, without querying
 * or walking the DOM.
 */
type Listener = (article: HTMLElement) => void;

const articles = new Set<HTMLElement>();
const listeners = new Set<Listener>();

export function registerArticle(article: HTMLElement): void {
  articles.add(article);
  for (const listener of listeners) listener(article);
}

export function unregisterArticle(article: HTMLElement): void {
  articles.delete(article);
}

export function connectedArticles(): ReadonlySet<HTMLElement> {
  return articles;
}

export function onArticleConnected(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Sets the scale on one target. bantin elements size everything from
 * `--bantin-font-scale`; ordinary portal markup also gets a `font-size` derived from
 * its own original size (kept in rem so the reader's browser default still counts).
 */
export function applyScale(target: HTMLElement, scale: number): void {
  target.style.setProperty('--bantin-font-scale', String(scale));
  if (target.localName.startsWith('bantin-')) return;
  let base = target.dataset['bantinBaseSize'];
  if (base === undefined) {
    const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const ownPx = parseFloat(getComputedStyle(target).fontSize) || rootPx;
    base = `${+(ownPx / rootPx).toFixed(4)}rem`;
    target.dataset['bantinBaseSize'] = base;
  }
  target.style.setProperty('font-size', `calc(${base} * var(--bantin-font-scale, 1))`);
}
