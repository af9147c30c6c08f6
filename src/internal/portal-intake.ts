import { ContainerWatch } from './container-watch.js';
import { InlinePins } from './inline-pins.js';
import { INTAKE_RULE, SCALED_ATTRIBUTE, WIDE_TABLE_RULE } from './intake-rule.js';
import { fitTables, unfitTables } from './wide-tables.js';
import { growBoxes, shrinkBoxes } from './grow-boxes.js';

/**
 * Lets existing portal markup follow one custom property, without changing what the
 * page shows until the reader asks for another size.
 *
 * Portals size text in px, pt, rem, `clamp()`, `vw`, keywords, media queries and Word's
 * inline styles, often with `!important`; none of that follows `--bantin-font-scale`.
 * The intake measures what the page itself shows for each element (its computed font
 * size and line height, with bantin's rule switched off) and keeps the result in two
 * custom properties on the element (px, and a ratio); one layered rule
 * (./intake-rule.ts) multiplies them by the scale, and only while the target carries
 * `[data-bantin-scaled]`, that is while the scale is not 1. At 100 % nothing is
 * measured or written; at another scale a change is still one custom property.
 *
 * What the page shows changes after load: a resize or rotation (viewport units, media
 * and container queries), a stylesheet that arrives late, a portal script that rewrites
 * a size or a line height, content added by AJAX. Each of these marks the measurements
 * stale; they are taken again at once while the scale is not 1 (before the next paint:
 * resize events and mutation callbacks both run before it), and on the next change away
 * from 100 % otherwise. Only values that changed are written. A container query
 * answers to its container's width, which a portal script changes without a resize or a
 * mutation inside the target (a sidebar collapsing): a ResizeObserver on the target and
 * its size containers sees it (./container-watch.ts).
 */

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
  'link',
  'meta',
]);

/**
 * Elements measured in one task at load (reads only), then scaled in one frame: the
 * browser lays their text out again in that frame, and walks the whole article once
 * (smaller slices would cost a 3,000-paragraph decree more frames than they save; larger
 * ones, a long frame). No task grows with the article.
 */
const SLICE = 300;

/** What the page shows for one element: its font size and line height ratio. */
type Measurement = readonly [element: HTMLElement, font: string, line: string];

const FONT = '--_bantin-fs';
const LINE = '--_bantin-lh';

/** One constructed stylesheet per document or shadow root holds the rule. */
const adopted = new WeakSet<Document | ShadowRoot>();

function adoptRule(scope: Document | ShadowRoot, rules: string): void {
  if (adopted.has(scope)) return;
  adopted.add(scope);
  const sheet = new (scope.ownerDocument ?? (scope as Document)).defaultView!.CSSStyleSheet();
  sheet.replaceSync(rules);
  scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
}

export class PortalIntake {
  readonly root: HTMLElement;
  #observer?: MutationObserver;
  #styleObserver?: MutationObserver;
  #containers?: ContainerWatch;
  readonly #pins = new InlinePins();
  /** Elements that hide their overflow: a fixed height may cut off text that grew. */
  readonly #boxes = new Set<HTMLElement>();
  /**
   * After a reload painted by the prepaint script, boxes grow only on the reader's next
   * change: growing one then would move everything below it after the first paint.
   */
  #boxesHeld = false;
  #scale = 1;
  /** Everything must be measured again before the next scale other than 1 applies. */
  #stale = true;
  /** Elements (with their descendants) to measure again. */
  readonly #pending = new Set<Element>();
  /** Elements not measured yet at load, a slice per task, before the scale applies. */
  #queue: HTMLElement[] = [];
  /** Measured at load, to write a slice per frame. */
  #writes: Measurement[] = [];
  #timer = 0;
  #frame = 0;
  #queued = false;
  #sample?: Element;
  #sampleLength = 0;

  constructor(root: HTMLElement) {
    this.root = root;
  }

  get started(): boolean {
    return this.#observer !== undefined;
  }

  start(): void {
    if (this.#observer) return;
    const doc = this.root.ownerDocument;
    const win = doc.defaultView!;
    const scope = this.root.getRootNode();
    this.#observer = new win.MutationObserver((records) => this.#onMutations(records));
    this.#observer.observe(this.root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class'],
    });
    // Stylesheets added anywhere (CMS widgets put <style> in the body), switched on
    // (loadCSS turns rel=preload into a stylesheet) or edited, and the classes on
    // <html>/<body> that themes and old "A+" scripts toggle.
    this.#styleObserver = new win.MutationObserver((records) => {
      if (records.some((record) => styles(record, doc))) this.#invalidate();
    });
    this.#styleObserver.observe(doc, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'rel', 'media', 'href', 'disabled'],
    });
    win.addEventListener('resize', this.#onResize);
    this.#containers = new ContainerWatch(this.root, () => {
      this.#stale = true;
      if (this.#scale !== 1) this.#apply();
    });
    // A stylesheet's (or an @import's) load event does not bubble; capture sees it.
    doc.addEventListener('load', this.#onLoad, true);
    this.#scale = Number(this.root.style.getPropertyValue('--bantin-font-scale')) || 1;
    this.#stale = true;
    this.#boxesHeld = this.root.hasAttribute(SCALED_ATTRIBUTE);
    // After the prepaint pair, bantin-prepaint.css holds the same rule; adding it again
    // would restyle the whole article (a new sheet with rules for what is scaled) for
    // nothing: its effect on the target's own size tells that it is there. The rules for
    // wide tables and fixed-height boxes are adopted in any case (bantin-prepaint.css has
    // them too, but a cached copy from an older release may not).
    const own = parseFloat(this.root.style.getPropertyValue(FONT));
    const inEffect =
      this.#scale !== 1 &&
      this.root.hasAttribute(SCALED_ATTRIBUTE) &&
      Math.abs(parseFloat(win.getComputedStyle(this.root).fontSize) - own * this.#scale) < 0.01;
    adoptRule(
      scope instanceof win.ShadowRoot ? scope : doc,
      inEffect ? WIDE_TABLE_RULE : INTAKE_RULE + WIDE_TABLE_RULE,
    );
    if (this.root.hasAttribute(SCALED_ATTRIBUTE)) {
      // The prepaint script measured the target as the page was parsed (every element as
      // the parser added it, all of them again when a stylesheet loaded), and it shows at
      // the reader's size already. Measuring again would mean switching the rule off and
      // on, a layout of the whole article for nothing: only what it did not reach (an
      // element whose style attribute a script replaced) is measured. From now on this
      // intake sees resizes, stylesheets and changes itself. The inline `!important`
      // sizes whose place the script gave the intake's value (the portal's own kept
      // beside it), and those it left, are taken over without measuring them again.
      for (const element of [this.root, ...this.root.querySelectorAll<HTMLElement>('[style*="important"]')])
        this.#pins.note(element);
      if (this.#scale === 1) this.#apply();
      else {
        this.#stale = false;
        for (const element of this.root.querySelectorAll(`:not([style*="${FONT}"])`)) {
          if (this.#wants(element)) this.#pending.add(element);
        }
        if (!this.root.style.getPropertyValue(FONT)) this.#pending.add(this.root);
        // What the prepaint script cannot do (wide tables, inline !important sizes)
        // follows at once, so a reload is as reflowed as a press.
        if (this.#pending.size > 0) this.#apply();
        else this.#settle();
      }
    } else if (this.#scale !== 1) {
      // The reader's stored size, without the prepaint script: measured a slice per task
      // while the rule is still off (reads only: nothing moves, nothing is laid out),
      // then scaled a slice per frame, so that no frame lays out the whole article: from
      // the top (at the top of the page, what the reader sees first), each element after
      // everything inside it, so that a slice changes only its own text (an element
      // scaled before its children would scale all they inherit at once).
      this.#stale = false;
      this.#queue = insideOut(this.root);
      // A short article at once: its layout at the new size joins the scaler's first paint.
      if (this.#queue.length <= SLICE) this.#apply();
      else this.#nextSlice(win);
    }
    // At 100 % nothing is measured or written: the page stays exactly its own markup.
  }

  stop(): void {
    const doc = this.root.ownerDocument;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#styleObserver?.disconnect();
    this.#styleObserver = undefined;
    this.#containers?.stop();
    this.#containers = undefined;
    doc.defaultView?.removeEventListener('resize', this.#onResize);
    doc.removeEventListener('load', this.#onLoad, true);
    this.root.removeAttribute(SCALED_ATTRIBUTE);
    this.#pins.release();
    unfitTables(this.root);
    shrinkBoxes(this.#boxes);
    this.#boxes.clear();
    for (const element of [
      this.root,
      ...this.root.querySelectorAll<HTMLElement>('[style*="--_bantin-fs"]'),
    ]) {
      element.style.removeProperty(FONT);
      element.style.removeProperty(LINE);
    }
    this.#pending.clear();
    this.#queue = [];
    this.#writes = [];
    doc.defaultView?.clearTimeout(this.#timer);
    doc.defaultView?.cancelAnimationFrame(this.#frame);
    this.#sample = undefined;
    this.#sampleLength = 0;
  }

  /** Follows a new scale: at 1 the rule is switched off, otherwise on with fresh sizes. */
  setScale(scale: number): void {
    // The same scale again (the owner applying it at load) leaves the slices to come.
    if (!this.#observer || scale === this.#scale) return;
    this.#scale = scale;
    this.#boxesHeld = false;
    this.#apply();
  }

  /** The element holding the most text: the one to check that a change took effect. */
  sample(): Element | undefined {
    if (this.#sample && !this.root.contains(this.#sample)) this.#sample = undefined;
    if (!this.#sample) this.#weighAll();
    return this.#sample ?? textInShadowRoots(this.root);
  }

  #apply(): void {
    // A change or a new measurement cannot wait for the slices: the rest now.
    const win = this.root.ownerDocument.defaultView;
    win?.clearTimeout(this.#timer);
    win?.cancelAnimationFrame(this.#frame);
    if (this.#queue.length > 0) this.#writes.push(...this.#read(this.#queue.splice(0)));
    if (this.#writes.length > 0) this.#write(this.#writes.splice(0));
    if (this.#scale === 1) {
      this.root.removeAttribute(SCALED_ATTRIBUTE);
      this.#pins.release();
      unfitTables(this.root);
      shrinkBoxes(this.#boxes);
      this.#observer?.takeRecords();
      return;
    }
    if (this.#stale) {
      this.#stale = false;
      this.#pending.clear();
      this.#write(this.#read([this.root, ...this.root.querySelectorAll('*')]));
    } else if (this.#pending.size > 0) {
      const elements = new Set<Element>();
      for (const element of this.#pending) {
        if (!this.root.contains(element)) continue;
        elements.add(element);
        for (const descendant of element.querySelectorAll('*')) elements.add(descendant);
      }
      this.#pending.clear();
      this.#write(this.#read(elements));
    }
    if (!this.root.hasAttribute(SCALED_ATTRIBUTE)) this.root.setAttribute(SCALED_ATTRIBUTE, '');
    this.#settle();
  }

  /** While scaled: inline !important sizes, wide tables and fixed-height boxes follow. */
  #settle(): void {
    this.#pins.pin();
    fitTables(this.root, (read) => this.#atOwnSize(read));
    if (!this.#boxesHeld) growBoxes(this.#boxes, (read) => this.#atOwnSize(read));
    this.#observer?.takeRecords();
  }

  /**
   * Reads what the page shows for each element with bantin's rule off (style only, no
   * layout: nothing is painted in between), then writes what changed.
   */
  /** Every read before any write: one style recalculation for all of them. */
  #read(candidates: Iterable<Element>): Measurement[] {
    const elements = [...candidates].filter(
      (element) => this.#wants(element) && this.root.contains(element),
    ) as HTMLElement[];
    if (elements.length === 0) return [];
    const win = this.root.ownerDocument.defaultView!;
    const on = this.root.hasAttribute(SCALED_ATTRIBUTE);
    if (on) {
      this.root.removeAttribute(SCALED_ATTRIBUTE);
      this.#pins.release();
    }
    const measured: Measurement[] = [];
    for (const element of elements) {
      this.#pins.note(element);
      const { fontSize: font, lineHeight, overflowY } = win.getComputedStyle(element);
      // A box that hides its overflow may cut off text that grew (./grow-boxes.ts).
      if (overflowY === 'hidden' || overflowY === 'clip') this.#boxes.add(element);
      else this.#boxes.delete(element);
      // A px line height becomes a ratio of the element's own size: the lines grow with
      // the text and keep the page's own spacing (0 for `normal`: the rule's 1.5 floor).
      // The same strings as the prepaint script's, so nothing is written again after it.
      if (parseFloat(font) > 0)
        measured.push([element, font, String(parseFloat(lineHeight) / parseFloat(font) || 0)]);
    }
    if (on) {
      this.root.setAttribute(SCALED_ATTRIBUTE, '');
      this.#pins.pin();
    }
    return measured;
  }

  /** Writes only what changed: each write is a style recalculation of the element. */
  #write(measured: readonly Measurement[]): void {
    for (const [element, font, line] of measured) {
      const inline = element.style;
      if (inline.getPropertyValue(FONT) !== font) inline.setProperty(FONT, font);
      if (inline.getPropertyValue(LINE) !== line) inline.setProperty(LINE, line);
    }
    // Our own writes are not news.
    this.#observer?.takeRecords();
    this.#styleObserver?.takeRecords();
  }

  /** Runs `read` with bantin's rule off: the page at its own size, laid out if read asks. */
  #atOwnSize(read: () => void): void {
    this.root.removeAttribute(SCALED_ATTRIBUTE);
    this.#pins.release();
    try {
      read();
    } finally {
      this.root.setAttribute(SCALED_ATTRIBUTE, '');
      this.#pins.pin();
    }
  }

  /** At load: reads a slice per task, then (the rule on, nothing measured yet) writes. */
  #nextSlice(win: Window): void {
    this.#timer = win.setTimeout(() => {
      if (!this.#observer) return;
      this.#writes.push(...this.#read(this.#queue.splice(0, SLICE)));
      if (this.#queue.length > 0) return this.#nextSlice(win);
      this.root.setAttribute(SCALED_ATTRIBUTE, '');
      this.#nextWrite(win);
    });
  }

  /** A slice per frame: each frame lays out about as much text as the slice holds. */
  #nextWrite(win: Window): void {
    this.#frame = win.requestAnimationFrame(() => {
      if (!this.#observer) return;
      this.#write(this.#writes.splice(0, SLICE));
      if (this.#writes.length > 0) this.#nextWrite(win);
      else this.#settle();
    });
  }

  #wants(element: Element): boolean {
    if (SKIPPED.has(element.localName) || !('style' in element)) return false;
    // A bantin article sizes its own content from the inherited scale.
    const article = element.closest('bantin-article');
    return article === null || (article !== this.root && article.contains(this.root));
  }

  #weighAll(): void {
    for (const element of [this.root, ...this.root.querySelectorAll('*')]) {
      if (SKIPPED.has(element.localName)) continue;
      let length = 0;
      for (const child of element.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) length += child.textContent!.trim().length;
      }
      if (length > this.#sampleLength) {
        this.#sample = element;
        this.#sampleLength = length;
      }
    }
  }

  /** Everything is stale: measured again now if scaled, else on the next change. */
  #invalidate(): void {
    this.#stale = true;
    this.#schedule();
  }

  #schedule(): void {
    if (this.#scale === 1 || this.#queued) return;
    this.#queued = true;
    // A microtask: still before the frame that would paint the stale sizes.
    queueMicrotask(() => {
      this.#queued = false;
      if (this.#observer) this.#apply();
    });
  }

  #onResize = (): void => this.#invalidate();

  #onLoad = (event: Event): void => {
    const target = event.target as Element | null;
    if (target && (target.localName === 'link' || target.localName === 'style')) this.#invalidate();
  };

  #onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') {
        // A portal script rewrote an element's style or class (a cookie script's px, a
        // line height alone): it and what inherits from it are measured again.
        this.#pending.add(record.target as Element);
        continue;
      }
      for (const node of [...record.addedNodes, ...record.removedNodes]) {
        // A stylesheet in the article (CMSs paste them) may change any of it.
        if (node.nodeName === 'STYLE' || node.nodeName === 'LINK') this.#stale = true;
        else if (node.nodeType === Node.ELEMENT_NODE && node.isConnected) this.#pending.add(node as Element);
      }
    }
    if (this.#scale === 1) {
      // Nothing applies at 100 %: measure everything when the reader next asks.
      if (this.#pending.size > 0) this.#stale = true;
      this.#pending.clear();
      return;
    }
    this.#apply();
  }
}

/** Every element of the tree in document order, each after its descendants. */
function insideOut(root: Element): HTMLElement[] {
  const order: HTMLElement[] = [];
  const visit = (element: Element) => {
    for (const child of element.children) visit(child);
    order.push(element as HTMLElement);
  };
  visit(root);
  return order;
}

const SHEETS = new Set(['STYLE', 'LINK']);

/** A change anywhere in the document that may change what the target's styles say. */
function styles(record: MutationRecord, doc: Document): boolean {
  const target = record.target;
  if (record.type === 'characterData') return target.parentNode?.nodeName === 'STYLE';
  if (record.type === 'attributes')
    return SHEETS.has(target.nodeName) || target === doc.documentElement || target === doc.body;
  for (const node of [...record.addedNodes, ...record.removedNodes])
    if (SHEETS.has(node.nodeName)) return true;
  return false;
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
