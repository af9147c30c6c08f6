import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/bantin.js';
import { BantinFigure } from '../src/index.js';
import {
  accessibilityTree,
  captureWarnings,
  deepActiveElement,
  findNodes,
  fontPx,
  itReadsAccessibilityTree,
  press,
} from './helpers.js';
import { figureHarness } from './harness/figure.js';

const IMAGE = '/demo/images/le-trao-bang-khen.svg';
const MISSING = '/test/fixtures/no-such-image.png';
const CAPTION = 'Chủ tịch UBND tỉnh trao tặng Bằng khen cho cá nhân điển hình tiên tiến';

function part(figure: BantinFigure, name: string): HTMLElement | null {
  return figureHarness(figure).part(name);
}

describe('<bantin-figure>', () => {
  it('is registered', () => {
    expect(customElements.get('bantin-figure')).to.equal(BantinFigure);
  });

  describe('default render', () => {
    itReadsAccessibilityTree('is a figure named by its caption (attribute)', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure
          src=${IMAGE}
          alt="Ba người trên sân khấu"
          width="1200"
          height="675"
          caption=${CAPTION}
        ></bantin-figure>`,
      );
      await figureHarness(figure).settled();
      const tree = await accessibilityTree();
      const [node] = findNodes(tree, (n) => n.role === 'figure');
      expect(node?.name).to.equal(CAPTION);
      expect(findNodes(node!, (n) => n.role === 'image')[0]?.name).to.equal('Ba người trên sân khấu');
    });

    itReadsAccessibilityTree(
      'is a figure named by its caption (slotted image and caption, readable without JavaScript)',
      async () => {
        const figure = await fixture<BantinFigure>(html`
          <bantin-figure>
            <img src=${IMAGE} alt="Ba người trên sân khấu" width="1200" height="675" />
            <p slot="caption">${CAPTION}</p>
          </bantin-figure>
        `);
        await figureHarness(figure).settled();
        const tree = await accessibilityTree();
        const [node] = findNodes(tree, (n) => n.role === 'figure');
        expect(node?.name).to.equal(CAPTION);
        expect(part(figure, 'caption')!.hidden).to.be.false;
      },
    );

    it('names its <figure> by the <figcaption> holding the caption (the wiring every engine reads)', async () => {
      const figure = await fixture<BantinFigure>(html`
        <bantin-figure
          ><img src=${IMAGE} alt="Hình" width="1200" height="675" />
          <p slot="caption">${CAPTION}</p></bantin-figure
        >
      `);
      const caption = figureHarness(figure).nameElement!;
      expect(caption.localName).to.equal('figcaption');
      const slotted = caption
        .querySelector('slot')!
        .assignedElements()
        .map((e) => e.textContent);
      expect(slotted).to.deep.equal([CAPTION]);
    });

    it('tells its caption as text (captionText), from the slot or the attribute', async () => {
      const fromAttribute = await fixture<BantinFigure>(
        html`<bantin-figure src=${IMAGE} alt="" caption=" Lễ trao bằng khen "></bantin-figure>`,
      );
      expect(fromAttribute.captionText).to.equal('Lễ trao bằng khen');
      const fromSlot = await fixture<BantinFigure>(
        html`<bantin-figure src=${IMAGE} alt="" caption="bị thay">
          <span slot="caption">Ảnh: <b>Sở Nội vụ</b></span>
        </bantin-figure>`,
      );
      expect(fromSlot.captionText).to.equal('Ảnh: Sở Nội vụ');
      fromSlot.querySelector('[slot]')!.remove();
      expect(fromSlot.captionText).to.equal('bị thay');
    });

    it('hands out the words of an attribute caption it shows (captionTextNodes), a Range over them', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure src=${IMAGE} alt="" caption="Lễ trao bằng khen"></bantin-figure>`,
      );
      const nodes = figure.captionTextNodes();
      expect(nodes.map((node) => node.data).join('')).to.equal('Lễ trao bằng khen');
      const range = new Range();
      range.setStart(nodes[0]!, 0);
      range.setEnd(nodes.at(-1)!, nodes.at(-1)!.length);
      // The range is over the words on screen: inside the caption box the reader sees.
      const box = figureHarness(figure).part('caption')!.getBoundingClientRect();
      const words = range.getBoundingClientRect();
      expect(words.width).to.be.greaterThan(0);
      expect(words.top).to.be.within(box.top, box.bottom);
      figure.append(Object.assign(document.createElement('span'), { slot: 'caption', textContent: 'Ảnh' }));
      expect(figure.captionTextNodes(), 'a slotted caption is the page’s own text').to.deep.equal([]);
    });

    it('shows a caption slotted later, and hides the box when it is taken out (HasSlotController)', async () => {
      const figure = await fixture<BantinFigure>(html`<bantin-figure src=${IMAGE} alt=""></bantin-figure>`);
      const ui = figureHarness(figure);
      expect(ui.captionText).to.equal('');
      const caption = document.createElement('span');
      caption.slot = 'caption';
      caption.textContent = 'Chú thích đến sau';
      figure.append(caption);
      await waitUntil(() => ui.captionText === 'Chú thích đến sau', 'the caption did not show');
      expect(ui.nameElement).to.equal(ui.part('caption'));
      caption.remove();
      await waitUntil(() => ui.captionText === '', 'the caption box stayed');
    });

    it('shows the credit under the caption', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure
          src=${IMAGE}
          alt="Hình"
          width="1200"
          height="675"
          caption="Chú thích"
          credit="Sở Nội vụ"
        ></bantin-figure>`,
      );
      expect(part(figure, 'credit')!.textContent).to.equal('Ảnh: Sở Nội vụ');
    });

    it("reserves the image's space before it loads, so nothing shifts", async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
      const figure = document.createElement('bantin-figure');
      Object.assign(figure, {
        src: `${IMAGE}?first-render-${Date.now()}`,
        alt: 'Hình',
        width: 1200,
        height: 675,
      });
      wrapper.append(figure);
      await figure.updateComplete;
      // Measured at the first render: the network has not delivered the image yet.
      const image = part(figure, 'image') as HTMLImageElement;
      expect(image.naturalWidth, 'image not decoded yet').to.equal(0);
      expect(part(figure, 'frame')!.getBoundingClientRect().height).to.be.closeTo(337.5, 0.5);
      await waitUntil(() => image.complete, 'image did not settle');
      expect(part(figure, 'frame')!.getBoundingClientRect().height).to.be.closeTo(337.5, 0.5);
    });

    it('loads lazily and decodes off the main thread', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure src=${IMAGE} alt="Hình" width="1200" height="675"></bantin-figure>`,
      );
      const image = part(figure, 'image') as HTMLImageElement;
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.decoding).to.equal('async');
      const slotted = await fixture<BantinFigure>(
        html`<bantin-figure><img src=${IMAGE} alt="Hình" width="1200" height="675" /></bantin-figure>`,
      );
      expect(slotted.querySelector('img')!.loading).to.equal('lazy');
    });

    it('passes srcset and sizes to the image', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure
          src=${IMAGE}
          srcset="${IMAGE} 1200w"
          sizes="100vw"
          alt="Hình"
          width="1200"
          height="675"
        ></bantin-figure>`,
      );
      const image = part(figure, 'image') as HTMLImageElement;
      expect(image.getAttribute('srcset')).to.equal(`${IMAGE} 1200w`);
      expect(image.getAttribute('sizes')).to.equal('100vw');
    });

    it('sizes the caption with the article text, so it scales too', async () => {
      const article = await fixture<HTMLElement>(html`
        <bantin-article style="--bantin-font-scale: 2">
          <h1 slot="title">Tiêu đề</h1>
          <bantin-figure
            src=${IMAGE}
            alt="Hình"
            width="1200"
            height="675"
            caption="Chú thích"
          ></bantin-figure>
        </bantin-article>
      `);
      const figure = article.querySelector('bantin-figure')!;
      await figure.updateComplete;
      expect(fontPx(part(figure, 'caption')!)).to.be.closeTo(18 * 2 * 0.9, 0.01);
    });

    it('passes axe', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure
          src=${IMAGE}
          alt="Hình"
          width="1200"
          height="675"
          caption=${CAPTION}
          credit="Sở Nội vụ"
        ></bantin-figure>`,
      );
      await figureHarness(figure).settled();
      await expect(figure).to.be.accessible();
    });
  });

  describe('enlarging', () => {
    async function enlargeable() {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure
          enlargeable
          src=${IMAGE}
          alt="Ba người trên sân khấu"
          width="1200"
          height="675"
          caption=${CAPTION}
        ></bantin-figure>`,
      );
      await figureHarness(figure).settled();
      const button = part(figure, 'enlarge') as HTMLButtonElement;
      return { figure, button };
    }

    // Runs first in this file: the dialog's module is not in the page yet.
    it('loads the dialog when the reader first reaches the button, before the press', async () => {
      const loaded = () =>
        performance.getEntriesByType('resource').some((entry) => entry.name.includes('figure-dialog'));
      const { figure, button } = await enlargeable();
      expect(loaded(), 'not loaded with the figure').to.equal(false);
      button.focus();
      await waitUntil(loaded, 'the dialog was not loaded on focus');
      await figure.updateComplete;
      button.click();
      // Already loaded: the dialog opens in the update the press causes.
      await figure.updateComplete;
      expect(figureHarness(figure).dialog?.open).to.equal(true);
      figureHarness(figure).dialog!.close();
      await figureHarness(figure).dialogClosed();
    });

    it('offers a "Phóng to ảnh" button, at least 44 × 44 px', async () => {
      const { button } = await enlargeable();
      expect(button.textContent!.trim()).to.equal('Phóng to ảnh');
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    });

    it('opens a modal dialog named by the caption, focus on "Đóng"; Escape closes it and focus returns', async () => {
      const { figure, button } = await enlargeable();
      button.focus();
      await press('Enter');
      await figure.updateComplete;
      const dialog = figureHarness(figure).dialog!;
      expect(dialog.open).to.be.true;
      expect(dialog.matches(':modal')).to.be.true;
      const label = figure.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
      expect(label.textContent).to.equal(CAPTION);
      expect(dialog.querySelector('img')!.alt).to.equal('Ba người trên sân khấu');
      expect(deepActiveElement()!.textContent!.trim()).to.equal('Đóng');
      await expect(figure).to.be.accessible();
      await press('Escape');
      await figureHarness(figure).dialogClosed();
      expect(deepActiveElement()).to.equal(part(figure, 'enlarge'));
    });

    it('closes with "Đóng" and returns focus to the button', async () => {
      const { figure, button } = await enlargeable();
      button.click();
      await figure.updateComplete;
      await press('Enter');
      await figureHarness(figure).dialogClosed();
      expect(deepActiveElement()).to.equal(part(figure, 'enlarge'));
    });

    it('offers nothing to enlarge when the image failed', async () => {
      const warnings = captureWarnings();
      try {
        const figure = await fixture<BantinFigure>(
          html`<bantin-figure
            enlargeable
            src=${MISSING}
            alt="Hình"
            width="1200"
            height="675"
            loading="eager"
          ></bantin-figure>`,
        );
        await waitUntil(() => part(figure, 'fallback'));
        expect(part(figure, 'enlarge')).to.be.null;
      } finally {
        warnings.restore();
      }
    });
  });

  describe('a broken image', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    it('shows its alt text in its place and keeps the caption', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure
          src=${MISSING}
          alt="Ba người trên sân khấu"
          width="1200"
          height="675"
          loading="eager"
          caption=${CAPTION}
        ></bantin-figure>`,
      );
      await waitUntil(() => part(figure, 'fallback'), 'no fallback shown');
      const fallback = part(figure, 'fallback')!;
      expect(fallback.innerText).to.contain('Ba người trên sân khấu');
      expect(fallback.innerText).to.contain('Không tải được hình ảnh');
      expect(fallback.getBoundingClientRect().height).to.be.above(50);
      expect(part(figure, 'caption')!.innerText).to.contain(CAPTION);
      expect(warnings.messages.join('\n')).to.contain('<bantin-figure> src: the image');
      await expect(figure).to.be.accessible();
    });

    it('works for a slotted image that failed before the element upgraded', async () => {
      const figure = await fixture<BantinFigure>(html`
        <bantin-figure>
          <img src=${MISSING} alt="Ảnh không tải được" width="400" height="300" loading="eager" />
          <p slot="caption">Chú thích vẫn còn</p>
        </bantin-figure>
      `);
      await waitUntil(() => part(figure, 'fallback'), 'no fallback shown');
      expect(part(figure, 'fallback')!.innerText).to.contain('Ảnh không tải được');
      expect(figure.querySelector('img')!.getBoundingClientRect().height).to.equal(0);
    });

    it('recovers when given a working src', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure
          src=${MISSING}
          alt="Hình"
          width="1200"
          height="675"
          loading="eager"
        ></bantin-figure>`,
      );
      await waitUntil(() => part(figure, 'fallback'));
      figure.src = IMAGE;
      await figure.updateComplete;
      expect(part(figure, 'fallback')).to.be.null;
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    it('warns about a missing alt', async () => {
      await fixture(
        html`<bantin-figure src=${IMAGE} width="1200" height="675" caption="Chú thích"></bantin-figure>`,
      );
      expect(warnings.messages.join('\n')).to.contain('<bantin-figure> alt: is missing');
    });

    it('warns about a slotted image without alt and marks it as described by the caption', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure
          ><img src=${IMAGE} />
          <p slot="caption">Chú thích</p></bantin-figure
        >`,
      );
      expect(warnings.messages.join('\n')).to.contain('<bantin-figure> alt:');
      expect(figure.querySelector('img')!.getAttribute('alt')).to.equal('');
    });

    it('takes a photo inside a link, without a warning', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure
          ><a href="/uploads/anh-goc.jpg"><img src=${IMAGE} alt="Ảnh gốc" /></a>
          <p slot="caption">Chú thích</p></bantin-figure
        >`,
      );
      expect(warnings.messages).to.deep.equal([]);
      expect(figure.querySelector('a[href] > img')).to.exist;
    });

    it('warns about a figure with no image at all and keeps the caption', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure caption="Chỉ có chú thích"></bantin-figure>`,
      );
      expect(warnings.messages.join('\n')).to.contain('<bantin-figure> src: no image given');
      expect(part(figure, 'caption')!.innerText).to.contain('Chỉ có chú thích');
    });

    it('ignores a width that is not a number', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure src=${IMAGE} alt="Hình" width="rộng" height="675"></bantin-figure>`,
      );
      expect(warnings.messages.join('\n')).to.contain(
        '<bantin-figure> width: "NaN" is not a positive number',
      );
      expect(figure.width).to.be.undefined;
      expect(part(figure, 'image')).to.exist;
    });

    it('falls back to lazy loading for an unknown loading value', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure src=${IMAGE} alt="Hình" loading="soon"></bantin-figure>`,
      );
      expect(warnings.messages.join('\n')).to.contain('<bantin-figure> loading:');
      expect((part(figure, 'image') as HTMLImageElement).loading).to.equal('lazy');
    });
  });

  describe('cleanup', () => {
    it('stops listening to a slotted image that is taken out', async () => {
      const figure = await fixture<BantinFigure>(
        html`<bantin-figure><img src=${IMAGE} alt="Hình" width="1200" height="675" /></bantin-figure>`,
      );
      const image = figure.querySelector('img')!;
      const slot = image.assignedSlot!;
      const slotChanged = oneEvent(slot, 'slotchange');
      image.remove();
      await slotChanged;
      await figure.updateComplete;
      image.dispatchEvent(new Event('error'));
      await figure.updateComplete;
      expect(part(figure, 'fallback')).to.be.null;
    });
  });
});
