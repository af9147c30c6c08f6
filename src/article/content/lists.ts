/**
 * Real lists from every way a list reaches a CMS: Word's list paragraphs (`mso-list`
 * levels, their typed markers already read), editors' lists with the wrong nesting or
 * with typed markers inside the items, Google Docs' `aria-level` items, and paragraphs
 * typed as "- …", "1. …", "a) …". The markers become the list's `type`, `start` and
 * `value`, so the reader sees the same numbers, and leave the text — except where no
 * list type shows what was written ("a)", "1)", the Vietnamese points "đ)", "g)" after
 * "e)"): those lists keep their markers as text and show no markers of their own.
 *
 * Legal text is left alone: in a body with articles ("Điều 1.", "Chương II"), typed
 * numbers are part of the law's wording and its points must not merge across articles.
 */
import { follows, keepsWrittenMarkers, readMarker, TYPED_MARKER, type Marker } from './list-markers.js';

export interface ListParagraph {
  /** Word's list id (`l0`, `l1`): a new id at the outer level starts a new list. */
  list: number;
  level: number;
  marker?: Marker;
}

const LEGAL_HEADING = /^[\s\u00a0]*(?:Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+\s*[.:])/;

interface Open {
  list: Element;
  level: number;
  marker: Marker;
  next: number;
}

function newList(doc: Document, marker: Marker): Element {
  const list = doc.createElement(marker.ordered ? 'ol' : 'ul');
  if (marker.ordered) {
    if (marker.type !== '1') list.setAttribute('type', marker.type);
    if (marker.value !== 1) list.setAttribute('start', String(marker.value));
  } else if (marker.type !== 'disc') {
    list.setAttribute('type', marker.type);
  }
  return list;
}

/** The class of a list that shows its markers as written (content-styles.ts). */
export const WRITTEN_MARKERS = 'bantin-written-markers';

/**
 * Shows `markers` as written at the start of `items`, in place of the list's own (its
 * type, start and values stay for what the list is; it draws none of them).
 */
function keepWritten(list: Element, items: readonly Element[], markers: readonly Marker[]): void {
  list.classList.add(WRITTEN_MARKERS);
  items.forEach((item, index) => item.prepend(`${markers[index].text} `));
}

/** Puts `items` (block, level, marker) into nested lists in place of the blocks. */
function nest(items: { block: Element; level: number; marker: Marker; contents: Node[] }[]): void {
  const doc = items[0].block.ownerDocument;
  const stack: Open[] = [];
  const built = new Map<Element, { items: Element[]; markers: Marker[] }>();
  for (const { block, level, marker, contents } of items) {
    while (stack.length && stack[stack.length - 1].level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (top && top.level === level && top.marker.family !== marker.family) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top || top.level < level) {
      const list = newList(doc, marker);
      const parentItem = top?.list.lastElementChild;
      if (parentItem) parentItem.append(list);
      else block.before(list);
      top = { list, level, marker, next: marker.value };
      stack.push(top);
    }
    const item = doc.createElement('li');
    if (marker.ordered && marker.value !== top.next) item.setAttribute('value', String(marker.value));
    top.next = marker.value + 1;
    item.append(...contents);
    top.list.append(item);
    block.remove();
    const entry = built.get(top.list) ?? { items: [], markers: [] };
    entry.items.push(item);
    entry.markers.push(marker);
    built.set(top.list, entry);
  }
  for (const [list, { items: listItems, markers }] of built) {
    if (keepsWrittenMarkers(markers)) keepWritten(list, listItems, markers);
  }
}

/** Word's list paragraphs, consecutive siblings grouped into lists. */
function wordLists(paragraphs: Map<Element, ListParagraph>): void {
  const done = new Set<Element>();
  for (const first of paragraphs.keys()) {
    if (done.has(first) || !first.parentNode) continue;
    const items: { block: Element; level: number; marker: Marker; contents: Node[] }[] = [];
    let list: number | undefined;
    for (
      let block: Element | null = first;
      block && paragraphs.has(block);
      block = block.nextElementSibling
    ) {
      const paragraph = paragraphs.get(block)!;
      // Another of Word's lists begins here: it is built on its own turn, marker and all.
      if (list !== undefined && paragraph.level === 1 && paragraph.list !== list && items.length) break;
      done.add(block);
      if (!paragraph.marker) break;
      list ??= paragraph.list;
      const previous = [...items].reverse().find((item) => item.level === paragraph.level)?.marker;
      items.push({
        block,
        level: paragraph.level,
        marker: previous ? continuing(previous, paragraph.marker) : paragraph.marker,
        contents: [...block.childNodes],
      });
    }
    if (items.length) nest(items);
  }
}

/**
 * Word's markers are read one by one: "i)" after "h)" reads as the numeral one. After a
 * letter at the same level it is the letter, and the list goes on.
 */
function continuing(previous: Marker, marker: Marker): Marker {
  if (!/^[aA]$/.test(previous.type) || !/^[iI]$/.test(marker.type)) return marker;
  const letter = readMarker(marker.text, previous.type);
  return letter && follows(previous, letter) ? letter : marker;
}

/** Takes the first `count` characters of `element`'s text out, across its text nodes. */
export function removeLeadingText(element: Element, count: number): void {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (
    let node = walker.nextNode() as Text | null;
    node && count > 0;
    node = walker.nextNode() as Text | null
  ) {
    const taken = Math.min(count, node.data.length);
    node.data = node.data.slice(taken);
    count -= taken;
  }
}

function typedMarker(element: Element, previous?: string): { marker: Marker; length: number } | undefined {
  const match = TYPED_MARKER.exec(element.textContent!);
  if (!match) return undefined;
  const marker = readMarker(match[1], previous);
  return marker && { marker, length: match[0].length };
}

/**
 * Runs of paragraphs typed as list items. A run needs two items or more; numbered items
 * must follow each other (2 after 1, b after a), and a run of "a)" items right after a
 * numbered one nests in it.
 */
function typedLists(root: Element): void {
  const parents = new Set([...root.querySelectorAll('p')].map((paragraph) => paragraph.parentElement!));
  for (const parent of parents) {
    let run: { block: Element; level: number; marker: Marker; length: number }[] = [];
    const flush = () => {
      if (run.length >= 2) {
        nest(
          run.map(({ block, level, marker, length }) => {
            removeLeadingText(block, length);
            return { block, level, marker, contents: [...block.childNodes] };
          }),
        );
      }
      run = [];
    };
    const levels: { family: string; last: Marker; level: number }[] = [];
    for (const block of [...parent.children]) {
      const last = levels[levels.length - 1];
      const found = block.localName === 'p' ? typedMarker(block, last?.family[0]) : undefined;
      if (!found) {
        flush();
        levels.length = 0;
        continue;
      }
      const { marker } = found;
      const fits = (open: { last: Marker }) => follows(open.last, marker);
      let depth = levels.length - 1;
      while (depth >= 0 && !fits(levels[depth])) depth--;
      if (depth >= 0) levels.length = depth + 1;
      else if (levels.length && (!marker.ordered || marker.value === 1)) {
        levels.push({ family: marker.family, last: marker, level: levels.length + 1 });
        depth = levels.length - 1;
      } else {
        flush();
        levels.length = 0;
        levels.push({ family: marker.family, last: marker, level: 1 });
        depth = 0;
      }
      levels[depth].last = marker;
      run.push({ block, level: depth + 1, marker, length: found.length });
    }
    flush();
  }
}

/** Editors' lists: nesting repaired, Google Docs' levels nested, typed markers read. */
function editorLists(root: Element): void {
  // A list directly inside a list (Google Docs, old editors) belongs to the item before it.
  for (const inner of [...root.querySelectorAll(':is(ul, ol) > :is(ul, ol)')]) {
    const previous = inner.previousElementSibling;
    if (previous?.localName === 'li') previous.append(inner);
    else {
      const item = inner.ownerDocument.createElement('li');
      inner.before(item);
      item.append(inner);
    }
  }
  for (const list of [...root.querySelectorAll('ul, ol')]) {
    // Google Docs: a flat list whose items say their level.
    const items = [...list.children].filter((child) => child.localName === 'li');
    const base = Number(items[0]?.getAttribute('aria-level')) || 1;
    for (const item of items) {
      const level = Number(item.getAttribute('aria-level')) || base;
      if (level <= base) continue;
      const previous = item.previousElementSibling;
      if (previous?.localName !== 'li') continue;
      const nested = previous.lastElementChild;
      const type = item.getAttribute('data-bantin-list-type') ?? '';
      if (nested && /^(?:ul|ol)$/.test(nested.localName)) nested.append(item);
      else {
        const inner = item.ownerDocument.createElement(list.localName);
        if (type && type !== 'disc' && type !== '1') inner.setAttribute('type', type);
        previous.append(inner);
        inner.append(item);
      }
    }
    // Google Docs and LibreOffice wrap each item's words in a paragraph.
    for (const item of list.querySelectorAll(':scope > li')) {
      const blocks = [...item.children].filter((child) => child.localName === 'p');
      if (blocks.length === 1 && !item.textContent!.replace(blocks[0].textContent!, '').trim()) {
        blocks[0].replaceWith(...blocks[0].childNodes);
      }
    }
    const type = list
      .querySelector(':scope > li[data-bantin-list-type]')
      ?.getAttribute('data-bantin-list-type');
    if (type && type !== 'disc' && type !== '1' && !list.hasAttribute('type')) {
      if (list.localName === 'ol' && /^[1aAiI]$/.test(type)) list.setAttribute('type', type);
      if (list.localName === 'ul' && !/^[1aAiI]$/.test(type)) list.setAttribute('type', type);
    }
    typedItems(list);
  }
  for (const element of [...root.querySelectorAll('[data-bantin-list-type], li[aria-level]')]) {
    element.removeAttribute('data-bantin-list-type');
    element.removeAttribute('aria-level');
  }
}

/** A list whose every item starts with a typed marker ("1. …", "· …"): the markers become the list's. */
function typedItems(list: Element): void {
  const items = [...list.children].filter((child) => child.localName === 'li');
  if (!items.length) return;
  const found: { marker: Marker; length: number }[] = [];
  for (const item of items) {
    const previous = found[found.length - 1]?.marker;
    const typed = typedMarker(item, previous?.family[0]);
    if (!typed || (previous && !follows(previous, typed.marker))) return;
    found.push(typed);
  }
  const markers = found.map(({ marker }) => marker);
  items.forEach((item, index) => removeLeadingText(item, found[index].length));
  const replacement = newList(list.ownerDocument, markers[0]);
  replacement.append(...list.childNodes);
  list.replaceWith(replacement);
  if (keepsWrittenMarkers(markers)) keepWritten(replacement, items, markers);
}

/** All list building, in order: Word's paragraphs, editors' lists, typed paragraphs. */
export function buildLists(root: Element, paragraphs: Map<Element, ListParagraph>): void {
  wordLists(paragraphs);
  const legal = [...root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, div')].some((block) =>
    LEGAL_HEADING.test(block.textContent!),
  );
  editorLists(root);
  if (!legal) typedLists(root);
}
