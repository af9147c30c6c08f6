/**
 * Takes existing portal markup in once, so that one custom property scales all of it.
 *
 * Portals size text in px, pt, rem, keywords and Word's inline styles, often with
 * `!important`; none of that follows `--bantin-font-scale`. The intake reads every
 * element's computed size at scale 1 (all reads first, then all writes) and rewrites
 * it, through the CSSOM, as `calc(<its size in rem> * var(--bantin-font-scale, 1))`
 * with `!important`: the portal's relative sizes are kept exactly, every element
 * follows the scale, and a size change afterwards is one custom property on the
 * target with no script work per element. Pixel line heights become unitless ratios
 * so lines never overlap. Content that arrives later (AJAX, UpdatePanel) is taken in
 * by a MutationObserver; `stop()` gives every element back its own inline styles.
 */

interface Original {
  fontSize: string;
  fontSizePriority: string;
  lineHeight: string;
  lineHeightPriority: string;
}

/** Elements whose own size does not matter to the text. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'br',
  'wbr',
  'img',
  'video',
  'audio',
  'iframe',
]);

const SCALE = 'var(--bantin-font-scale, 1)';

export class PortalIntake {
  readonly root: HTMLElement;
  readonly #originals = new Map<Element, Original>();
  #observer?: MutationObserver;
  #sample?: Element;
  #sampleLength = 0;
  #overflowWrap?: [string, string];

  constructor(root: HTMLElement) {
    this.root = root;
  }

  get started(): boolean {
    return this.#observer !== undefined;
  }

  start(): void {
    if (this.#observer) return;
    this.#observer = new MutationObserver((records) => this.#onMutations(records));
    this.#observer.observe(this.root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style'],
    });
    // A long address or word that fits at 100 % must wrap at 200 %, not scroll sideways.
    const inline = this.root.style;
    this.#overflowWrap = [
      inline.getPropertyValue('overflow-wrap'),
      inline.getPropertyPriority('overflow-wrap'),
    ];
    if (getComputedStyle(this.root).overflowWrap === 'normal')
      inline.setProperty('overflow-wrap', 'break-word');
    this.#takeIn([this.root, ...this.root.querySelectorAll('*')]);
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.#overflowWrap) {
      const [value, priority] = this.#overflowWrap;
      if (value) this.root.style.setProperty('overflow-wrap', value, priority);
      else this.root.style.removeProperty('overflow-wrap');
      this.#overflowWrap = undefined;
    }
    for (const [element, original] of this.#originals) restore(element as HTMLElement, original);
    this.#originals.clear();
    this.#sample = undefined;
    this.#sampleLength = 0;
  }

  /** The element holding the most text: the one to check that a change took effect. */
  sample(): Element | undefined {
    if (this.#sample && !this.root.contains(this.#sample)) this.#sample = undefined;
    return this.#sample ?? textInShadowRoots(this.root);
  }

  #takeIn(candidates: Iterable<Element>): void {
    const elements = [...candidates].filter((element) => this.#wants(element));
    if (elements.length === 0) return;
    const style = this.root.style;
    // Measure at scale 1: elements taken in earlier then show their original sizes, and
    // a new element that inherits its size is not measured already scaled. Only style
    // is computed in between, never layout, so nothing moves on screen.
    const scaleBefore = style.getPropertyValue('--bantin-font-scale');
    style.setProperty('--bantin-font-scale', '1');
    const rootPx = parseFloat(getComputedStyle(this.root.ownerDocument.documentElement).fontSize) || 16;
    const measured = elements.map((element) => {
      const computed = getComputedStyle(element);
      return { fontPx: parseFloat(computed.fontSize), lineHeight: computed.lineHeight };
    });
    if (scaleBefore) style.setProperty('--bantin-font-scale', scaleBefore);
    else style.removeProperty('--bantin-font-scale');

    elements.forEach((element, index) => {
      const { fontPx, lineHeight } = measured[index]!;
      if (!(fontPx > 0)) return;
      const inline = (element as HTMLElement).style;
      this.#originals.set(element, {
        fontSize: inline.getPropertyValue('font-size'),
        fontSizePriority: inline.getPropertyPriority('font-size'),
        lineHeight: inline.getPropertyValue('line-height'),
        lineHeightPriority: inline.getPropertyPriority('line-height'),
      });
      inline.setProperty('font-size', `calc(${+(fontPx / rootPx).toFixed(5)}rem * ${SCALE})`, 'important');
      if (lineHeight.endsWith('px')) {
        // The reader's wide spacing (reading-styles.ts) overrides the portal's own ratio.
        const ratio = +(parseFloat(lineHeight) / fontPx).toFixed(4);
        inline.setProperty('line-height', `var(--bantin-reading-line-height, ${ratio})`, 'important');
      }
      this.#weigh(element);
    });
    // Our own style writes are not news.
    this.#observer?.takeRecords();
  }

  #wants(element: Element): boolean {
    if (this.#originals.has(element) || SKIPPED.has(element.localName)) return false;
    if (!(element instanceof HTMLElement)) return false;
    // A bantin article sizes its own content from the inherited scale.
    const article = element.closest('bantin-article');
    return article === null || (article !== this.root && article.contains(this.root));
  }

  #weigh(element: Element): void {
    let length = 0;
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) length += child.textContent!.trim().length;
    }
    if (length > this.#sampleLength) {
      this.#sample = element;
      this.#sampleLength = length;
    }
  }

  #onMutations(records: MutationRecord[]): void {
    const added = new Set<Element>();
    for (const record of records) {
      if (record.type === 'attributes') {
        // A portal script rewrote an element's style (an old font-size button, say):
        // measure it again.
        const element = record.target as HTMLElement;
        if (this.#originals.has(element) && !element.style.getPropertyValue('font-size').includes(SCALE)) {
          this.#originals.delete(element);
          added.add(element);
        }
        continue;
      }
      for (const node of record.removedNodes) {
        if (node instanceof Element && !this.root.contains(node)) {
          this.#originals.delete(node);
          for (const descendant of node.querySelectorAll('*')) this.#originals.delete(descendant);
        }
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || !this.root.contains(node)) continue;
        added.add(node);
        for (const descendant of node.querySelectorAll('*')) added.add(descendant);
      }
    }
    this.#takeIn(added);
  }
}

/**
 * Text that a portal widget renders in its own shadow root cannot be reached; finding
 * it lets the scaler tell the reader honestly that the size did not change.
 */
function textInShadowRoots(root: Element): Element | undefined {
  for (const host of [root, ...root.querySelectorAll('*')]) {
    const shadow = host.shadowRoot;
    if (!shadow) continue;
    for (const element of shadow.querySelectorAll('*')) {
      if (SKIPPED.has(element.localName)) continue;
      const hasText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
      );
      if (hasText) return element;
    }
  }
  return undefined;
}

function restore(element: HTMLElement, original: Original): void {
  const inline = element.style;
  if (original.fontSize) inline.setProperty('font-size', original.fontSize, original.fontSizePriority);
  else inline.removeProperty('font-size');
  if (original.lineHeight)
    inline.setProperty('line-height', original.lineHeight, original.lineHeightPriority);
  else inline.removeProperty('line-height');
}
