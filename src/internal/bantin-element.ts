import { LitElement, adoptStyles, type CSSResult, type CSSResultOrNative } from 'lit';

/**
 * Constructed stylesheets belong to the document that made them, and a shadow root
 * may adopt only its own document's sheets: an element moved into a same-origin
 * iframe (or rendered by a template from another document) would throw
 * `NotAllowedError` and stay unstyled. Each document gets its own copies, made once
 * and shared by every element there. Constructed sheets are not inline styles, so a
 * `style-src 'self'` policy keeps working in every document.
 */
const copies = new WeakMap<Document, WeakMap<CSSResultOrNative, CSSStyleSheet>>();

export function adoptDocumentStyles(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const owner = root.ownerDocument;
  if (owner === document) {
    adoptStyles(root, [...styles]);
    return;
  }
  const view = owner.defaultView;
  if (!view || !('adoptedStyleSheets' in root)) {
    // A document without a window (DOMParser, createHTMLDocument) renders nothing
    // and cannot construct sheets; the element is styled when it moves on.
    root.adoptedStyleSheets = [];
    return;
  }
  let sheets = copies.get(owner);
  if (!sheets) copies.set(owner, (sheets = new WeakMap()));
  root.adoptedStyleSheets = styles.map((style) => {
    let sheet = sheets.get(style);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      // bantin's styles are all css`` results.
      sheet.replaceSync((style as CSSResult).cssText);
      sheets.set(style, sheet);
    }
    return sheet;
  });
}

/** The base of every bantin element: styled in whichever document it is rendered. */
export class BantinElement extends LitElement {
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document) return super.createRenderRoot();
    let root: HTMLElement | DocumentFragment | undefined;
    try {
      root = super.createRenderRoot();
    } catch {
      // Lit attached the shadow root, then could not adopt this document's sheets.
    }
    adoptDocumentStyles(this.shadowRoot!, (this.constructor as typeof LitElement).elementStyles);
    return root ?? this.shadowRoot!;
  }

  adoptedCallback(): void {
    if (this.shadowRoot) {
      adoptDocumentStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
    }
  }
}
