/**
 * State that must have exactly one owner per page, even when a portal loads two copies
 * of bantin (an npm build and the CDN bundle, possibly of different versions). It lives
 * behind a `Symbol.for` key on `globalThis`, which every copy resolves to the same slot.
 *
 * The shape below is a contract between versions: fields may be added, never changed.
 */
export interface SharedRegistry {
  /** Every connected `<bantin-article>`, in connection order. */
  readonly articles: Set<HTMLElement>;
  /** Told when an article connects, so a scale reaches articles added later. */
  readonly articleListeners: Set<(article: HTMLElement) => void>;
  /** One owner of the reader's scale per storage key (see scale-owner.ts). */
  readonly scaleOwners: Map<string, unknown>;
  /** The article typography sheet adopted into each document or shadow root. */
  readonly typographySheets: WeakMap<Document | ShadowRoot, CSSStyleSheet>;
  /** The owner of the reading preferences (see reading-owner.ts); absent in older copies. */
  readingOwner?: unknown;
}

const KEY = Symbol.for('bantin.shared.v1');

export function sharedRegistry(): SharedRegistry {
  const holder = globalThis as typeof globalThis & { [KEY]?: SharedRegistry };
  return (holder[KEY] ??= {
    articles: new Set(),
    articleListeners: new Set(),
    scaleOwners: new Map(),
    typographySheets: new WeakMap(),
  });
}

export function registerArticle(article: HTMLElement): void {
  const registry = sharedRegistry();
  registry.articles.add(article);
  for (const listener of registry.articleListeners) listener(article);
}

export function unregisterArticle(article: HTMLElement): void {
  sharedRegistry().articles.delete(article);
}

export function onArticleConnected(listener: (article: HTMLElement) => void): () => void {
  const listeners = sharedRegistry().articleListeners;
  listeners.add(listener);
  return () => listeners.delete(listener);
}
