/**
 * Makes an untrusted HTML string safe to put in the page: the browser's own sanitizer
 * (`Element.setHTML`) where it exists, DOMPurify (a chunk of its own, loaded only here)
 * elsewhere; then one allowlist, the same in every engine, so that what a reader gets
 * does not depend on the browser.
 *
 * Nothing here turns nodes back into a string: the parsed, sanitized nodes are what the
 * article receives, so there is no second parse for a mutation-XSS payload to exploit.
 */

import { STYLE_ATTRIBUTE, tokenize } from './tokenizer.js';

/** Dropped with everything inside them: active content, page-level tags, controls. */
export const DROPPED = [
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'base',
  'link',
  'meta',
  'title',
  'head',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'keygen',
  'isindex',
  'dialog',
  'portal',
  'slot',
  'canvas',
  'svg',
  'math',
  'xmp',
  'plaintext',
];

/** What an article is made of; any other element gives up its tag but keeps its text. */
const ELEMENTS = new Set(
  (
    'p br hr h1 h2 h3 h4 h5 h6 b strong i em u s strike del ins mark small sub sup abbr cite q dfn ' +
    'code kbd samp var pre blockquote a ul ol li dl dt dd table thead tbody tfoot tr th td caption ' +
    'colgroup col img picture source figure figcaption video audio track div span section article ' +
    'aside header footer address time details summary wbr bdi bdo'
  ).split(' '),
);

/** Elements whose words stay but whose tag goes: presentational, or Word's own. */
const UNWRAPPED = [
  'font',
  'center',
  'marquee',
  'blink',
  'nobr',
  'o:p',
  ...'place city country-region personname date time address street state placename placetype'
    .split(' ')
    .map((name) => `st1:${name}`),
];

const GLOBAL_ATTRIBUTES = new Set(['class', 'id', 'title', 'lang', 'dir', 'align']);

const ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'name'],
  img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes'],
  source: ['src', 'srcset', 'sizes', 'type', 'media', 'width', 'height'],
  video: ['src', 'controls', 'poster', 'width', 'height', 'preload', 'loop', 'muted', 'playsinline'],
  audio: ['src', 'controls', 'preload', 'loop', 'muted'],
  track: ['src', 'kind', 'srclang', 'label', 'default'],
  td: ['colspan', 'rowspan', 'headers', 'width', 'height', 'valign'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr', 'width', 'height', 'valign'],
  table: ['border', 'width', 'height', 'summary'],
  col: ['span', 'width'],
  colgroup: ['span', 'width'],
  ol: ['start', 'type', 'reversed'],
  ul: ['type'],
  li: ['value'],
  font: ['size', 'face', 'color'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  details: ['open'],
};

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite']);
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
// Images that editors inline; never text/html or SVG documents.
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp)[;,]/i;

/** Resolved the way the browser will resolve it, so tabs, NULs and entities cannot hide a scheme. */
function safeUrl(element: string, value: string): boolean {
  try {
    const url = new URL(value, document.baseURI);
    return SAFE_SCHEMES.has(url.protocol) || (element === 'img' && DATA_IMAGE.test(url.href));
  } catch {
    return false;
  }
}

/** Ids get a prefix so that CMS markup cannot clobber the page's own globals (`window.foo`). */
export const ID_PREFIX = 'bantin-content-';

/**
 * The elements of `html` outside the article's vocabulary that are not dropped on
 * purpose (`<form>`, `<label>`, `<nobr>`, Word's `<st1:…>` smart tags, editors' own
 * tags): the Sanitizer API removes an element it is not told about together with its
 * words, where DOMPurify keeps the words. Named here, they give up only their tags.
 */
function unknownElements(html: string): string[] {
  const names = new Set<string>();
  tokenize(html, {
    startTag(name) {
      // html and body are the parser's own: named, they would unwrap the whole body.
      if (name === 'html' || name === 'body') return;
      if (!ELEMENTS.has(name) && !DROPPED.includes(name) && /^[a-z][a-z\d]*(?:[:._-][a-z\d]+)*$/.test(name)) {
        names.add(name);
      }
    },
  });
  return [...names];
}

/** True where the browser sanitizes by itself (Chromium 146+, Firefox 148+). */
function hasSetHTML(
  element: Element,
): element is Element & { setHTML(html: string, options?: object): void } {
  return typeof (element as { setHTML?: unknown }).setHTML === 'function';
}

/**
 * What the cleanup reads before {@link enforceAllowlist} runs, and what the sanitizers
 * must therefore let through: the style values (under their harmless name, see
 * tokenizer.ts), Google Docs' list levels, and comments, where Word's
 * `[if !supportLists]` … `[endif]` pairs say which text is a typed list marker.
 */
const CLEANUP_ATTRIBUTES = [STYLE_ATTRIBUTE, 'aria-level', 'bgcolor'];

/**
 * Parses and sanitizes `html` into a detached container of an inert document (no
 * scripts, no image loads, no custom-element upgrades until the nodes are adopted).
 * `html` must have passed through `withoutInlineAttributes` (no CSP report from the
 * parse); comments and {@link CLEANUP_ATTRIBUTES} stay for the cleanup, and
 * {@link enforceAllowlist} removes them after it.
 */
export async function sanitize(html: string): Promise<HTMLElement> {
  const inert = document.implementation.createHTMLDocument('');
  const holder = inert.createElement('div');
  if (hasSetHTML(holder)) {
    // An allow-list: Chromium 156 crashes the tab on `onstart`/`onfinish` attributes
    // when given a remove-list. Word's unknown elements (<o:p>, smart tags) and <font>
    // give up their tag and keep their words.
    const sanitizer = {
      elements: [...ELEMENTS],
      replaceWithChildrenElements: [...new Set([...UNWRAPPED, ...unknownElements(html)])],
      attributes: [
        ...new Set([...GLOBAL_ATTRIBUTES, ...Object.values(ATTRIBUTES).flat(), ...CLEANUP_ATTRIBUTES]),
      ],
      comments: true,
    };
    holder.setHTML(html, { sanitizer });
  } else {
    const { purify } = await import('./dompurify.js');
    holder.append(purify(html, inert, DROPPED));
  }
  return holder;
}

/**
 * The second line of defence, applied after either sanitizer: the article's vocabulary
 * of elements and attributes, URL schemes, and ids that cannot clobber globals.
 */
export function enforceAllowlist(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  const unwrap: Element[] = [];
  const remove: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.ELEMENT_NODE) {
      remove.push(node);
      continue;
    }
    const element = node as Element;
    const name = element.localName;
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml' || DROPPED.includes(name)) {
      remove.push(element);
      continue;
    }
    if (!ELEMENTS.has(name)) unwrap.push(element);
    for (const { name: attribute, value } of [...element.attributes]) {
      const allowed = GLOBAL_ATTRIBUTES.has(attribute) || ATTRIBUTES[name]?.includes(attribute);
      const badUrl = URL_ATTRIBUTES.has(attribute) && !safeUrl(name, value);
      const empty = !value.trim() && (attribute === 'title' || attribute === 'class' || attribute === 'id');
      if (!allowed || badUrl || empty || (attribute === 'srcset' && /script:|data:/i.test(value))) {
        element.removeAttribute(attribute);
      }
    }
    if (name === 'a' && element.hasAttribute('name')) {
      // Word's bookmarks and footnotes link by name; an id does the same job.
      if (!element.id) element.id = element.getAttribute('name')!;
      element.removeAttribute('name');
    }
    if (element.id) element.id = ID_PREFIX + element.id;
    const href = element.getAttribute('href');
    if (href?.startsWith('#') && href.length > 1)
      element.setAttribute('href', `#${ID_PREFIX}${href.slice(1)}`);
  }
  for (const node of remove) node.parentNode?.removeChild(node);
  for (const element of unwrap) element.replaceWith(...element.childNodes);
}
