import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { openDemo, type DemoFrame } from './demo-frame.js';
import { articleHarness } from './harness/article.js';
import { figureHarness } from './harness/figure.js';
import { toolbarHarness } from './harness/toolbar.js';
import { isChromium } from './helpers.js';

// Print media is emulated through Chromium's DevTools protocol; the test drivers here
// offer no print emulation for Firefox (BiDi) or WebKitGTK (WebDriver classic).
const itPrints = isChromium ? it : it.skip;
const PRINT_ONLY = ' (Chromium only: print media emulated over CDP)';

const style = (element: Element) => element.ownerDocument.defaultView!.getComputedStyle(element);
const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

async function printed(demo: DemoFrame): Promise<void> {
  await emulateMedia({ media: 'print' });
  await new Promise((resolve) => demo.win.requestAnimationFrame(() => resolve(undefined)));
}

describe('the article on paper', function () {
  this.timeout(30000);
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    if (isChromium) await emulateMedia({ media: 'screen' });
  });

  itPrints('prints the date with the article, and not the toolbar’s buttons' + PRINT_ONLY, async () => {
    const demo = await openDemo({ width: 800, height: 900 });
    const bar = toolbarHarness(demo.toolbar).bar;
    expect(style(bar).display, 'on screen').to.not.equal('none');
    await printed(demo);
    const time = demo.doc.querySelector('bantin-toolbar > time')!;
    expect(style(demo.toolbar).display).to.not.equal('none');
    expect(style(demo.toolbar).position).to.equal('static');
    expect(time.getBoundingClientRect().height).to.be.above(10);
    expect(text(time)).to.equal('23/05/2023');
    expect(time.getBoundingClientRect().bottom).to.be.at.most(demo.article.getBoundingClientRect().top);
    expect(style(bar).display).to.equal('none');
  });

  itPrints('prints the article’s address after it' + PRINT_ONLY, async () => {
    const demo = await openDemo({ width: 800, height: 900 });
    const address = articleHarness(demo.article).address!;
    expect(style(address).display, 'not on screen').to.equal('none');
    await printed(demo);
    expect(style(address).display).to.equal('block');
    expect(text(address)).to.equal(demo.win.location.href);
    const byline = demo.doc.querySelector('[slot="byline"]')!.getBoundingClientRect();
    expect(address.getBoundingClientRect().top).to.be.at.least(byline.bottom);
  });

  itPrints('keeps headings with what follows and figures whole at 200 %' + PRINT_ONLY, async () => {
    const demo = await openDemo({ width: 800, height: 900, storedScale: 2 });
    const figure = demo.doc.querySelector('bantin-figure')!;
    figure.toggleAttribute('enlargeable', true);
    await figure.updateComplete;
    const headings = [...demo.doc.querySelectorAll('bantin-article > h2, [slot="title"]')];
    expect(style(headings[0]!).breakAfter, 'on screen').to.not.equal('avoid');
    await printed(demo);
    for (const heading of headings) expect(style(heading).breakAfter, text(heading)).to.equal('avoid');
    for (const element of demo.doc.querySelectorAll('bantin-figure')) {
      expect(style(element).breakInside).to.equal('avoid');
      expect(style(figureHarness(element).figure).breakInside).to.equal('avoid');
    }
    const enlarge = figureHarness(figure).enlargeButton!;
    expect(style(enlarge).display, 'no enlarge button on paper').to.equal('none');
  });
});
