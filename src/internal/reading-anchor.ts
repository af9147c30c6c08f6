/**
 * Keeps the words at the top of the viewport in place while the text size changes
 * (loaded by reading-position.ts, which says when).
 *
 * Chromium and Firefox anchor scrolling themselves (`overflow-anchor`), but they pick
 * a whole block as the anchor, so a reader in the middle of a long paragraph still
 * drifts by lines; WebKit does not anchor at all. We note where the first line of text
 * under the top of the viewport sits, apply the change, and scroll by whatever
 * difference remains after the browser's own anchoring, all before the next paint.
 */

interface Anchor {
  range: Range;
  top: number;
}

/** Skips what floats over the text (a sticky toolbar, a portal's fixed header). */
function overlays(node: Node): boolean {
  // Up through shadow roots too: the toolbar's own text lives in its shadow tree.
  for (let current: Node | null = node; current;) {
    if (current instanceof Element && current.localName === 'bantin-toolbar') return true;
    current = current.parentNode instanceof ShadowRoot ? current.parentNode.host : current.parentNode;
  }
  return false;
}

function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const withPosition = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function rangeTop(range: Range): number | undefined {
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return rect.height > 0 || rect.width > 0 ? rect.top : undefined;
}

function characterRange(document: Document, text: Text, offset: number): Range | undefined {
  // A space at a soft line break has no box in some engines: take the next letter.
  let start = Math.max(0, Math.min(offset, text.length - 1));
  while (start < text.length - 1 && /\s/.test(text.data[start]!)) start++;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + 1);
  return range;
}

/** The bottom of a toolbar stuck to the top of the viewport: the reader's text starts below it. */
function coveredTop(document: Document, view: Window): number {
  let covered = 0;
  for (const bar of document.querySelectorAll('bantin-toolbar')) {
    const position = view.getComputedStyle(bar).position;
    if (position !== 'sticky' && position !== 'fixed') continue;
    const box = bar.getBoundingClientRect();
    if (box.top <= covered + 1 && box.bottom > covered) covered = box.bottom;
  }
  return covered;
}

function findAnchor(document: Document): Anchor | undefined {
  const view = document.defaultView;
  if (!view) return undefined;
  const width = view.innerWidth;
  const height = view.innerHeight;
  // Caret hit-testing finds the text under a stuck toolbar too; start below it.
  for (let y = coveredTop(document, view) + 4; y < height * 0.5; y += 12) {
    for (const share of [0.5, 0.3, 0.15, 0.7]) {
      let caret = caretAt(document, width * share, y);
      if (!caret || caret.node.nodeType !== Node.TEXT_NODE || overlays(caret.node)) continue;
      if ((caret.node as Text).data.trim() === '') continue;
      // The start of that line, so that the words the reader sees first stay put.
      const block = caret.node.parentElement!.getBoundingClientRect();
      const lineStart = caretAt(document, Math.max(0, block.left + 1), y);
      if (
        lineStart &&
        lineStart.node.nodeType === Node.TEXT_NODE &&
        (lineStart.node as Text).data.trim() !== '' &&
        !overlays(lineStart.node)
      ) {
        caret = lineStart;
      }
      const range = characterRange(document, caret.node as Text, caret.offset);
      const top = range && rangeTop(range);
      if (range && top !== undefined) return { range, top };
    }
  }
  return undefined;
}

/**
 * The place kept by the last change. While the reader has not scrolled since, the next
 * change keeps the same words: re-picking the start of the top line after every
 * reflow would let several presses in a row drift by a line each.
 */
let kept: (Anchor & { scrollY: number; view: Window }) | undefined;

export function keepReadingPosition(change: () => void, document: Document): void {
  const view = document.defaultView;
  // At the top of the page the first words stay where they are whatever grows below
  // them; skipping the search also spares a layout when a page opens at a stored size.
  if (!view || (view.scrollY === 0 && view.scrollX === 0)) {
    kept = undefined;
    change();
    return;
  }
  const unmoved = kept && kept.view === view && Math.abs(view.scrollY - kept.scrollY) < 1;
  const anchor = unmoved && kept!.range.startContainer.isConnected ? kept : document && findAnchor(document);
  change();
  if (!anchor) return;
  const top = rangeTop(anchor.range);
  if (top === undefined) return;
  const drift = top - anchor.top;
  if (Math.abs(drift) >= 1) view.scrollBy({ top: drift, behavior: 'instant' });
  kept = { range: anchor.range, top: anchor.top, scrollY: view.scrollY, view };
}
