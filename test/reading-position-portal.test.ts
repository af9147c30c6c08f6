import { expect } from '@open-wc/testing';
import { closePortalPage, findRegion, openPortalPage, pressScalerButton } from './portal-measure.js';

/**
 * The reading position on the markup portals serve, not only on the demo's em article:
 * px stylesheets and Word paste under `for`, a DotNetNuke pane, and a
 * `<bantin-article>` inside a px stylesheet. The reader is in the middle of the
 * article, with a long paragraph at the top of the screen.
 */
const PAGES = ['px-stylesheet.html', 'word-paste.html', 'dnn-nested.html', 'article-in-px-portal.html'];

function firstCharacter(paragraph: Element): Range {
  const doc = paragraph.ownerDocument;
  const walker = doc.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let text = walker.nextNode() as Text | null;
  while (text && text.data.trim() === '') text = walker.nextNode() as Text | null;
  const range = doc.createRange();
  const start = text!.data.search(/\S/);
  range.setStart(text!, start);
  range.setEnd(text!, start + 1);
  return range;
}

for (const file of PAGES) {
  for (const width of [1280, 320]) {
    it(`keeps the words at the top in place across three increases: ${file} at ${width} px`, async function () {
      this.timeout(30000);
      const page = await openPortalPage(file, { width, height: 640 });
      try {
        const long = [...findRegion(page).querySelectorAll('p')].filter(
          (p) => (p.textContent ?? '').trim().length > 200,
        );
        const paragraph = long[Math.min(4, long.length - 1)]!;
        page.win.scrollTo(0, paragraph.getBoundingClientRect().top + page.win.scrollY - 2);
        const character = firstCharacter(paragraph);
        const before = character.getClientRects()[0]!.top;
        for (let press = 0; press < 3; press++) await pressScalerButton(page, 'Tăng cỡ chữ');
        await new Promise((resolve) => page.win.requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const after = character.getClientRects()[0]!.top;
        const line = parseFloat(
          page.win.getComputedStyle(character.startContainer.parentElement!).lineHeight,
        );
        expect(Math.abs(after - before), `moved by ${(after - before).toFixed(1)} px`).to.be.below(line);
      } finally {
        closePortalPage(page);
      }
    });
  }
}
