import { onOtherTabChange } from './preferences.js';
import { onArticleConnected } from './shared-registry.js';

/**
 * What the owners of the reader's preferences share (the scale, scale-owner.ts; the
 * reading preferences, reading-owner.ts): listeners, the targets each governs
 * (elements, counted per governor, or every `<bantin-article>`), and following other
 * tabs while anything on the page uses the preference. Each owner is one object per
 * page behind the shared registry, so every copy of bantin talks to the same one; a
 * subclass says what choosing, applying and releasing mean.
 */
export abstract class PreferenceOwner<Change> {
  /** The storage key of the preference. */
  readonly key: string;
  readonly #listeners = new Set<(change: Change) => void>();
  /** Element targets with the number of governors of each. */
  readonly #governed = new Map<HTMLElement, number>();
  #articleGovernors = 0;
  #stopArticles?: () => void;
  #stopTabs?: () => void;

  constructor(key: string) {
    this.key = key;
  }

  subscribe(listener: (change: Change) => void): () => void {
    this.#listeners.add(listener);
    this.#followTabs();
    return () => {
      this.#listeners.delete(listener);
      this.#followTabs();
    };
  }

  /** Applies the preference to `target` (an element, or every `<bantin-article>`) until released. */
  govern(target: HTMLElement | 'articles'): () => void {
    if (target === 'articles') {
      if (this.#articleGovernors++ === 0) {
        this.#stopArticles = onArticleConnected((article) => this.joined(article));
        this.start(target);
      }
    } else {
      const count = (this.#governed.get(target) ?? 0) + 1;
      this.#governed.set(target, count);
      if (count === 1) this.start(target);
    }
    this.#followTabs();
    this.governed();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#release(target);
      this.#followTabs();
    };
  }

  /** The elements governed now, in the order they were first governed. */
  protected elements(): HTMLElement[] {
    return [...this.#governed.keys()];
  }

  /** Whether every `<bantin-article>` follows the preference. */
  protected get governsArticles(): boolean {
    return this.#articleGovernors > 0;
  }

  /** Tells the listeners, in the order they subscribed. */
  protected notify(change: Change): void {
    for (const listener of [...this.#listeners]) listener(change);
  }

  /** A target is governed for the first time ('articles': the existing articles). */
  protected abstract start(target: HTMLElement | 'articles'): void;
  /** An element's last governor released it. */
  protected abstract stop(target: HTMLElement): void;
  /** An article connected while every article is governed. */
  protected abstract joined(article: HTMLElement): void;
  /** Anything was governed, the first time or again. */
  protected governed(): void {}
  /** The page starts using the preference: storage may have changed meanwhile. */
  protected abstract reread(): void;
  /** Another tab stored `raw` under the key. */
  protected abstract fromTab(raw: string | null): void;

  #release(target: HTMLElement | 'articles'): void {
    if (target === 'articles') {
      if (--this.#articleGovernors === 0) {
        this.#stopArticles?.();
        this.#stopArticles = undefined;
      }
      return;
    }
    const count = (this.#governed.get(target) ?? 1) - 1;
    if (count > 0) this.#governed.set(target, count);
    else {
      this.#governed.delete(target);
      this.stop(target);
    }
  }

  /** Other tabs matter only while something on this page shows or applies the preference. */
  #followTabs(): void {
    const needed = this.#listeners.size > 0 || this.#governed.size > 0 || this.#articleGovernors > 0;
    if (needed && !this.#stopTabs) {
      this.reread();
      this.#stopTabs = onOtherTabChange(this.key, (raw) => this.fromTab(raw));
    } else if (!needed && this.#stopTabs) {
      this.#stopTabs();
      this.#stopTabs = undefined;
    }
  }
}
