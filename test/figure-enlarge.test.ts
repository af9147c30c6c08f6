import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinFigure } from '../src/index.js';
import { openDemo, type DemoFrame } from './demo-frame.js';
import { figureHarness } from './harness/figure.js';

type Figure = HTMLElement & { updateComplete: Promise<boolean>; enlarge(): void };

const enlargeButton = (figure: Element) => figureHarness(figure as BantinFigure).enlargeButton!;
const dialogOf = (figure: Element) => figureHarness(figure as BantinFigure).dialog;

/** The demo's first figure, made enlargeable as a portal would, once its image is in. */
async function demoFigure(demo: DemoFrame): Promise<Figure> {
  const figure = demo.doc.querySelector('bantin-figure') as Figure;
  const image = figure.querySelector('img')!;
  image.loading = 'eager';
  figure.toggleAttribute('enlargeable', true);
  await figure.updateComplete;
  await waitUntil(() => image.complete && image.naturalWidth > 0, 'image did not load', { timeout: 10000 });
  return figure;
}

/** The area the image actually paints inside its box (object-fit: contain). */
function paintedSize(image: HTMLImageElement): { width: number; height: number } {
  const box = image.getBoundingClientRect();
  const ratio = Math.min(box.width / image.naturalWidth, box.height / image.naturalHeight);
  return { width: image.naturalWidth * ratio, height: image.naturalHeight * ratio };
}

describe('<bantin-figure> enlarged on a phone', function () {
  this.timeout(30000);
  beforeEach(() => localStorage.clear());

  it('fills a 320 × 640 screen: the dialog covers the viewport and the image its width', async () => {
    const demo = await openDemo({ width: 320, height: 640 });
    const figure = await demoFigure(demo);
    enlargeButton(figure).click();
    await figure.updateComplete;
    const dialog = dialogOf(figure)!;
    expect(dialog.open).to.be.true;
    const box = dialog.getBoundingClientRect();
    // The whole viewport: the frame's 320 × 640 less any classic scrollbar (Firefox shows one).
    const { clientWidth, clientHeight } = demo.doc.documentElement;
    expect([box.left, box.top, box.width, box.height].map(Math.round)).to.deep.equal([
      0,
      0,
      clientWidth,
      clientHeight,
    ]);
    const image = dialog.querySelector('img')!;
    await waitUntil(() => image.complete && image.naturalWidth > 0, 'enlarged image did not load');
    const painted = paintedSize(image);
    const inPage = figure.querySelector('img')!.getBoundingClientRect();
    console.log(
      `enlarged image at 320 × 640: ${painted.width.toFixed(0)} × ${painted.height.toFixed(0)} px ` +
        `(in the article: ${inPage.width.toFixed(0)} × ${inPage.height.toFixed(0)} px)`,
    );
    expect(painted.width).to.be.at.least(0.95 * 320);
    // Pinch-zoom stays with the reader: no touch-action lock, no maximum-scale in the page.
    for (const element of [image, image.parentElement!, dialog]) {
      expect(getComputedStyle(element).touchAction).to.not.equal('none');
    }
    const viewport = demo.doc.querySelector('meta[name="viewport"]')!.getAttribute('content')!;
    expect(viewport).to.not.match(/maximum-scale|user-scalable\s*=\s*(no|0)/);
    dialog.close();
  });

  for (const width of [320, 1280]) {
    it(`keeps the enlarge button to at most 5 % of the image at ${width} px`, async () => {
      const demo = await openDemo({ width, height: 800 });
      const figure = await demoFigure(demo);
      const button = enlargeButton(figure).getBoundingClientRect();
      const image = figure.querySelector('img')!.getBoundingClientRect();
      const share = (button.width * button.height) / (image.width * image.height);
      console.log(`enlarge button at ${width} px: ${(share * 100).toFixed(1)} % of the image`);
      expect(share).to.be.at.most(0.05);
      expect(button.width).to.be.at.least(44);
      expect(enlargeButton(figure).textContent!.trim()).to.equal('Phóng to ảnh');
    });
  }

  it('stays closed when a script closes the dialog and the figure updates again', async () => {
    const figure = await fixture<BantinFigure>(
      html`<bantin-figure
        enlargeable
        src="/demo/images/le-trao-bang-khen.svg"
        alt="Hình"
        width="1200"
        height="675"
        loading="eager"
      ></bantin-figure>`,
    );
    await figure.updateComplete;
    await waitUntil(() => enlargeButton(figure), 'no enlarge button');
    figure.enlarge();
    await figure.updateComplete;
    const dialog = dialogOf(figure)!;
    expect(dialog.open).to.be.true;
    dialog.close();
    // An update before the dialog's close event arrives must not reopen it.
    figure.caption = 'Chú thích mới';
    await figure.updateComplete;
    expect(dialog.open).to.be.false;
    await waitUntil(() => !dialogOf(figure), 'dialog not removed');
    // And it still opens when asked.
    figure.enlarge();
    await figure.updateComplete;
    expect(dialogOf(figure)!.open).to.be.true;
    dialogOf(figure)!.close();
  });
});
