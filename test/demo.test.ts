import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinFontScaler } from '../src/index.js';
import { openDemo } from './demo-frame.js';
import { scalerHarness } from './harness/font-scaler.js';
import { axeViolations, fontPx } from './helpers.js';
import { figureHarness } from './harness/figure.js';
import { toolbarHarness } from './harness/toolbar.js';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

async function seedLines(): Promise<string[]> {
  const text = await (await fetch('/test/fixtures/sample-article.txt')).text();
  return text
    .split('\n')
    .map(normalise)
    .filter(
      (line) => line !== '' && !line.startsWith('PublishingPortal') && line !== 'Tăng cỡ chữ Giảm cỡ chữ',
    );
}

describe('demo page', function () {
  // Each test loads the whole page in a frame; WebKitGTK under Xvfb takes its time.
  this.timeout(20000);

  it('holds the whole sample article as light-DOM HTML, readable without JavaScript', async () => {
    const source = await (await fetch('/demo/index.html')).text();
    // Parsed, not run: what a reader with JavaScript off, a crawler or a reader mode gets.
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    const article = parsed.querySelector('bantin-article')!;
    const text = normalise(article.textContent!);
    const lines = await seedLines();
    expect(lines.length).to.be.greaterThan(15);
    for (const line of lines.filter((l) => l !== '23/05/2023')) {
      // Captions are split over two lines in the scrape; each half must be there.
      expect(text, line.slice(0, 40)).to.contain(line);
    }
    expect(article.querySelector('h1[slot="title"]')).to.exist;
    expect(article.querySelector('[slot="lead"]')).to.exist;
    expect(article.querySelectorAll(':scope > h2')).to.have.length(2);
    expect(article.querySelectorAll(':scope > p:not([slot])')).to.have.length(9);
    expect(article.querySelectorAll('bantin-figure > img[alt][width][height]')).to.have.length(2);
    expect(article.querySelectorAll('bantin-figure > [slot="caption"]')).to.have.length(2);
    expect(normalise(article.querySelector('[slot="byline"]')!.textContent!)).to.equal('Bích Huệ');
    const date = parsed.querySelector('bantin-toolbar > time')!;
    expect([date.getAttribute('datetime'), date.textContent]).to.deep.equal(['2023-05-23', '23/05/2023']);
  });

  it('shows the date, the named article and both figures once upgraded', async () => {
    const { doc, toolbar, win } = await openDemo();
    const dateSlot = toolbarHarness(toolbar).dateLine!.querySelector<HTMLSlotElement>('slot[name="date"]')!;
    const [time] = dateSlot.assignedElements() as HTMLTimeElement[];
    expect(time!.dateTime).to.equal('2023-05-23');
    expect(time!.textContent).to.equal('23/05/2023');
    expect(time!.getBoundingClientRect().height).to.be.above(10);
    const article = doc.querySelector('bantin-article')!;
    expect(article.getAttribute('role')).to.equal('article');
    expect(doc.getElementById(article.getAttribute('aria-labelledby')!)!.localName).to.equal('h1');
    for (const figure of doc.querySelectorAll('bantin-figure')) {
      const caption = figureHarness(figure).part('caption')!;
      expect(win.getComputedStyle(caption).display).to.not.equal('none');
      expect(caption.getBoundingClientRect().height).to.be.above(20);
      expect(
        normalise(caption.querySelector('slot')!.assignedElements()[0]!.textContent!),
      ).to.have.length.above(50);
    }
  });

  it('grows every part of the article to 110 % on "Tăng cỡ chữ", and keeps it after a reload', async () => {
    const { doc, scaler } = await openDemo();
    const parts = () => {
      const figure = doc.querySelector('bantin-figure')!;
      return [
        fontPx(doc.querySelector('[slot="title"]')!),
        fontPx(doc.querySelector('[slot="lead"]')!),
        fontPx(doc.querySelector('bantin-article > h2')!),
        fontPx(doc.querySelector('bantin-article > p:not([slot])')!),
        fontPx(figureHarness(figure).part('caption')!),
        fontPx(doc.querySelector('[slot="byline"]')!),
      ];
    };
    const before = parts();
    scalerHarness(scaler as unknown as BantinFontScaler)
      .buttonNamed('Tăng cỡ chữ')
      .click();
    await scaler.updateComplete;
    parts().forEach((size, i) => expect(size / before[i]!).to.be.closeTo(1.1, 0.001));

    const reloaded = await openDemo();
    expect(fontPx(reloaded.doc.querySelector('bantin-article > p:not([slot])')!)).to.be.closeTo(
      before[3]! * 1.1,
      0.01,
    );
  });

  for (const scale of [0.9, 2]) {
    it(`reflows at 320 px wide at ${scale * 100} % without sideways scrolling`, async () => {
      const { doc, article } = await openDemo({ width: 320, height: 640, storedScale: scale });
      expect(fontPx(doc.querySelector('bantin-article > p:not([slot])')!)).to.be.closeTo(18 * scale, 0.01);
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      expect(article.getBoundingClientRect().right).to.be.at.most(320);
    });
  }

  it('passes axe (every rule, WCAG 2.2 A/AA included) on the whole page at 100 % and 200 %', async function () {
    this.timeout(20000);
    const source = await (await fetch('/demo/index.html')).text();
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    const page = await fixture<HTMLElement>(html`<div><link rel="stylesheet" href="/demo/demo.css" /></div>`);
    await waitUntil(() => page.querySelector('link')!.sheet, 'demo.css did not load');
    // The page's markup, made by this document so that axe can see it; images resolve from /demo/.
    for (const node of parsed.body.children) page.append(document.importNode(node, true));
    for (const image of page.querySelectorAll('img')) image.src = `/demo/${image.getAttribute('src')}`;
    const article = page.querySelector('bantin-article')! as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await article.updateComplete;
    expect(await axeViolations(page)).to.deep.equal([]);
    article.style.setProperty('--bantin-font-scale', '2');
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('makes no request outside its own origin', async () => {
    const { win } = await openDemo();
    const origins = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).origin)
      .filter((origin) => origin !== location.origin);
    expect(origins).to.deep.equal([]);
  });
});
