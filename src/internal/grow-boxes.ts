/**
 * A portal box of fixed height that hides its overflow (a Facebook or YouTube
 * placeholder, a teaser card) was sized for the text at the page's own size: at the
 * reader's larger size its text would be cut off. While scaled, a box whose text it cuts
 * off, and which showed all of it at the page's own size, grows with its text
 * (`data-bantin-grow`: `height: auto`, at least its own height; WIDE_TABLE_RULE's
 * neighbour in ./intake-rule.ts). A box the page itself keeps closed (a "Xem thêm"
 * teaser) or one that crops a picture is left as it is; at 100 % nothing is marked.
 */
export const GROW_ATTRIBUTE = 'data-bantin-grow';

const MEDIA = 'img,video,picture,svg,iframe,canvas,object,embed';

const cut = (box: HTMLElement) => box.scrollHeight > box.clientHeight + 1;

/**
 * Marks again, from the layout now, which of `boxes` (elements that hide their
 * overflow) grow. `atOwnSize` runs a read with the page at its own size.
 */
export function growBoxes(boxes: Set<HTMLElement>, atOwnSize: (read: () => void) => void): void {
  if (boxes.size === 0) return;
  const candidates = [...boxes].filter((box) => box.isConnected && !box.querySelector(MEDIA));
  for (const box of candidates) box.removeAttribute(GROW_ATTRIBUTE);
  // Most such boxes are clearfix containers of auto height: nothing cut, one layout read.
  const clipped = candidates.filter(cut);
  if (clipped.length === 0) return;
  let fitOwn: HTMLElement[] = [];
  atOwnSize(() => (fitOwn = clipped.filter((box) => !cut(box))));
  const win = fitOwn[0]?.ownerDocument.defaultView;
  const heights = fitOwn.map((box) => win!.getComputedStyle(box).height);
  fitOwn.forEach((box, index) => {
    box.style.setProperty('--_bantin-h', heights[index]!);
    box.setAttribute(GROW_ATTRIBUTE, '');
  });
}

export function shrinkBoxes(boxes: Set<HTMLElement>): void {
  for (const box of boxes) {
    box.removeAttribute(GROW_ATTRIBUTE);
    box.style.removeProperty('--_bantin-h');
  }
}
