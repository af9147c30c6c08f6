import { expect } from '@open-wc/testing';
import type { BantinFontScaler } from '../src/index.js';
import { openDemo, type DemoFrame } from './demo-frame.js';
import { scalerHarness } from './harness/font-scaler.js';

type Scaler = HTMLElement & { updateComplete: Promise<boolean>; value: number; increase(): void };

/** The scaler's button with this accessible name (its visible words). */
function button(demo: DemoFrame, words: string): HTMLButtonElement {
  return scalerHarness(demo.scaler as unknown as BantinFontScaler).buttonNamed(words);
}

/** The first character of `element` and where it sits in the viewport. */
function firstCharacterTop(element: Element): number {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = walker.nextNode() as Text | null;
  while (text && text.data.trim() === '') text = walker.nextNode() as Text | null;
  const range = doc.createRange();
  const start = text!.data.search(/\S/);
  range.setStart(text!, start);
  range.setEnd(text!, start + 1);
  return range.getClientRects()[0]!.top;
}

/** The first character of the line that holds the middle of `element`'s text. */
function lineStartInTheMiddle(element: Element): { range: Range; top: () => number } {
  const doc = element.ownerDocument;
  const text = [...element.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE)!;
  const topOf = (offset: number) => {
    const range = doc.createRange();
    range.setStart(text, offset);
    range.setEnd(text, offset + 1);
    return range.getClientRects()[0]?.top;
  };
  let start = Math.floor(text.length / 2);
  // A space at a soft line break has no box in WebKit.
  while (topOf(start) === undefined) start++;
  const line = topOf(start);
  while (start > 0 && (topOf(start - 1) === line || topOf(start - 1) === undefined)) start--;
  while (/\s/.test(text.data[start]!)) start++;
  const range = doc.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + 1);
  return { range, top: () => range.getClientRects()[0]!.top };
}

/**
 * Where the reader's text starts: below the toolbar, which stays at the top of the
 * screen mid-article (what lies under it is hidden).
 */
function readingTop(demo: DemoFrame): number {
  const position = demo.win.getComputedStyle(demo.toolbar).position;
  return position === 'sticky' || position === 'fixed' ? demo.toolbar.getBoundingClientRect().height : 0;
}

/** Scrolls so that `element`'s first line sits at the top of the reading area. */
function scrollToRead(demo: DemoFrame, element: Element): void {
  demo.win.scrollTo(0, element.getBoundingClientRect().top + demo.win.scrollY - readingTop(demo));
}

function lineHeight(element: Element): number {
  return parseFloat(getComputedStyle(element).lineHeight);
}

async function press(demo: DemoFrame, words: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    button(demo, words).click();
    await demo.scaler.updateComplete;
  }
  // Let the browser's own scroll anchoring, where it has one, run its course too.
  await new Promise((resolve) => demo.win.requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

for (const width of [1280, 320]) {
  describe(`reading position at ${width} px`, function () {
    // The whole demo page loads in a frame for each test; WebKitGTK takes its time.
    this.timeout(20000);

    it('keeps the 6th paragraph at the top across three increases and three decreases', async () => {
      const demo = await openDemo({ width, height: 700 });
      const paragraph = demo.doc.querySelectorAll('bantin-article > p:not([slot])')[5]!;
      scrollToRead(demo, paragraph);
      const before = firstCharacterTop(paragraph);

      await press(demo, 'Tăng cỡ chữ', 3);
      expect((demo.scaler as Scaler).value).to.equal(1.5);
      const afterIncrease = firstCharacterTop(paragraph);
      expect(Math.abs(afterIncrease - before), `moved by ${afterIncrease - before} px`).to.be.below(
        lineHeight(paragraph),
      );

      await press(demo, 'Giảm cỡ chữ', 3);
      expect((demo.scaler as Scaler).value).to.equal(1);
      const afterDecrease = firstCharacterTop(paragraph);
      expect(Math.abs(afterDecrease - before), `moved by ${afterDecrease - before} px`).to.be.below(
        lineHeight(paragraph),
      );
    });

    it('keeps the first words of a line in the middle of a long paragraph in place', async () => {
      const demo = await openDemo({ width, height: 700 });
      const paragraph = demo.doc.querySelectorAll('bantin-article > p:not([slot])')[5]!;
      const character = lineStartInTheMiddle(paragraph);
      demo.win.scrollBy(0, character.top() - readingTop(demo) - 2);
      const before = character.top();
      await press(demo, 'Tăng cỡ chữ', 3);
      expect(Math.abs(character.top() - before), `moved by ${character.top() - before} px`).to.be.below(
        lineHeight(paragraph),
      );
    });

    it('keeps the place when the size changes in another tab', async () => {
      const demo = await openDemo({ width, height: 700 });
      const paragraph = demo.doc.querySelectorAll('bantin-article > p:not([slot])')[3]!;
      scrollToRead(demo, paragraph);
      const before = firstCharacterTop(paragraph);
      demo.win.localStorage.setItem('bantin:font-scale', '1.75');
      demo.win.dispatchEvent(
        new demo.win.StorageEvent('storage', { key: 'bantin:font-scale', newValue: '1.75' }),
      );
      await demo.scaler.updateComplete;
      expect((demo.scaler as Scaler).value).to.equal(1.75);
      const after = firstCharacterTop(paragraph);
      expect(Math.abs(after - before), `moved by ${after - before} px`).to.be.below(lineHeight(paragraph));
    });

    it('keeps the place when code changes the size', async () => {
      const demo = await openDemo({ width, height: 700 });
      const paragraph = demo.doc.querySelectorAll('bantin-article > p:not([slot])')[4]!;
      scrollToRead(demo, paragraph);
      const before = firstCharacterTop(paragraph);
      (demo.scaler as Scaler).value = 2;
      await demo.scaler.updateComplete;
      const after = firstCharacterTop(paragraph);
      expect(Math.abs(after - before), `moved by ${after - before} px`).to.be.below(lineHeight(paragraph));
    });
  });
}
