/**
 * Removes what Microsoft Word (and editors that imitate it) paste into a CMS and what
 * would pin the article's text: inline font sizes and families, `mso-*` styles and
 * classes, `<font>`, `<o:p>`, empty paragraphs, fixed widths. Keeps what carries
 * meaning: emphasis, links, lists, tables, headings, quotes, alt text, and alignment
 * (as the `align` attribute, which a strict CSP allows where it refuses inline styles).
 */

/** Marks the start of a Word list item; chosen from Unicode's private use area. */
const LIST_MARK = '\uE000';
const ORDERED_MARK = '\uE001';

/**
 * Word's conditional comments, on the string before it is parsed: `<!--[if gte mso 9]>…`
 * blocks are Word's own settings; `<![if !supportLists]>…<![endif]>` holds a list item's
 * typed bullet or number, which becomes a mark that {@link cleanWordPaste} turns into
 * a real list.
 */
export function stripConditionalComments(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi, (_, marker: string) => {
      const text = marker.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '');
      return /^(?:\d+|[a-z]|[ivxlc]+)[.)]$/i.test(text) ? ORDERED_MARK : LIST_MARK;
    })
    .replace(/<!\[(?:if [^\]]*|endif)\]>/gi, '');
}

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

function declaration(style: string, property: string): string | undefined {
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

/** Inline styles become meaning (bold, italic, alignment) or go; sizes go. */
function cleanAttributes(element: Element, listLevels: Map<Element, number>): void {
  const name = element.localName;
  const style = element.getAttribute('style') ?? '';
  element.removeAttribute('style');
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
  if (name === 'span' || name === 'font') {
    if (/^(?:bold|bolder|[6-9]00)$/i.test(declaration(style, 'font-weight') ?? ''))
      wrapChildren(element, 'b');
    if (/^italic$/i.test(declaration(style, 'font-style') ?? '')) wrapChildren(element, 'i');
  }
  const list = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style);
  if (name === 'p' && list) listLevels.set(element, Number(list[1]));
  const classes = (element.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((token) => token && !/^(?:Mso|WordSection)/i.test(token));
  if (classes.length) element.setAttribute('class', classes.join(' '));
  else element.removeAttribute('class');
  // Word writes lang="VI" or lang="EN-US" on nearly every run, often the wrong one
  // (the keyboard's language), which would make screen readers switch voices mid-
  // sentence. Authors and CMSs write lang in lower case; Word writes it in capitals.
  const lang = element.getAttribute('lang');
  if (lang && /^[A-Z]{2,3}(?:-[A-Z]{2,})?$/.test(lang)) element.removeAttribute('lang');
}

/** Consecutive Word list paragraphs become `<ul>`/`<ol>` with `<li>`s, nested by level. */
function buildLists(listLevels: Map<Element, number>): void {
  // Entries consumed by an earlier run are deleted, and a Map's iteration skips them.
  for (const first of listLevels.keys()) {
    const doc = first.ownerDocument;
    const stack: { list: Element; level: number }[] = [];
    let paragraph: Element | null = first;
    while (paragraph && listLevels.has(paragraph)) {
      const level = listLevels.get(paragraph)!;
      listLevels.delete(paragraph);
      const next: Element | null = paragraph.nextElementSibling;
      const ordered = paragraph.textContent!.includes(ORDERED_MARK);
      while (stack.length && stack[stack.length - 1].level > level) stack.pop();
      if (!stack.length || stack[stack.length - 1].level < level) {
        const list = doc.createElement(ordered ? 'ol' : 'ul');
        if (stack.length) stack[stack.length - 1].list.lastElementChild!.append(list);
        else paragraph.before(list);
        stack.push({ list, level });
      }
      const item = doc.createElement('li');
      item.append(...paragraph.childNodes);
      stack[stack.length - 1].list.append(item);
      paragraph.remove();
      paragraph = next;
    }
  }
}

function removeMarks(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    let value = text.data.replace(/[\uE000\uE001]/g, '');
    // Word pads with runs of &nbsp;, which would also keep a line from wrapping.
    if (!text.parentElement?.closest('pre')) value = value.replace(/[\s\u00a0]{2,}/g, ' ');
    if (value !== text.data) text.data = value;
  }
}

/** Cleans `root` (sanitized nodes in an inert document) in place. */
export function cleanWordPaste(root: Element): void {
  const listLevels = new Map<Element, number>();
  for (const element of [...root.querySelectorAll('*')]) cleanAttributes(element, listLevels);
  buildLists(listLevels);
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
    if (!anchor.textContent!.trim() && !root.querySelector(`a[href="#${CSS.escape(anchor.id)}"]`)) {
      anchor.replaceWith(...anchor.childNodes);
    }
  }
  for (const div of [...root.querySelectorAll('div')].reverse()) {
    if (div.attributes.length) continue;
    const hasBlocks = [...div.children].some(
      (child) =>
        BLOCKS.has(child.localName) || /^(?:ul|ol|dl|table|figure|pre|hr|section)$/.test(child.localName),
    );
    if (hasBlocks) div.replaceWith(...div.childNodes);
    else rename(div, 'p');
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
    if (isBlank(block)) block.remove();
  }
}
