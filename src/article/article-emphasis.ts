/**
 * Keeps the relative emphasis a page gave its article text, under the typography
 * layer of article-typography.ts. A chunk of its own, loaded once the article has
 * rendered: the layer alone already gives every reader a readable, scalable article.
 */

/** The size each rule above gives an element, relative to the body text. */
const HEADING_RATIO: Record<string, number> = { h1: 1.3, h2: 1.3, h3: 1.15, h4: 1.05, h5: 1.05, h6: 1.05 };
const SLOT_RATIO: Record<string, number> = { title: 1.75, lead: 1.05, meta: 0.875 };

/** Emphasis shorter than this is kept; longer runs at an odd size are paste noise. */
const EMPHASIS_MAX_LENGTH = 160;
const EMPHASIS_THRESHOLD = 0.12;

function directTextLength(element: Element): number {
  let length = 0;
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) length += child.textContent!.trim().length;
  }
  return length;
}

function ruleRatio(element: Element, parentRatio: number, article: Element): number | undefined {
  if (element.parentElement === article) {
    const slot = element.getAttribute('slot');
    if (slot !== null) return SLOT_RATIO[slot] ?? 1;
  }
  const heading = HEADING_RATIO[element.localName];
  if (heading !== undefined) return heading;
  if (element.localName === 'small' || element.localName === 'sub' || element.localName === 'sup') {
    return parentRatio * 0.8;
  }
  return undefined;
}

/**
 * Keeps the relative emphasis the page gave its text (a pasted 16 pt heading among
 * 13 pt paragraphs stays bigger) while the layer above sets every size: reads every
 * element's size as the page styled it, with the layer off, then writes an inline
 * `em` only where a short run was clearly bigger or smaller than the body text.
 */
export function keepEmphasis(
  article: HTMLElement,
  elements: Element[],
  sheet: CSSStyleSheet | undefined,
): void {
  const candidates = elements.filter(
    (element) => element instanceof HTMLElement && element.closest('bantin-figure') === null,
  );
  if (candidates.length === 0 || !sheet) return;
  sheet.disabled = true;
  const sizes = new Map<Element, number>();
  sizes.set(article, parseFloat(getComputedStyle(article).fontSize));
  for (const element of candidates) sizes.set(element, parseFloat(getComputedStyle(element).fontSize));
  sheet.disabled = false;

  const body = medianBodySize(candidates, sizes, article);
  if (!body) return;
  const ratios = new Map<Element, number>([[article, 1]]);
  for (const element of candidates) {
    dropImportantInlineSizes(element as HTMLElement);
    const parent = element.parentElement;
    const parentRatio = (parent && ratios.get(parent)) ?? 1;
    const byRule = ruleRatio(element, parentRatio, article);
    if (byRule !== undefined) {
      ratios.set(element, byRule);
      continue;
    }
    const size = sizes.get(element)!;
    const parentSize = (parent && sizes.get(parent)) ?? size;
    const ratio = size / body;
    const emphasised =
      Math.abs(ratio - 1) > EMPHASIS_THRESHOLD &&
      Math.abs(size / parentSize - 1) > EMPHASIS_THRESHOLD &&
      (element.textContent ?? '').trim().length <= EMPHASIS_MAX_LENGTH;
    if (!emphasised) {
      ratios.set(element, parentRatio);
      continue;
    }
    const own = Math.min(2, Math.max(0.75, ratio));
    ratios.set(element, own);
    (element as HTMLElement).style.setProperty(
      'font-size',
      `${+(own / parentRatio).toFixed(3)}em`,
      'important',
    );
  }
}

/** An inline `!important` size (rare, but Word and old editors write it) would beat the layer. */
function dropImportantInlineSizes(element: HTMLElement): void {
  for (const property of ['font-size', 'line-height']) {
    if (element.style.getPropertyPriority(property) === 'important') element.style.removeProperty(property);
  }
}

/** The size most of the body text had, weighted by its length. */
function medianBodySize(
  elements: Element[],
  sizes: Map<Element, number>,
  article: Element,
): number | undefined {
  const samples: Array<[number, number]> = [];
  for (const element of elements) {
    if (HEADING_RATIO[element.localName] !== undefined) continue;
    if (element.closest('[slot]') !== null && element.closest('[slot]')!.parentElement === article) continue;
    const length = directTextLength(element);
    if (length > 0) samples.push([sizes.get(element)!, length]);
  }
  if (samples.length === 0) return undefined;
  samples.sort((a, b) => a[0] - b[0]);
  const half = samples.reduce((sum, [, length]) => sum + length, 0) / 2;
  let seen = 0;
  for (const [size, length] of samples) {
    seen += length;
    if (seen >= half) return size;
  }
  return samples[samples.length - 1]![0];
}

/**
 * Keeps the emphasis of what arrives later (AJAX pages, `content`): reads only the new
 * elements, in document order so that a parent's size is known before its children's.
 * Lives here, not in the article, because it is needed only once this module is.
 */
export function watchEmphasis(
  article: HTMLElement,
  sheet: () => CSSStyleSheet | undefined,
): MutationObserver {
  const observer = new MutationObserver((records) => {
    const added = new Set<Element>();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || !article.contains(node)) continue;
        added.add(node);
        for (const descendant of node.querySelectorAll('*')) added.add(descendant);
      }
    }
    const inOrder = [...article.querySelectorAll('*')].filter((element) => added.has(element));
    keepEmphasis(article, inOrder, sheet());
  });
  observer.observe(article, { childList: true, subtree: true });
  return observer;
}
