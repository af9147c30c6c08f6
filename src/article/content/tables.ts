/**
 * Tables that read as tables: the header row the editor marked (bold or shaded) becomes
 * `<th scope="col">` in a `<thead>`, paragraphs alone in a cell give up their box, and
 * each table sits in a labelled, focusable region that scrolls sideways on a narrow
 * screen (WAI-ARIA APG and GOV.UK: a scrollable region must be reachable by keyboard and
 * named), so the page itself never scrolls sideways.
 */

/** Class of the region around a table; the article's typography styles it. */
export const TABLE_REGION = 'bantin-table';

function rows(table: Element): Element[] {
  return [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
}

/** The cell's words are all bold (in `<b>`/`<strong>`, or a header cell already). */
function wholeBold(cell: Element): boolean {
  const text = cell.textContent!.replace(/\s+/g, '');
  const bold = [...cell.querySelectorAll('b, strong')]
    .filter((element) => !element.parentElement?.closest('b, strong'))
    .map((element) => element.textContent!)
    .join('')
    .replace(/\s+/g, '');
  return text.length > 0 && bold === text;
}

function unwrapBold(cell: Element): void {
  for (const bold of [...cell.querySelectorAll('b, strong')]) bold.replaceWith(...bold.childNodes);
}

/**
 * Before the allowlist: the first row becomes a header row when all its cells with
 * words are bold or shaded (`data-bantin-shaded`, set from the cell's style).
 */
export function markHeaderRows(root: Element): void {
  for (const table of [...root.querySelectorAll('table')]) {
    const [first, ...rest] = rows(table);
    if (!first || !rest.length || first.closest('thead, tfoot')) continue;
    const cells = [...first.children].filter((cell) => /^(?:td|th)$/.test(cell.localName));
    const worded = cells.filter((cell) => cell.textContent!.trim());
    const header =
      worded.length > 0 &&
      !first.querySelector('img, table') &&
      worded.every(
        (cell) => cell.localName === 'th' || wholeBold(cell) || cell.hasAttribute('data-bantin-shaded'),
      );
    if (!header) continue;
    const doc = table.ownerDocument;
    for (const cell of cells) {
      let th = cell;
      if (cell.localName === 'td') {
        th = doc.createElement('th');
        for (const { name, value } of [...cell.attributes]) th.setAttribute(name, value);
        th.append(...cell.childNodes);
        cell.replaceWith(th);
      }
      unwrapBold(th);
      th.setAttribute('scope', Number(th.getAttribute('colspan')) > 1 ? 'colgroup' : 'col');
    }
    // A header cell spanning rows (rowspan="2" over sub-headers) takes those rows into the
    // header too: a rowspan cannot reach from <thead> into <tbody>, and the columns below
    // would shift under the wrong headers.
    const spanned = Math.max(1, ...cells.map((cell) => Number(cell.getAttribute('rowspan')) || 1));
    const headerRows = [first, ...rest.slice(0, Math.min(spanned - 1, rest.length - 1))];
    for (const row of headerRows.slice(1)) {
      for (const cell of [...row.children].filter((child) => child.localName === 'td')) {
        const th = doc.createElement('th');
        for (const { name, value } of [...cell.attributes]) th.setAttribute(name, value);
        th.append(...cell.childNodes);
        cell.replaceWith(th);
        unwrapBold(th);
        th.setAttribute('scope', Number(th.getAttribute('colspan')) > 1 ? 'colgroup' : 'col');
      }
    }
    const head = doc.createElement('thead');
    const section = first.parentElement!;
    (section === table ? first : section).before(head);
    for (const row of headerRows) {
      const rowSection = row.parentElement!;
      head.append(row);
      if (rowSection !== table && !rowSection.children.length) rowSection.remove();
    }
  }
  for (const cell of [...root.querySelectorAll('[data-bantin-shaded]')])
    cell.removeAttribute('data-bantin-shaded');
  // Editors that write <thead> (CKEditor 5, SharePoint) leave out the scope.
  for (const cell of root.querySelectorAll('thead th:not([scope])')) {
    cell.setAttribute('scope', Number(cell.getAttribute('colspan')) > 1 ? 'colgroup' : 'col');
  }
}

/** The region's name: the table's caption, else its first row of header cells, else `fallback`. */
function label(table: Element, fallback: string): string {
  // CKEditor 5 keeps a table's caption in the <figcaption> of <figure class="table">.
  const captionElement =
    table.querySelector(':scope > caption') ??
    (table.parentElement?.localName === 'figure'
      ? table.parentElement.querySelector(':scope > figcaption')
      : null);
  const caption = captionElement?.textContent!.replace(/\s+/g, ' ').trim();
  if (caption) return caption;
  // The first header row names the groups; sub-headers below would make the name long.
  const headers = [...table.querySelectorAll('thead tr:first-child th')]
    .map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(', ');
  if (!headers) return fallback;
  const name = `${fallback}: ${headers}`;
  return name.length > 120 ? `${name.slice(0, 119)}…` : name;
}

/** After the figures: every table left gets its region; a cell's lone paragraph gives up its box. */
export function wrapTables(root: Element, fallbackName: string): void {
  for (const table of [...root.querySelectorAll('table')]) {
    if (table.parentElement?.closest('table') || table.closest('bantin-figure')) continue;
    for (const cell of table.querySelectorAll('td, th')) {
      const blocks = [...cell.children].filter((child) => child.localName === 'p');
      if (blocks.length === 1 && cell.children.length === 1) {
        const align = blocks[0].getAttribute('align');
        if (align && !cell.hasAttribute('align')) cell.setAttribute('align', align);
        blocks[0].replaceWith(...blocks[0].childNodes);
      }
    }
    // A wrapper that only centred the table (<div align="center">) has no job left.
    const wrapper = table.parentElement;
    if (
      wrapper?.localName === 'div' &&
      wrapper !== root &&
      wrapper.children.length === 1 &&
      !wrapper.textContent!.replace(table.textContent!, '').trim()
    ) {
      wrapper.replaceWith(...wrapper.childNodes);
    }
    const region = table.ownerDocument.createElement('div');
    region.className = TABLE_REGION;
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', label(table, fallbackName));
    region.tabIndex = 0;
    table.replaceWith(region);
    region.append(table);
  }
}
