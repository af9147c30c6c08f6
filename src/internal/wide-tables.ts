/**
 * WCAG 1.4.10 (reflow) for portal markup while the reader's size is not 100 %: a data
 * table that no longer fits its column at the larger size scrolls within itself instead
 * of making the whole page scroll sideways at 320 px. Only such tables are marked
 * (`data-bantin-wide`, read by WIDE_TABLE_RULE of ./intake-rule.ts); a table that fits,
 * a layout table stretched to 100 % among them, keeps its own layout, and so does one the
 * portal made wider than its column itself (it sticks out as far at 100 %); at 100 %
 * nothing is marked. On a reload at the reader's size, the prepaint script (src/prepaint.ts)
 * marks them first, by the same measure, with an empty value (it adds no tabindex).
 */
export const WIDE_ATTRIBUTE = 'data-bantin-wide';

/**
 * Marks again, from the layout now, the tables of `root` that bantin's size made stick
 * out of their column or the window further than the page alone does. A table the portal
 * made wider than its column itself (`width: 760px` beside a sidebar) sticks out as far
 * at 100 %: that is the portal's layout, not bantin's doing, and it stays as it is.
 * `atOwnSize` runs a read with bantin's rule off (the page at its own size); the prepaint
 * script (src/prepaint.ts) decides the same way, so nothing changes when the bundle arrives.
 */
export function fitTables(root: HTMLElement, atOwnSize: (read: () => void) => void): void {
  // A live collection: pages without tables pay nothing, not even a layout.
  if (root.getElementsByTagName('table').length === 0) return;
  const tables = [...root.querySelectorAll('table')];
  // How far a table sticks out of its column or the window, at `width`.
  const overhang = (table: Element, width = table.getBoundingClientRect().width) =>
    Math.max(
      width - table.parentElement!.clientWidth,
      table.getBoundingClientRect().left + width - root.ownerDocument.documentElement.clientWidth,
    );
  // A marked table is measured as it is, by the width it scrolls: taking the mark off to
  // measure it would lay it out twice, which Chromium counts as a layout shift of the
  // whole table (0.49 on legacy-tags at 390 px) although nothing moves.
  const wide = tables.filter(
    (table) => overhang(table, table.hasAttribute(WIDE_ATTRIBUTE) ? table.scrollWidth : undefined) > 0.5,
  );
  // An unmarked one that sticks out is measured again at the page's own size (its
  // display is the same there: only the text sizes change).
  const fresh = wide
    .filter((table) => !table.hasAttribute(WIDE_ATTRIBUTE))
    .map((table) => [table, overhang(table)] as const);
  if (fresh.length > 0)
    atOwnSize(() => {
      for (const [table, now] of fresh) if (now <= overhang(table) + 0.5) wide.splice(wide.indexOf(table), 1);
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
