import type { BantinArticle } from '../../src/index.js';
import { readable } from './text.js';

/** What a reader (and a screen reader) gets from a `<bantin-article>`. */
export class ArticleHarness {
  constructor(readonly element: BantinArticle) {}

  /** The element that names the article (through `aria-labelledby`), if any. */
  get nameElement(): HTMLElement | null {
    const ids = this.element.getAttribute('aria-labelledby');
    if (!ids) return null;
    const root = this.element.getRootNode() as Document | ShadowRoot;
    return root.getElementById(ids.split(/\s+/)[0]!);
  }

  /** The article's accessible name, as the `aria-labelledby` wiring gives it. */
  get name(): string {
    return readable(this.nameElement);
  }

  /** The element of the article's shadow root with `part` `name`, or null. */
  part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.element.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
  }

  /** The article's address, shown on paper only. */
  get address(): HTMLElement | null {
    return this.part('address');
  }

  get title(): HTMLElement | null {
    return this.element.querySelector(':scope > [slot="title"]');
  }

  /** The font size the reader sees in `selector` (default: the first body paragraph), in px. */
  fontPx(selector = 'p:not([slot])'): number {
    const target = selector === ':host' ? this.element : this.element.querySelector(selector);
    if (!target) throw new Error(`<bantin-article> has no "${selector}"`);
    return parseFloat(getComputedStyle(target).fontSize);
  }

  /** The scale the scalers set on it (`--bantin-font-scale`), "" when none did. */
  get appliedScale(): string {
    return this.element.style.getPropertyValue('--bantin-font-scale');
  }
}

export function articleHarness(element: BantinArticle): ArticleHarness {
  return new ArticleHarness(element);
}
