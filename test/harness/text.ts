/** Text as a reader sees it: whitespace collapsed, the live regions' invisible variation removed. */
export function readable(node: Node | null | undefined): string {
  return (node?.textContent ?? '')
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
