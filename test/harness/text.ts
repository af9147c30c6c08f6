/** Text as a reader sees it: whitespace collapsed, the live regions' invisible variation removed. */
export function readable(node: Node | null | undefined): string {
  return (node ? composedText(node) : '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The one element of `elements` whose readable text is `name`, or ends with it after a glyph. */
export function named<T extends Element>(elements: Iterable<T>, name: string, what: string): T {
  const all = [...elements];
  const found = all.filter((element) => {
    const text = readable(element);
    return text === name || text.endsWith(` ${name}`);
  });
  if (found.length !== 1) {
    throw new Error(
      `${found.length === 0 ? 'no' : 'more than one'} ${what} named "${name}" among: ` +
        all.map((element) => `"${readable(element)}"`).join(', '),
    );
  }
  return found[0]!;
}

/**
 * The text of `node` with each `<slot>` replaced by what is slotted into it (or its
 * fallback). Node types, not `instanceof`, so that elements in a demo iframe work too.
 */
function composedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  if (node.nodeName === 'SLOT') {
    const assigned = (node as HTMLSlotElement).assignedNodes({ flatten: true });
    return (assigned.length > 0 ? assigned : [...node.childNodes]).map(composedText).join('');
  }
  return [...node.childNodes].map(composedText).join('');
}
