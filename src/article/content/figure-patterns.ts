/**
 * Turns the image patterns that portal CMSs produce into `<bantin-figure>`s, so that a
 * photo gets reserved space, lazy loading, a fallback when it fails, and its caption as
 * its accessible name:
 * - an image alone in its paragraph, with the caption in the next paragraph (centred,
 *   in italics, or with a caption class such as `image-caption`, `pCaption`, `MsoCaption`)
 *   or after a `<br>` in the same paragraph;
 * - the two-row table, image above caption (`<table class="image">`), or one cell
 *   holding both;
 * - `<figure><img><figcaption>` as CKEditor writes it;
 * - Froala's `<span class="fr-img-caption">` with the caption in its `.fr-inner`.
 * A lone image without a caption becomes a figure too, for the reserved space. A linked
 * image keeps its link (often to the full-size photo) inside the figure.
 */

const CAPTION_CLASS = /caption|chu-?thich|image_desc|img-desc|desc/i;
const WRAPPERS = new Set(['a', 'span', 'b', 'strong', 'i', 'em', 'u', 'center', 'font']);
const MAX_CAPTION = 400;

/** The image, when `container` holds nothing else but wrappers and whitespace. */
function loneImage(container: Element): HTMLImageElement | undefined {
  const images = container.querySelectorAll('img');
  if (images.length !== 1 || container.textContent!.trim()) return undefined;
  for (
    let node: Element | null = images[0].parentElement;
    node && node !== container;
    node = node.parentElement
  ) {
    if (!WRAPPERS.has(node.localName)) return undefined;
  }
  const others = [...container.querySelectorAll('*')].filter(
    (element) => element !== images[0] && !WRAPPERS.has(element.localName) && element.localName !== 'br',
  );
  return others.length ? undefined : (images[0] as HTMLImageElement);
}

/** Italics all the way through: the text of `element` equals the text of its em/i. */
function wholeEmphasis(element: Element): boolean {
  const emphasised = [...element.querySelectorAll('em, i')]
    .filter((em) => !em.parentElement?.closest('em, i'))
    .map((em) => em.textContent!)
    .join('');
  return emphasised.trim() === element.textContent!.trim();
}

function looksLikeCaption(element: Element | null): element is Element {
  if (!element || !/^(?:p|div)$/.test(element.localName) || element.querySelector('img, table')) return false;
  const text = element.textContent!.trim();
  if (!text || text.length > MAX_CAPTION) return false;
  return (
    CAPTION_CLASS.test(element.getAttribute('class') ?? '') ||
    element.getAttribute('align') === 'center' ||
    wholeEmphasis(element)
  );
}

/** The caption's inline content, less the wrappers: a cell's paragraph, and the italics the figure gives every caption anyway. */
function captionNodes(nodes: Node[]): Node[] {
  const meaningful = nodes.filter((node) => node.nodeType !== Node.TEXT_NODE || node.textContent!.trim());
  const [only] = meaningful;
  if (meaningful.length === 1 && only instanceof Element && /^(?:em|i|p|div|span)$/.test(only.localName)) {
    return captionNodes([...only.childNodes]);
  }
  return nodes;
}

function figure(image: HTMLImageElement, caption: Node[] | undefined): Element {
  const doc = image.ownerDocument;
  const result = doc.createElement('bantin-figure');
  for (const dimension of ['width', 'height']) {
    const value = Number(image.getAttribute(dimension));
    if (Number.isFinite(value) && value > 0) result.setAttribute(dimension, String(Math.round(value)));
    image.removeAttribute(dimension);
  }
  const text = caption
    ?.map((node) => node.textContent)
    .join('')
    .trim();
  // The caption names the figure; an image without alt is then described by it.
  if (text && !image.hasAttribute('alt')) image.setAttribute('alt', '');
  // The link around a photo (to the full-size file, or elsewhere) goes with it; the
  // figure finds the image inside.
  const link = image.closest('a[href]');
  if (link) {
    const kept = link.cloneNode(false) as Element;
    kept.append(image);
    result.append(kept);
  } else result.append(image);
  if (text) {
    const slot = doc.createElement('span');
    slot.setAttribute('slot', 'caption');
    slot.append(...captionNodes(caption!));
    slot.normalize();
    result.append(slot);
  }
  return result;
}

/** Nodes after the image's `<br>` inside the same block, when the caption shares it. */
function captionAfterBreak(block: Element): { image: HTMLImageElement; caption: Node[] } | undefined {
  const images = block.querySelectorAll('img');
  if (images.length !== 1) return undefined;
  let top: Node = images[0];
  while (top.parentNode !== block) top = top.parentNode!;
  const before = [];
  for (let node = top.previousSibling; node; node = node.previousSibling) before.push(node);
  if (before.some((node) => node.textContent!.trim())) return undefined;
  const after: Node[] = [];
  for (let node = top.nextSibling; node; node = node.nextSibling) after.push(node);
  const breakIndex = after.findIndex((node) => node instanceof Element && node.localName === 'br');
  if (breakIndex < 0 || after.slice(0, breakIndex).some((node) => node.textContent!.trim())) return undefined;
  const caption = after.slice(breakIndex + 1);
  const text = caption
    .map((node) => node.textContent)
    .join('')
    .trim();
  if (
    !text ||
    text.length > MAX_CAPTION ||
    caption.some((node) => node instanceof Element && node.querySelector('img, table'))
  ) {
    return undefined;
  }
  return { image: images[0] as HTMLImageElement, caption };
}

function fromTable(table: HTMLTableElement): Element | undefined {
  const cells = [...table.querySelectorAll('td, th')];
  if (table.querySelector('table') || cells.length === 0 || cells.length > 2) return undefined;
  if (cells.length === 2) {
    const rows = table.querySelectorAll('tr');
    const image = loneImage(cells[0]);
    if (rows.length !== 2 || !image || cells[1].querySelector('img')) return undefined;
    const text = cells[1].textContent!.trim();
    return figure(image, text && text.length <= MAX_CAPTION ? [...cells[1].childNodes] : undefined);
  }
  const image = loneImage(cells[0]);
  if (image) return figure(image, undefined);
  const shared = captionAfterBreak(cells[0]) ?? captionInBlocks(cells[0]);
  return shared && figure(shared.image, shared.caption);
}

/** A cell holding `<p><img></p><p>caption</p>`. */
function captionInBlocks(cell: Element): { image: HTMLImageElement; caption: Node[] } | undefined {
  const blocks = [...cell.children];
  if (blocks.length !== 2) return undefined;
  const image = loneImage(blocks[0]);
  const text = blocks[1].textContent!.trim();
  return image && text && text.length <= MAX_CAPTION && !blocks[1].querySelector('img')
    ? { image, caption: [...blocks[1].childNodes] }
    : undefined;
}

/** Rewrites the image patterns of `root` in place. */
export function buildFigures(root: Element): void {
  for (const existing of [...root.querySelectorAll('figure')]) {
    // CKEditor 5's <figure class="media"> once its <oembed> is dropped (the warning says
    // so): blank space, nothing to read.
    if (!existing.textContent!.trim() && !existing.querySelector('img, picture, video, audio, table')) {
      existing.remove();
      continue;
    }
    const image = existing.querySelector('img');
    if (!image || existing.querySelectorAll('img').length !== 1) continue;
    const caption = existing.querySelector('figcaption');
    existing.replaceWith(figure(image, caption ? [...caption.childNodes] : undefined));
  }
  for (const wrapper of [...root.querySelectorAll('.fr-img-caption')]) {
    const images = wrapper.querySelectorAll('img');
    const caption = wrapper.querySelector('.fr-inner');
    if (images.length !== 1 || !caption?.textContent!.trim()) continue;
    // The paragraph Froala puts it in goes too, when it holds nothing else.
    const block = wrapper.parentElement;
    const alone = block !== root && block?.textContent!.trim() === wrapper.textContent!.trim();
    (alone ? block! : wrapper).replaceWith(figure(images[0] as HTMLImageElement, [...caption.childNodes]));
  }
  for (const table of [...root.querySelectorAll('table')]) {
    const result = fromTable(table);
    if (result) table.replaceWith(result);
  }
  for (const block of [...root.querySelectorAll('p, div')]) {
    if (!block.parentNode || block.closest('bantin-figure, td, th, li')) continue;
    const image = loneImage(block);
    if (image) {
      const next = block.nextElementSibling;
      const caption = looksLikeCaption(next) ? [...next.childNodes] : undefined;
      block.replaceWith(figure(image, caption));
      if (caption) next!.remove();
      continue;
    }
    const shared = captionAfterBreak(block);
    if (shared) block.replaceWith(figure(shared.image, shared.caption));
  }
  // Images standing directly in the body, with or without a caption paragraph after them.
  for (const image of [...root.querySelectorAll(':scope > img')] as HTMLImageElement[]) {
    const next = image.nextElementSibling;
    const caption = looksLikeCaption(next) ? [...next.childNodes] : undefined;
    const [parent, after] = [image.parentNode!, image.nextSibling];
    parent.insertBefore(figure(image, caption), after);
    if (caption) next!.remove();
  }
}
