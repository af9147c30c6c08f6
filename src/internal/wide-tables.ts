/**
 * WCAG 1.4.10 (reflow) for portal markup while the reader's size is not 100 %: a data
 * table that no longer fits its column at the larger size scrolls within itself instead
 * of making the whole page scroll sideways at 320 px. Only such tables are marked
 * (`data-bantin-wide`, read by WIDE_TABLE_RULE of ./intake-rule.ts); a table that fits,
 * a layout table stretched to 100 % among them, keeps its own layout, and at 100 %
 * nothing is marked.
 */
export const WIDE_ATTRIBUTE = 'data-bantin-wide';

/** Marks again, from the layout now, the tables of `root` wider than their column or the window. */
export function fitTables(root: HTMLElement): void {
  // A live collection: pages without tables pay nothing, not even a layout.
  if (root.getElementsByTagName('table').length === 0) return;
  unfitTables(root);
  const viewport = root.ownerDocument.documentElement.clientWidth;
  const wide = [...root.querySelectorAll('table')].filter((table) => {
    const parent = table.parentElement;
    const { right, width } = table.getBoundingClientRect();
    return (parent !== null && width > parent.clientWidth + 0.5) || right > viewport + 0.5;
  });
  // Reads before writes (one layout); the outermost table scrolls, not each one inside it.
  for (const table of wide) {
    if (wide.some((other) => other !== table && other.contains(table))) continue;
    // A reader without a mouse scrolls it too (WCAG 2.1.1): Chromium and Firefox focus a
    // scroller by themselves, WebKit only one with a tabindex. The value says bantin added it.
    const focusable = table.hasAttribute('tabindex');
    table.setAttribute(WIDE_ATTRIBUTE, focusable ? '' : 'tabindex');
    if (!focusable) table.tabIndex = 0;
  }
}

export function unfitTables(root: HTMLElement): void {
  for (const table of root.querySelectorAll(`[${WIDE_ATTRIBUTE}]`)) {
    if (table.getAttribute(WIDE_ATTRIBUTE) === 'tabindex') table.removeAttribute('tabindex');
    table.removeAttribute(WIDE_ATTRIBUTE);
  }
}
