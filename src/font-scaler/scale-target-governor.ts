import { resolveFor } from '../internal/resolve-for.js';
import type { ScaleOwner } from '../internal/scale-owner.js';
import { describe, warn } from '../internal/warn.js';

/**
 * Which element a scaler's size reaches: the one its `for` names, else every
 * `<bantin-article>`, handed to the owner of the scale. Portals replace whole blocks by
 * AJAX (ASP.NET UpdatePanel, jQuery `.load()`): when the named element is replaced, or
 * appears only later, the new one is handed over at once, so it never shows at 100 %
 * while the scaler says otherwise.
 */
export class ScaleTargetGovernor {
  readonly #host: HTMLElement;
  readonly #tag: string;
  #owner?: ScaleOwner;
  #id = '';
  #governed?: HTMLElement | 'articles';
  #release?: () => void;
  #watcher?: MutationObserver;
  #warnedFor = '';

  constructor(host: HTMLElement, tag: string) {
    this.#host = host;
    this.#tag = tag;
  }

  /** Hands the target `id` names (or every article, for "") to `owner`; again only when it changed. */
  govern(owner: ScaleOwner, id: string): void {
    if (owner !== this.#owner || id !== this.#id) this.release();
    this.#owner = owner;
    this.#id = id;
    this.#update();
  }

  /** Gives the target back and stops watching the page. */
  release(): void {
    this.#release?.();
    this.#watcher?.disconnect();
    this.#release = this.#watcher = this.#governed = undefined;
  }

  #update(): void {
    const target = this.#find();
    if (target === this.#governed) return;
    this.#release?.();
    this.#governed = target;
    this.#release = this.#owner?.govern(target);
    this.#watch();
  }

  #find(): HTMLElement | 'articles' {
    const id = this.#id;
    if (!id) return 'articles';
    const found = resolveFor(this.#host, id);
    if (found) return found;
    // A toolbar above the article is upgraded before the parser reaches the target.
    if (this.#host.ownerDocument.readyState !== 'loading' && this.#warnedFor !== id) {
      this.#warnedFor = id;
      warn(
        this.#tag,
        'for',
        `no element has the id "${describe(id)}"; scaling every <bantin-article> instead.`,
      );
    }
    return 'articles';
  }

  #watch(): void {
    this.#watcher?.disconnect();
    this.#watcher = undefined;
    const id = this.#id;
    if (!id) return;
    const document = this.#host.ownerDocument;
    this.#watcher = new MutationObserver(() => {
      const governed = this.#governed;
      if (governed === 'articles' || !governed?.isConnected || governed.id !== id) this.#update();
    });
    this.#watcher.observe(document, { childList: true, subtree: true });
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#host.isConnected && this.#update(), {
        once: true,
      });
    }
  }
}
