/**
 * WCAG 1.4.10 (reflow) for portal markup while the reader's size is not 100 %: a data
 * table that no longer fits its column at the larger size scrolls within itself instead
 * of making the whole page scroll sideways at 320 px. Only such tables are marked
 * (`data-bantin-wide`, read by WIDE_TABLE_RULE of ./intake-rule.ts); a table that fits,
 * a layout table stretched to 100 % among them, keeps its own layout, and at 100 %
 * nothing is marked. On a reload at the reader's size, the prepaint script (src/prepaint.ts)
 * marks them first, by the same measure, with an empty value (it adds no tabindex).
 */
export const WIDE_ATTRIBUTE = 'data-bantin-wide';

/** Marks again, from the layout now, the tables of `root` wider than their column or the window. */
export function fitTables(root: HTMLElement): void {
  // A live collection: pages without tables pay nothing, not even a layout.
  if (root.getElementsByTagName('table').length === 0) return;
  const viewport = root.ownerDocument.documentElement.clientWidth;
  const tables = [...root.querySelectorAll('table')];
  // A marked table is measured as it is, by the width it scrolls: taking the mark off to
  // measure it would lay it out twice, which Chromium counts as a layout shift of the
  // whole table (0.49 on legacy-tags at 390 px) although nothing moves.
  const wide = tables.filter((table) => {
    const parent = table.parentElement;
    const { left, width } = table.getBoundingClientRect();
    const own = table.hasAttribute(WIDE_ATTRIBUTE) ? table.scrollWidth : width;
    return (parent !== null && own > parent.clientWidth + 0.5) || left + own > viewport + 0.5;
  });
  // Reads before writes (one layout); the outermost table scrolls, not each one inside it.
  const outermost = wide.filter((table) => !wide.some((other) => other !== table && other.contains(table)));
  for (const table of tables) {
    if (!outermost.includes(table)) unfit(table);
    // Marked already, and a reader without a mouse can reach it.
    else if (!table.hasAttribute(WIDE_ATTRIBUTE) || !table.hasAttribute('tabindex')) {
      // A reader without a mouse scrolls it too (WCAG 2.1.1): Chromium and Firefox focus a
      // scroller by themselves, WebKit only one with a tabindex. The value says bantin added
      // it (the prepaint script marks a table with an empty value and adds none).
      const focusable = table.hasAttribute('tabindex');
      table.setAttribute(WIDE_ATTRIBUTE, focusable ? '' : 'tabindex');
      if (!focusable) table.tabIndex = 0;
    }
  }
}

function unfit(table: Element): void {
  if (!table.hasAttribute(WIDE_ATTRIBUTE)) return;
  if (table.getAttribute(WIDE_ATTRIBUTE) === 'tabindex') table.removeAttribute('tabindex');
  table.removeAttribute(WIDE_ATTRIBUTE);
}

export function unfitTables(root: HTMLElement): void {
  for (const table of root.querySelectorAll(`[${WIDE_ATTRIBUTE}]`)) unfit(table);
}
