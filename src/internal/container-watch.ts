/**
 * Tells when the width of a `for` target or of one of its size containers changes, the
 * one change to what a container query answers that neither a resize event nor a
 * mutation inside the target shows (a portal script collapsing a sidebar).
 *
 * Cheap: a ResizeObserver costs nothing while sizes stay put, and only a change of
 * inline size counts (the block size changes with every line the text gains). The
 * callback runs after layout and before paint, so new sizes show in the same frame. The
 * sizes it then writes change the observed boxes' heights again; observing stops during
 * that frame and resumes in the next, so the browser never reports a loop of undelivered
 * notifications (an error event that portals' error trackers would log).
 */
export class ContainerWatch {
  readonly #observed: Element[] = [];
  readonly #widths = new WeakMap<Element, number>();
  readonly #observer?: ResizeObserver;
  readonly #win: Window;
  #frame = 0;
  #looked = false;

  constructor(root: HTMLElement, changed: () => void) {
    this.#win = root.ownerDocument.defaultView!;
    if (!('ResizeObserver' in this.#win)) return;
    this.#observed.push(root);
    this.#observer = new (this.#win as Window & typeof globalThis).ResizeObserver((entries) => {
      // The size containers around the target are looked up in the first report, after a
      // layout: reading their styles at start would cost the task a style recalculation.
      if (!this.#looked) this.#lookUp(root);
      let moved = false;
      for (const entry of entries) {
        const width = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
        const before = this.#widths.get(entry.target);
        this.#widths.set(entry.target, width);
        // The first report of each box is its size at start (or on resuming): news only if it differs.
        if (before !== undefined && Math.abs(before - width) > 0.5) moved = true;
      }
      if (!moved) return;
      this.#observer!.disconnect();
      changed();
      this.#frame = this.#win.requestAnimationFrame(() => this.#observe());
    });
    this.#observe();
  }

  #lookUp(root: HTMLElement): void {
    this.#looked = true;
    for (let node = root.parentElement; node; node = node.parentElement) {
      const type = this.#win.getComputedStyle(node).containerType;
      if (type && type !== 'normal') {
        this.#observed.push(node);
        this.#observer!.observe(node);
      }
    }
  }

  #observe(): void {
    for (const element of this.#observed) this.#observer!.observe(element);
  }

  stop(): void {
    this.#win.cancelAnimationFrame(this.#frame);
    this.#observer?.disconnect();
  }
}
