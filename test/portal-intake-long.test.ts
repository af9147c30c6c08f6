import { expect, fixture } from '@open-wc/testing';
import '../src/bantin.js';
import { fontPx, nextFrame } from './helpers.js';

/*
 * A long decree pasted from Word into a portal page, opened by a reader who chose 150 %,
 * without the prepaint pair: bantin takes the article in while it is on screen (a slice
 * per frame, so that no frame lays out all of it). In no frame may any text show at a
 * size other than the page's own or the reader's, and in the end all of it is the reader's.
 */

const PARAGRAPHS = 400;

const SENTENCE =
  'Theo đánh giá của Sở Nội vụ, căn cứ nội dung Kế hoạch 458/KH-UBND ngày 19/7/2021 của UBND tỉnh, ' +
  'các cơ quan, đơn vị, địa phương đã xây dựng kế hoạch nhân rộng điển hình tiên tiến.';

function wordArticle(): string {
  const parts = ['<h1 style="font-size: 20pt">Kế hoạch thực hiện phong trào thi đua năm 2024</h1>'];
  for (let index = 0; index < PARAGRAPHS; index++) {
    if (index % 10 === 0) {
      parts.push(`<h2>Phần ${index / 10 + 1}</h2>`);
    } else if (index % 7 === 3) {
      parts.push(`<p class="MsoNormal"><font size="3">${SENTENCE}</font></p>`);
    } else {
      parts.push(
        `<p class="MsoNormal" style="line-height: 115%"><span lang="VI" style="font-size: 13pt; ` +
          `line-height: 115%">${SENTENCE} <em style="font-size: 90%">(${index})</em><o:p></o:p></span></p>`,
      );
    }
  }
  // Relative sizes inside relative sizes: each element's size depends on its parent's.
  return `<div class="Normal" style="font-size: 95%">${parts.join('')}</div>`;
}

function textElements(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter((element) =>
    [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
    ),
  );
}

describe('a long Word-pasted article named by for, at a stored 150 % (no prepaint pair)', () => {
  it('shows every text at its own size or the reader’s in each frame, the top first, and ends at the reader’s', async function () {
    this.timeout(30000);
    const holder = await fixture<HTMLElement>(`<div><div id="long-decree">${wordArticle()}</div></div>`);
    const target = holder.querySelector('#long-decree')!;
    const elements = textElements(target);
    const own = elements.map(fontPx);
    localStorage.setItem('bantin:font-scale', '1.5');
    const scaler = document.createElement('bantin-font-scaler');
    scaler.setAttribute('for', 'long-decree');
    holder.prepend(scaler);

    const at = (factor: number, value: number) => Math.abs(value - factor) <= 0.02;
    let frames = 0;
    let partly = 0;
    let done = false;
    while (!done) {
      expect(frames++, 'frames until the whole article is at 150 %').to.be.below(600);
      await nextFrame();
      const factors = elements.map((element, index) => fontPx(element) / own[index]!);
      const other = elements
        .map((element, index) => ({ element, factor: factors[index]! }))
        .filter(({ factor }) => !at(1, factor) && !at(1.5, factor))
        .map(({ element, factor }) => `${element.localName} ×${factor.toFixed(3)}`);
      expect(other.slice(0, 5), `frame ${frames}`).to.deep.equal([]);
      const scaled = factors.filter((factor) => at(1.5, factor)).length;
      // What the reader sees first, at the top, is never behind what is further down.
      if (scaled > 0) expect(factors[0], `the title in frame ${frames}`).to.be.closeTo(1.5, 0.02);
      if (scaled > 0 && scaled < elements.length) partly++;
      done = scaled === elements.length;
    }
    console.log(
      `[long article] ${elements.length} text elements at 150 % after ${frames} frames, ${partly} of them partly scaled`,
    );
  });
});
