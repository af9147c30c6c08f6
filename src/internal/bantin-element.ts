import { LitElement, adoptStyles, type CSSResult } from 'lit';

/**
 * The base of every bantin element: styled in whichever document it is rendered.
 *
 * Constructed stylesheets belong to the document that made them, and a shadow root
 * may adopt only its own document's sheets: an element moved into a same-origin
 * iframe (or first rendered there) would throw `NotAllowedError` and stay unstyled.
 * There it gets copies made by that document's window. Constructed sheets are not
 * inline styles, so a `style-src 'self'` policy keeps working in every document.
 */
export class BantinElement extends LitElement {
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    let root: HTMLElement | DocumentFragment | undefined;
    try {
      root = super.createRenderRoot();
    } catch {
      // Lit attached the shadow root, then could not adopt this document's sheets.
    }
    if (this.ownerDocument !== document) this.adoptedCallback();
    return root ?? this.shadowRoot!;
  }

  adoptedCallback(): void {
    const root = this.shadowRoot;
    if (!root) return;
    const styles = (this.constructor as typeof LitElement).elementStyles;
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
}
