import { expect, fixture, html } from '@open-wc/testing';
import '../src/bantin.js';
import { BantinArticle } from '../src/index.js';
import {
  accessibilityTree,
  itReadsAccessibilityTree,
  captureWarnings,
  findNodes,
  fontPx,
} from './helpers.js';
import { articleHarness } from './harness/article.js';

const SAMPLE_PARAGRAPH =
  'Trong quá trình tổ chức thực hiện các phong trào thi đua, các cơ quan, đơn vị, địa phương đã quan tâm tổ chức ' +
  'đánh giá, sơ kết, tổng kết nhằm kịp thời phát hiện, lựa chọn những mô hình, gương điển hình tiên tiến là những ' +
  'tập thể, cá nhân, hộ gia đình có thành tích tiêu biểu, xuất sắc trong học tập, công tác, lao động sản xuất.';

/** Counts the characters a reader sees on the first rendered line of a paragraph. */
function charactersOnFirstLine(paragraph: Element): number {
  const text = [...paragraph.childNodes].find(
    (node): node is Text => node instanceof Text && node.length > 20,
  )!;
  const range = document.createRange();
  let firstTop: number | undefined;
  for (let i = 0; i < text.length; i++) {
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    const top = range.getBoundingClientRect().top;
    firstTop ??= top;
    if (top > firstTop + 1) return i;
  }
  return text.length;
}

async function article(scale?: number) {
  const element = await fixture<BantinArticle>(html`
    <bantin-article style=${scale ? `--bantin-font-scale: ${scale}` : ''}>
      <h1 slot="title">Quan tâm xây dựng, nhân rộng mô hình</h1>
      <p slot="meta">Sở Nội vụ</p>
      <p slot="lead">Xây dựng, nhân rộng điển hình tiên tiến là nhiệm vụ trọng tâm.</p>
      <h2>Thực hiện đồng bộ cả 4 khâu</h2>
      <p>Theo đánh giá của Sở Nội vụ, các cơ quan đã xây dựng kế hoạch.</p>
      <ul>
        <li>Phát hiện</li>
        <li>Bồi dưỡng</li>
      </ul>
      <p slot="byline">Bích Huệ</p>
    </bantin-article>
  `);
  await element.updateComplete;
  return element;
}

function sizes(element: Element) {
  const q = (selector: string) => fontPx(element.querySelector(selector)!);
  return {
    title: q('[slot="title"]'),
    meta: q('[slot="meta"]'),
    lead: q('[slot="lead"]'),
    heading: q('h2'),
    body: q('p:not([slot])'),
    list: q('li'),
    byline: q('[slot="byline"]'),
  };
}

describe('<bantin-article>', () => {
  it('is registered', () => {
    expect(customElements.get('bantin-article')).to.equal(BantinArticle);
  });

  describe('default render', () => {
    itReadsAccessibilityTree('is an article named by its headline', async () => {
      const element = await article();
      expect(element.getAttribute('role')).to.equal('article');
      const tree = await accessibilityTree();
      const [node] = findNodes(tree, (n) => n.role === 'article');
      expect(node?.name).to.equal('Quan tâm xây dựng, nhân rộng mô hình');
      const headings = findNodes(tree, (n) => n.role === 'heading').map((n) => [n.name, n.level]);
      expect(headings).to.deep.equal([
        ['Quan tâm xây dựng, nhân rộng mô hình', 1],
        ['Thực hiện đồng bộ cả 4 khâu', 2],
      ]);
    });

    it('takes its name from the headline element (the wiring every engine reads)', async () => {
      const element = await article();
      expect(element.getAttribute('role')).to.equal('article');
      const reader = articleHarness(element);
      expect(reader.nameElement).to.equal(element.querySelector('h1[slot="title"]'));
      expect(reader.name).to.equal('Quan tâm xây dựng, nhân rộng mô hình');
    });

    it('keeps the content in the light DOM, in reading order', async () => {
      const element = await article();
      expect(element.querySelector('h1')!.assignedSlot!.name).to.equal('title');
      const text = element.innerText.replace(/\s+/g, ' ');
      expect(text.indexOf('Quan tâm')).to.be.below(text.indexOf('Xây dựng'));
      expect(text.indexOf('Theo đánh giá')).to.be.below(text.indexOf('Bích Huệ'));
    });

    it('sets readable body text: 18 px at the browser default, line height at least 1.6 for diacritics', async () => {
      const element = await article();
      const body = element.querySelector('p:not([slot])')!;
      expect(fontPx(body)).to.equal(18);
      const lineHeight = parseFloat(getComputedStyle(body).lineHeight);
      expect(lineHeight / fontPx(body)).to.be.at.least(1.6);
      const title = element.querySelector('h1')!;
      expect(parseFloat(getComputedStyle(title).lineHeight) / fontPx(title)).to.be.at.least(1.5);
    });

    it('keeps lines to a readable measure of about 60–75 characters', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div style="width: 3000px">
          <bantin-article>
            <h1 slot="title">Tiêu đề</h1>
            <p>${SAMPLE_PARAGRAPH}</p>
          </bantin-article>
        </div>
      `);
      const paragraph = wrapper.querySelector('p')!;
      expect(charactersOnFirstLine(paragraph)).to.be.within(60, 75);
    });

    it('passes axe', async () => {
      const element = await article();
      await expect(element).to.be.accessible();
    });

    it('passes axe at 200 %', async () => {
      const element = await article(2);
      await expect(element).to.be.accessible();
    });
  });

  describe('scaling', () => {
    it('scales every part by the same factor from --bantin-font-scale', async () => {
      const base = sizes(await article());
      for (const scale of [0.9, 1.1, 1.5, 2]) {
        const scaled = sizes(await article(scale));
        for (const part of Object.keys(base) as (keyof typeof base)[]) {
          expect(scaled[part] / base[part], `${part} at ${scale}`).to.be.closeTo(scale, 0.001);
        }
      }
    });

    it("compounds with the reader's browser default size", async () => {
      document.documentElement.style.fontSize = '24px';
      try {
        const element = await article(1.5);
        expect(fontPx(element.querySelector('p:not([slot])')!)).to.equal(24 * 1.125 * 1.5);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('reflows at 320 px wide and 200 % without sideways scrolling', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div style="width: 320px; overflow: auto">
          <bantin-article style="--bantin-font-scale: 2">
            <h1 slot="title">Tăng cường vai trò lãnh đạo của cấp ủy đảng</h1>
            <p>https://cong-thong-tin-dien-tu.example/tin-tuc/mot-duong-dan-rat-dai-khong-co-khoang-trang</p>
          </bantin-article>
        </div>
      `);
      expect(wrapper.scrollWidth).to.be.at.most(320);
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    it('warns when the headline is missing and still shows the body', async () => {
      const element = await fixture<BantinArticle>(
        html`<bantin-article><p>Chỉ có thân bài.</p></bantin-article>`,
      );
      await element.updateComplete;
      expect(warnings.messages.join('\n')).to.contain('<bantin-article> slot="title": no headline given');
      expect(element.innerText).to.contain('Chỉ có thân bài.');
    });

    it('warns when the headline is not a heading', async () => {
      const element = await fixture<BantinArticle>(
        html`<bantin-article><div slot="title">Không phải tiêu đề</div></bantin-article>`,
      );
      await element.updateComplete;
      expect(warnings.messages.join('\n')).to.contain(
        '<bantin-article> slot="title": <div> is not a heading',
      );
    });

    it("keeps an author's own aria-label", async () => {
      const element = await fixture<BantinArticle>(
        html`<bantin-article aria-labelledby="elsewhere"><h1 slot="title">Tiêu đề</h1></bantin-article>`,
      );
      await element.updateComplete;
      expect(element.getAttribute('aria-labelledby')).to.equal('elsewhere');
    });
  });

  describe('cleanup', () => {
    it('is no longer scaled by scalers once removed', async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <bantin-font-scaler></bantin-font-scaler><bantin-article><h1 slot="title">A</h1></bantin-article>
        </div>
      `);
      const scaler = root.querySelector('bantin-font-scaler')!;
      const element = root.querySelector('bantin-article')!;
      await scaler.updateComplete;
      element.remove();
      scaler.value = 2;
      await scaler.updateComplete;
      expect(articleHarness(element).appliedScale).to.equal('1');
    });
  });
});
