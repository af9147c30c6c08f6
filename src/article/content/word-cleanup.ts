/**
 * Removes what Microsoft Word, Google Docs and the web editors paste into a CMS and what
 * would pin the article's text: inline font sizes and families, `mso-*` styles and
 * classes, `<font>`, `<o:p>`, empty paragraphs, fixed widths. Keeps what carries
 * meaning: emphasis, links, lists, tables, headings, quotes, alt text, and alignment
 * (as the `align` attribute, which a strict CSP allows where it refuses inline styles).
 *
 * It works on a parsed, sanitized tree (never on the string), so a conditional comment
 * can only ever be a comment: the text between two of them stays, except Word's list
 * markers, which become list semantics (lists.ts).
 */
import { buildLists, removeLeadingText, type ListParagraph } from './lists.js';
import { readMarker } from './list-markers.js';
import { markHeaderRows } from './tables.js';
import { STYLE_ATTRIBUTE } from './tokenizer.js';

const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'blockquote',
  'li',
  'caption',
]);
const MEDIA = 'img, picture, video, audio, table, hr';
const INLINE_WRAPPERS = new Set(['span', 'font', 'b', 'strong', 'i', 'em', 'u']);
/** The longest text Word puts between `[if !supportLists]` and `[endif]` ("viii." and spaces). */
const MAX_MARKER = 8;

export function declaration(style: string, property: string): string | undefined {
  return new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(style)?.[1].trim();
}

/** A CSS length in px or pt, as whole CSS pixels. */
function pixels(value: string | undefined): number | undefined {
  const match = /^([\d.]+)(px|pt)$/i.exec(value ?? '');
  if (!match) return undefined;
  const number = Number(match[1]) * (match[2].toLowerCase() === 'pt' ? 4 / 3 : 1);
  return number > 0 ? Math.round(number) : undefined;
}

function rename(element: Element, name: string): Element {
  const renamed = element.ownerDocument.createElement(name);
  for (const { name: attribute, value } of [...element.attributes]) renamed.setAttribute(attribute, value);
  renamed.append(...element.childNodes);
  element.replaceWith(renamed);
  return renamed;
}

function wrapChildren(element: Element, name: string): void {
  const wrapper = element.ownerDocument.createElement(name);
  wrapper.append(...element.childNodes);
  element.append(wrapper);
}

function isBlank(element: Element): boolean {
  return !element.textContent!.trim() && !element.querySelector(MEDIA);
}

const LIST_STYLE_TYPES: Record<string, string> = {
  decimal: '1',
  'lower-alpha': 'a',
  'lower-latin': 'a',
  'upper-alpha': 'A',
  'upper-latin': 'A',
  'lower-roman': 'i',
  'upper-roman': 'I',
  disc: 'disc',
  circle: 'circle',
  square: 'square',
};

/** Inline styles become meaning (bold, italic, alignment, list type) or go; sizes go. */
function cleanAttributes(element: Element, paragraphs: Map<Element, ListParagraph>): void {
  const name = element.localName;
  const style = element.getAttribute(STYLE_ATTRIBUTE) ?? '';
  element.removeAttribute(STYLE_ATTRIBUTE);
  const align = (declaration(style, 'text-align') ?? element.getAttribute('align') ?? '').toLowerCase();
  element.removeAttribute('align');
  if (BLOCKS.has(name) && (align === 'center' || align === 'right')) element.setAttribute('align', align);
  if (name === 'img') {
    for (const dimension of ['width', 'height']) {
      const fromStyle = pixels(declaration(style, dimension));
      if (!element.hasAttribute(dimension) && fromStyle) element.setAttribute(dimension, String(fromStyle));
    }
  } else if (/^(?:table|td|th|col|colgroup)$/.test(name)) {
    element.removeAttribute('width');
    element.removeAttribute('height');
  }
  if (name === 'td' || name === 'th') {
    // Word's and the editors' header shading: a background other than white.
    const shading = declaration(style, 'background(?:-color)?') ?? element.getAttribute('bgcolor') ?? '';
    if (shading && !/^(?:#fff(?:fff)?|white|transparent|none|auto|windowtext)\b/i.test(shading)) {
      element.setAttribute('data-bantin-shaded', '');
    }
    element.removeAttribute('bgcolor');
  }
  const weight = declaration(style, 'font-weight') ?? '';
  if (name === 'span' || name === 'font') {
    if (/^(?:bold|bolder|[6-9]00)$/i.test(weight)) wrapChildren(element, 'b');
    if (/^italic$/i.test(declaration(style, 'font-style') ?? '')) wrapChildren(element, 'i');
  }
  if ((name === 'b' || name === 'strong') && /^(?:normal|[1-4]00)$/i.test(weight)) {
    // Google Docs wraps the whole copied body in <b style="font-weight:normal" id="docs-internal-guid-…">.
    element.setAttribute('data-bantin-unwrap', '');
  }
  if (name === 'ol' || name === 'ul' || name === 'li') {
    const listType = LIST_STYLE_TYPES[(declaration(style, 'list-style-type') ?? '').toLowerCase()];
    // The default markers (disc, decimal) need no attribute.
    if (listType && name !== 'li' && listType !== 'disc' && listType !== '1') {
      if (name === 'ol' && /^[1aAiI]$/.test(listType)) element.setAttribute('type', listType);
      else if (name === 'ul' && !/^[1aAiI]$/.test(listType)) element.setAttribute('type', listType);
    } else if (listType && name === 'li') {
      element.setAttribute('data-bantin-list-type', listType);
    }
  }
  const list = /mso-list:\s*l(\d+)\s+level(\d+)/i.exec(style);
  if (/^(?:p|h[1-6])$/.test(name) && list) {
    paragraphs.set(element, { list: Number(list[1]), level: Number(list[2]) });
  }
  if (name === 'span' && /mso-list:\s*ignore/i.test(style)) element.setAttribute('data-bantin-marker', '');
  const classes = (element.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((token) => token && !/^(?:Mso|WordSection|SpellE|GramE|ExternalClass|ms-rte)/i.test(token));
  if (classes.length) element.setAttribute('class', classes.join(' '));
  else element.removeAttribute('class');
  // Word writes lang="VI" or lang="EN-US" on nearly every run, often the wrong one
  // (the keyboard's language), which would make screen readers switch voices mid-
  // sentence. Authors and CMSs write lang in lower case; Word writes it in capitals.
  const lang = element.getAttribute('lang');
  if (lang && /^[A-Z]{2,3}(?:-[A-Z]{2,})?$/.test(lang)) element.removeAttribute('lang');
}

function closestBlock(node: Node, root: Element): Element | undefined {
  for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
    if (/^(?:p|h[1-6]|li|div)$/.test(element.localName)) return element;
  }
  return undefined;
}

/**
 * Word's typed list markers: what stands between `[if !supportLists]` and `[endif]`
 * (a real comment when an editor stored the paste, a bogus one from Word's own
 * clipboard, the same comment in the parsed tree), or in a `mso-list:Ignore` span when
 * an editor dropped the comments. A marker is taken out only when it is short and
 * reads as a number or a bullet; anything else stays as text.
 */
function takeWordMarkers(root: Element, paragraphs: Map<Element, ListParagraph>): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const starts: Comment[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/^\[if !supportLists\]$/i.test((node as Comment).data.trim())) starts.push(node as Comment);
  }
  const take = (block: Element | undefined, nodes: Node[]) => {
    const paragraph = block && paragraphs.get(block);
    const text = nodes.map((node) => node.textContent).join('');
    const compact = text.replace(/[\s\u00a0]+/g, '');
    if (!paragraph || paragraph.marker || compact.length > MAX_MARKER) return;
    const marker = readMarker(compact);
    if (!marker) return;
    paragraph.marker = marker;
    for (const node of nodes) node.parentNode?.removeChild(node);
  };
  for (const start of starts) {
    const nodes: Node[] = [];
    let node = start.nextSibling;
    while (
      node &&
      !(node.nodeType === Node.COMMENT_NODE && /^\[endif\]$/i.test((node as Comment).data.trim()))
    ) {
      nodes.push(node);
      node = node.nextSibling;
    }
    // No [endif] beside it: nothing is taken, so nothing can be swallowed.
    if (node) take(closestBlock(start, root), nodes);
  }
  for (const span of [...root.querySelectorAll('[data-bantin-marker]')]) {
    if (root.contains(span)) take(closestBlock(span, root), [span]);
    span.removeAttribute('data-bantin-marker');
  }
  // Editors that drop both the comments and the span leave the marker as the first word.
  for (const [block, paragraph] of paragraphs) {
    if (paragraph.marker) continue;
    const typed = /^[\s\u00a0]*(\S{1,6})[\s\u00a0]+/.exec(block.textContent!);
    const marker = typed && readMarker(typed[1]);
    if (!marker) continue;
    paragraph.marker = marker;
    removeLeadingText(block, typed[0].length);
  }
}

/** Cleans `root` (sanitized nodes in an inert document) in place. */
export function cleanWordPaste(root: Element): void {
  const paragraphs = new Map<Element, ListParagraph>();
  for (const element of [...root.querySelectorAll('*')]) cleanAttributes(element, paragraphs);
  takeWordMarkers(root, paragraphs);
  for (const element of [...root.querySelectorAll('[data-bantin-unwrap]')]) {
    element.replaceWith(...element.childNodes);
  }
  removeMarks(root);
  for (const mark of [...root.querySelectorAll('o\\:p')]) {
    if (mark.textContent!.trim()) mark.replaceWith(...mark.childNodes);
    else mark.remove();
  }
  for (const element of [
    ...root.querySelectorAll('font, span:not([class]):not([lang]):not([id]):not([title]):not([dir])'),
  ]) {
    element.replaceWith(...element.childNodes);
  }
  // Word's bookmarks (<a name="_GoBack">) that nothing links to.
  for (const anchor of [...root.querySelectorAll('a:not([href])')]) {
    const name = anchor.getAttribute('name') ?? anchor.id;
    if (!anchor.textContent!.trim() && !root.querySelector(`a[href="#${CSS.escape(name)}"]`)) {
      anchor.replaceWith(...anchor.childNodes);
    }
  }
  for (const div of [...root.querySelectorAll('div')].reverse()) {
    if ([...div.attributes].some((attribute) => attribute.name !== 'dir')) continue;
    const hasBlocks = [...div.children].some(
      (child) =>
        BLOCKS.has(child.localName) || /^(?:ul|ol|dl|table|figure|pre|hr|section)$/.test(child.localName),
    );
    if (hasBlocks) div.replaceWith(...div.childNodes);
    else if (!div.closest('td, th, li')) rename(div, 'p');
  }
  // Line breaks between blocks (Word's <br clear=all> before its footnotes).
  for (const lineBreak of [...root.querySelectorAll(':scope > br')]) lineBreak.remove();
  // Empty emphasis first, then the paragraphs that only held it or an &nbsp;.
  for (const element of [...root.querySelectorAll('*')].reverse()) {
    if (INLINE_WRAPPERS.has(element.localName) && isBlank(element) && !element.querySelector('br'))
      element.remove();
  }
  for (const block of [
    ...root.querySelectorAll('p, div, h1, h2, h3, h4, h5, h6, li, blockquote'),
  ].reverse()) {
    if (isBlank(block) && !block.querySelector('br')) block.remove();
    else if (isBlank(block) && block.parentElement === root) block.remove();
  }
  buildLists(root, paragraphs);
  markHeaderRows(root);
}

function removeMarks(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    // Word pads with runs of &nbsp;, which would also keep a line from wrapping.
    if (text.parentElement?.closest('pre')) continue;
    const value = text.data.replace(/[\s\u00a0]{2,}/g, ' ');
    if (value !== text.data) text.data = value;
  }
}
