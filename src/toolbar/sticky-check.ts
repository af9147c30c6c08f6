import { warn } from '../internal/warn.js';

/**
 * A sticky bar sticks only within its containing block: in a small wrapper (a portal's
 * date bar, where the old "A+ A−" links were) it scrolls away with the page and the
 * scaler is off screen mid-article, silently. Checked once, after the first render and
 * layout: computed styles and two heights, no observer. (A bar slotted into a shadow
 * root's wrapper is not followed there: its light-DOM parent is taken.)
 */
export function checkStickyRoom(toolbar: HTMLElement, tag: string): void {
  requestAnimationFrame(() => {
    let block = toolbar.parentElement;
    // A wrapper with `display: contents` has no box: its parent holds the bar.
    while (block && getComputedStyle(block).display == 'contents') block = block.parentElement;
    // Not sticky: `static`, the print or short-screen media, a portal rule of its own.
    // A page that does not scroll takes nothing away (a short page, a test's fixture).
    const page = toolbar.ownerDocument.documentElement;
    if (!block || getComputedStyle(toolbar).position != 'sticky' || page.scrollHeight <= page.clientHeight)
      return;
    // Its padding counted: a few pixels either way do not change the verdict.
    if (block.clientHeight < 2 * toolbar.offsetHeight)
      warn(
        tag,
        'position',
        "sticky in a small wrapper, it scrolls away: move it into the article's container, or give the wrapper display: contents (static silences this).",
      );
  });
}
