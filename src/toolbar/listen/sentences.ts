/**
 * The article as the listener hears it: its visible text in reading order, cut into
 * sentences, each with a live `Range` over the page's own text nodes. Ranges (not
 * positions) keep the highlight on the words whatever the text size or layout.
 */

import type { BantinFigure } from '../../figure/figure.js';
import { NO_SENTENCE_END } from './no-sentence-end.js';

export interface Sentence {
  /** The words to speak, whitespace collapsed. */
  text: string;
  /** Where they are on the page. */
  range: Range;
  /** The page's text node and offset of each character of `text`. */
  points: [Text, number][];
}

/** Elements whose text is a unit of its own (a paragraph for the listener). */
const BLOCK =
  'p,h1,h2,h3,h4,h5,h6,li,dt,dd,blockquote,figcaption,caption,th,td,pre,div,section,aside,figure,[slot]';
/** Never read: the toolbar's own controls, hidden content, code and form controls. */
const SKIP =
  'bantin-toolbar,script,style,template,noscript,button,select,textarea,svg,[hidden],[inert],[aria-hidden="true"]';
/** The article's parts in reading order; its `meta` (date, source, tags) is not read. */
const ARTICLE_SLOTS = ['title', 'lead', '', 'byline'];

/**
 * The article's sentences. `noEnd` lists the words (written with their dot: "TP.",
 * "GS.TS.") after which `Intl.Segmenter` cuts but a sentence never ends; Vietnamese
 * titles and kinds of place by default.
 */
export function sentencesOf(
  target: HTMLElement,
  lang: string,
  noEnd: readonly string[] = /^vi(?:[-_]|$)/i.test(lang) ? NO_SENTENCE_END : [],
): Sentence[] {
  const keep = new Set(noEnd);
  const segmenter = Intl.Segmenter ? new Intl.Segmenter(lang, { granularity: 'sentence' }) : undefined;
  const sentences: Sentence[] = [];
  const visible = new Map<Element, boolean>();
  let nodes: Text[] = [];
  let block: Element | undefined;

  const flush = () => {
    // Collapses whitespace (line breaks inside a paragraph would end a sentence)
    // while remembering where each character came from.
    let text = '';
    const from: [Text, number][] = [];
    for (const node of nodes) {
      for (let i = 0; i < node.data.length; i++) {
        const space = /\s/.test(node.data[i]!);
        if (space && (text === '' || text.endsWith(' '))) continue;
        text += space ? ' ' : node.data[i];
        from.push([node, i]);
      }
    }
    nodes = [];
    const segments: [number, number][] = [];
    for (const { segment, index } of segmenter?.segment(text) ?? [{ segment: text, index: 0 }]) {
      const previous = segments.at(-1);
      // "UBND TP. | Hồ Chí Minh", "GS.TS. | Nguyễn Văn A": the cut after a title or a
      // place kind is undone.
      if (previous && keep.has(lastWord(text.slice(...previous)))) previous[1] = index + segment.length;
      else segments.push([index, index + segment.length]);
    }
    for (let [start, end] of segments) {
      while (text[start] === ' ') start++;
      // Portals end an article with "./"; the slash is not spoken.
      while (end > start && (text[end - 1] === ' ' || text.endsWith('./', end))) end--;
      const words = text.slice(start, end);
      if (!/[\p{L}\p{N}]/u.test(words)) continue;
      const range = new Range();
      range.setStart(...from[start]!);
      const [node, offset] = from[end - 1]!;
      range.setEnd(node, offset + 1);
      sentences.push({ text: words, range, points: from.slice(start, end) });
    }
  };

  const add = (node: Text, owner: Element) => {
    if (owner !== block) {
      flush();
      block = owner;
    }
    nodes.push(node);
  };

  const walk = (root: Element) => {
    if (root.matches(SKIP)) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node instanceof Element && node.matches(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const parent = node.parentElement!;
        if (!visible.has(parent)) {
          visible.set(
            parent,
            parent.checkVisibility?.({ visibilityProperty: true, checkVisibilityCSS: true }) ??
              parent.getClientRects().length > 0,
          );
        }
        const owner = parent.closest(BLOCK);
        if (visible.get(parent)) add(node, owner && root.contains(owner) ? owner : root);
      } else if ((node as Element).localName === 'bantin-figure') {
        // A caption given as an attribute lives in the figure's shadow root, and the figure
        // hands out its text nodes; not figure.captionText: the highlight needs a Range
        // over the words the reader sees. Undefined before the figure upgrades.
        const caption = (node as Partial<BantinFigure>).captionTextNodes?.() ?? [];
        for (const text of caption) add(text, text.parentElement!);
      }
    }
    flush();
  };

  if (target.localName === 'bantin-article') {
    const children = [...target.children];
    for (const slot of ARTICLE_SLOTS) {
      for (const child of children) if ((child.getAttribute('slot') ?? '') === slot) walk(child);
    }
  } else {
    walk(target);
  }
  return sentences;
}

/** The segment's last word, without the brackets or quotes before it. */
function lastWord(segment: string): string {
  return (
    segment
      .trimEnd()
      .split(' ')
      .at(-1)
      ?.replace(/^[("“'‘[]+/u, '') ?? ''
  );
}
