import { LitElement, adoptStyles, isServer, type CSSResult, type PropertyValues } from 'lit';
import { nearestLang, shippedLocale } from './resolve-lang.js';
import { stringsLoading } from './strings/index.js';

/**
 * The base of every bantin element: what server rendering, hydration and a move into
 * another document need, in one place.
 *
 * A server-rendered shadow root carries its styles as an inline `<style>`, which a
 * Content-Security-Policy without `'unsafe-inline'` (or the hashes published in
 * `dist/ssr-style-hashes.json`) refuses, and Lit's hydration does not adopt the
 * element's styles itself. So on hydration the styles are adopted as constructable
 * stylesheets, which no `style-src` policy blocks: the element is styled once its
 * script runs, whatever the portal's policy.
 *
 * Hydration takes over the server's DOM without writing the values the first client
 * render produces, so that render must match what the server rendered. `hydrating`
 * tells an element to render its server state first; browser-only state (the stored
 * scale, slotted content) is applied in `firstUpdated`, by an ordinary update.
 *
 * Constructed stylesheets belong to the document that made them, and a shadow root
 * may adopt only its own document's sheets: an element moved into a same-origin
 * iframe (or first rendered there) would throw `NotAllowedError` and stay unstyled.
 * There it gets copies made by that document's window.
 */
const hydratingElements = new WeakSet<Element>();

/**
 * True while `element` renders for the first time over its server-rendered shadow
 * root. Controllers render the server's state then (for example the default language)
 * and bring the element up to date with an ordinary update right after.
 */
export function isHydrating(element: Element): boolean {
  return hydratingElements.has(element);
}

export class BantinElement extends LitElement {
  #hydrating = false;
  #serverRendered = false;
  /** Styles of parts loaded later (a figure's enlarge dialog), adopted after the element's own. */
  #addedStyles: CSSResult[] = [];

  /** True during the first update of a server-rendered element, while it is hydrated. */
  protected get hydrating(): boolean {
    return this.#hydrating;
  }

  /** True when this element took over a server-rendered shadow root. */
  protected get serverRendered(): boolean {
    return this.#serverRendered;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRendered = !isServer && this.shadowRoot !== null;
    let root: HTMLElement | DocumentFragment | undefined;
    try {
      root = super.createRenderRoot();
    } catch {
      // Lit attached the shadow root, then could not adopt this document's sheets.
    }
    root ??= this.shadowRoot!;
    if (!isServer && this.ownerDocument !== document) {
      this.adoptedCallback();
    } else if (serverRendered && root instanceof ShadowRoot) {
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      // Lit's hydration support marks the element; without it the page loaded no
      // `lit-element-hydrate-support.js`, and the client renders the chrome afresh.
      const marks = this as unknown as { _$needsHydration?: boolean; _$AG?: boolean };
      // (`_$AG` is the same flag in Lit's production build.)
      if (marks._$needsHydration || marks._$AG) {
        this.#hydrating = this.#serverRendered = true;
        hydratingElements.add(this);
      } else {
        root.replaceChildren();
        // LitElement meant to render before the server's first node, now gone.
        this.renderOptions.renderBefore = null;
      }
    }
    return root;
  }

  /** Adopts the styles of a part loaded later, beside the element's own (once). */
  protected addStyles(styles: CSSResult): void {
    if (this.#addedStyles.includes(styles)) return;
    this.#addedStyles.push(styles);
    this.adoptedCallback();
  }

  adoptedCallback(): void {
    const root = this.shadowRoot;
    if (!root) return;
    const styles = [...(this.constructor as typeof LitElement).elementStyles, ...this.#addedStyles];
    if (this.ownerDocument === document) return adoptStyles(root, styles);
    // A document without a window (DOMParser, createHTMLDocument) renders nothing.
    const view = this.ownerDocument.defaultView;
    root.adoptedStyleSheets = view
      ? styles.map((style) => {
          const sheet = new view.CSSStyleSheet();
          // bantin's styles are all css`` results.
          sheet.replaceSync((style as CSSResult).cssText);
          return sheet;
        })
      : [];
  }

  /**
   * An element in English text waits for the English strings, loaded the first time a
   * page needs them, instead of showing Vietnamese for a moment.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = stringsLoading(shippedLocale(nearestLang(this)), this.localName);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.#hydrating = false;
    hydratingElements.delete(this);
  }
}
