import { expect } from '@open-wc/testing';
import { openDemo, type DemoFrame } from './demo-frame.js';
import { deepActiveElement, fontPx, press } from './helpers.js';
import { scalerHarness } from './harness/font-scaler.js';
import { toolbarHarness } from './harness/toolbar.js';

/** Scrolls the demo so that its sixth body paragraph starts at the top of the screen. */
async function readParagraphSix(demo: DemoFrame): Promise<HTMLElement> {
  const paragraph = demo.doc.querySelectorAll<HTMLElement>('bantin-article > p:not([slot])')[5]!;
  demo.win.scrollTo(0, paragraph.getBoundingClientRect().top + demo.win.scrollY);
  await new Promise((resolve) => demo.win.requestAnimationFrame(() => resolve(undefined)));
  return paragraph;
}

function scalerButton(demo: DemoFrame, name: 'decrease' | 'reset' | 'increase'): HTMLButtonElement {
  return scalerHarness(demo.scaler)[`${name}Button`];
}

/** The control is on screen and nothing else is painted over its centre. */
function expectWithinReach(demo: DemoFrame, button: HTMLElement, viewportHeight: number): void {
  const box = button.getBoundingClientRect();
  expect(box.top, 'button top').to.be.at.least(0);
  expect(box.bottom, 'button bottom').to.be.at.most(viewportHeight);
  // Hit-testing from the page lands on the toolbar (its shadow tree is retargeted).
  const hit = demo.doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit).to.equal(demo.toolbar);
}

const focused = (demo: DemoFrame) => deepActiveElement(demo.doc);

describe('the scaler within reach mid-article', function () {
  this.timeout(30000);
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  for (const [width, height] of [
    [320, 640],
    [1280, 800],
  ] as const) {
    it(`stays on screen at paragraph 6, covering at most 15 % at 200 % (${width} × ${height})`, async () => {
      const demo = await openDemo({ width, height, storedScale: 2 });
      const paragraph = await readParagraphSix(demo);
      expect(demo.win.scrollY, 'scrolled well into the article').to.be.above(2 * height);
      const bar = demo.toolbar.getBoundingClientRect();
      console.log(
        `${width} × ${height} at 200 %, paragraph 6 at the top: toolbar at ${bar.top.toFixed(0)}–` +
          `${bar.bottom.toFixed(0)} px (${((bar.height / height) * 100).toFixed(1)} % of the screen)`,
      );
      expect(bar.top).to.equal(0);
      expect(bar.height / height).to.be.at.most(0.15);
      expectWithinReach(demo, scalerButton(demo, 'decrease'), height);
      // The bar is opaque: the text scrolling under it does not show through.
      expect(getComputedStyle(demo.toolbar).backgroundColor).to.not.match(/rgba\(.*, 0\)|transparent/);
      // Pressing it there works, and the reader stays in the article, not sent to the top.
      scalerButton(demo, 'decrease').click();
      await demo.scaler.updateComplete;
      expect(fontPx(paragraph)).to.be.closeTo(18 * 1.75, 0.01);
      expect(demo.win.scrollY).to.be.above(height);
    });
  }

  it('is still one tab stop with the arrow keys while stuck', async () => {
    const demo = await openDemo({ width: 1280, height: 800, storedScale: 2 });
    await readParagraphSix(demo);
    const tabStops = toolbarHarness(demo.toolbar).tabStops;
    expect(tabStops).to.have.length(1);
    demo.frame.focus();
    const scrolled = demo.win.scrollY;
    tabStops[0]!.focus();
    await press('ArrowRight');
    expect(focused(demo)).to.equal(scalerButton(demo, 'reset'));
    await press('End');
    // The last of the toolbar's own buttons: share, or listen where a voice exists.
    const own = toolbarHarness(demo.toolbar).ownButtons;
    expect(focused(demo)).to.equal(own[own.length - 1]);
    expect(demo.win.scrollY, 'moving along the bar does not scroll the page').to.equal(scrolled);
  });

  it('sticks below a portal header of its own (--bantin-toolbar-sticky-top)', async () => {
    const demo = await openDemo({ width: 1280, height: 800 });
    demo.toolbar.style.setProperty('--bantin-toolbar-sticky-top', '56px');
    await readParagraphSix(demo);
    expect(demo.toolbar.getBoundingClientRect().top).to.be.closeTo(56, 0.5);
  });

  it('scrolls away with the article top when the portal sets `static`', async () => {
    const demo = await openDemo({ width: 1280, height: 800 });
    demo.toolbar.toggleAttribute('static', true);
    await demo.toolbar.updateComplete;
    await readParagraphSix(demo);
    expect(demo.toolbar.getBoundingClientRect().bottom).to.be.below(0);
  });

  it('does not stick on a screen too short for it (a phone held sideways, 640 × 320)', async () => {
    const demo = await openDemo({ width: 640, height: 320 });
    await readParagraphSix(demo);
    expect(demo.toolbar.getBoundingClientRect().bottom).to.be.below(0);
  });

  it('leaves the article when the reader scrolls past its end', async () => {
    const demo = await openDemo({ width: 1280, height: 800 });
    demo.win.scrollTo(0, demo.doc.documentElement.scrollHeight);
    await new Promise((resolve) => demo.win.requestAnimationFrame(() => resolve(undefined)));
    const footer = demo.doc.querySelector('.portal-footer')!.getBoundingClientRect();
    // Sticky within its container: it never sits over the portal's footer.
    expect(demo.toolbar.getBoundingClientRect().bottom).to.be.at.most(footer.top);
  });

  it('moves without animation: nothing to turn off for reduced motion', async () => {
    const demo = await openDemo({ width: 320, height: 640 });
    await readParagraphSix(demo);
    expect(demo.toolbar.getAnimations({ subtree: true })).to.have.length(0);
    expect(getComputedStyle(demo.toolbar).transitionDuration).to.equal('0s');
  });
});
