import { expect, waitUntil } from '@open-wc/testing';
import { fontPx, isChromium } from './helpers.js';

/*
 * The first paint of the demo with the elements' bundle held back by the test server
 * (test/plugins/delay-bundle.mjs): what the reader sees before the bundle arrives, and
 * whether anything moves when it does.
 */

/** How late the elements' bundle arrives: a slow phone network (see test/plugins/delay-bundle.mjs). */
const BUNDLE_DELAY = 3000;

type FrameWindow = Window & typeof globalThis;
type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

/** Where the parts a reader looks at sit, in the frame's coordinates. */
function layout(doc: Document): Record<string, DOMRect> {
  const pick = (selector: string) => doc.querySelector(selector)!.getBoundingClientRect();
  return {
    toolbar: pick('bantin-toolbar'),
    date: pick('bantin-toolbar time'),
    title: pick('[slot="title"]'),
    lead: pick('[slot="lead"]'),
    'first heading': pick('bantin-article > h2'),
    'sixth paragraph': pick('bantin-article > p:not([slot]):nth-of-type(6)'),
    'first figure': pick('bantin-figure'),
    caption: pick('bantin-figure [slot="caption"]'),
    byline: pick('[slot="byline"]'),
  };
}

const frameTick = (win: FrameWindow) =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/**
 * Reloads the demo with a stored scale and the bundle held back; returns what the
 * reader saw before the bundle came, and after it was upgraded.
 */
export async function loadLate(frame: HTMLIFrameElement, width: number, height: number, scale: number) {
  localStorage.setItem('bantin:font-scale', String(scale));
  const previous = frame.contentDocument;
  Object.assign(frame.style, { width: `${width}px`, height: `${height}px` });
  // An address per scenario: two pages loading one address at once may share a response.
  frame.src = `/demo/index.html?delay-bundle=${BUNDLE_DELAY}&at=${width}x${height}x${scale}`;
  // The whole page is parsed and painted, the bundle still on its way.
  await waitUntil(
    () => frame.contentDocument !== previous && frame.contentDocument?.querySelector('[slot="byline"]'),
    'the page did not arrive',
    { timeout: 5000 },
  );
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  // First the paint itself (a render-blocked page has none, and no animation frames).
  await waitUntil(
    () => win.performance.getEntriesByName('first-contentful-paint').length > 0,
    'nothing painted while the bundle was on its way',
    { timeout: 2000 },
  );
  await frameTick(win);
  expect(win.customElements.get('bantin-article'), 'the bundle has not arrived yet').to.be.undefined;
  const before = {
    fcp: win.performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    paragraph: fontPx(doc.querySelector('bantin-article > p:not([slot])')!),
    title: fontPx(doc.querySelector('[slot="title"]')!),
    layout: layout(doc),
  };
  let shift = 0;
  if (isChromium) {
    new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  }
  await waitUntil(() => win.customElements.get('bantin-toolbar'), 'the bundle never came', {
    timeout: BUNDLE_DELAY + 7000,
  });
  const defined = win.performance.now();
  for (const element of doc.querySelectorAll<Updatable>('bantin-article, bantin-toolbar, bantin-figure'))
    await element.updateComplete;
  await (doc.querySelector('bantin-toolbar')!.shadowRoot!.querySelector('bantin-font-scaler') as Updatable)
    .updateComplete;
  await frameTick(win);
  const after = {
    paragraph: fontPx(doc.querySelector('bantin-article > p:not([slot])')!),
    title: fontPx(doc.querySelector('[slot="title"]')!),
    layout: layout(doc),
  };
  return { before, after, defined, shift: () => shift, win };
}

/** Loads the demo once at `width` × `height` with `scale` stored, and checks what the reader saw. */
export function itPaintsFirstAtStoredSize(width: number, height: number, scale: number): void {
  it(`paints the article at once at the stored ${scale * 100} % and nothing moves on upgrade (${width} × ${height})`, async function () {
    this.timeout(BUNDLE_DELAY + 20000);
    const frame = document.createElement('iframe');
    Object.assign(frame, { title: 'demo' });
    Object.assign(frame.style, { border: '0', display: 'block' });
    document.body.append(frame);
    try {
      const { before, after, defined, shift } = await loadLate(frame, width, height, scale);
      // Painted before the bundle arrived, at the reader's size.
      expect(defined, 'the bundle came late').to.be.above(BUNDLE_DELAY);
      expect(before.fcp).to.be.below(defined);
      // A render-blocking bundle would hold the first paint past BUNDLE_DELAY; the
      // figure itself is for the log (a timed assertion would flake on a busy machine).
      expect(before.fcp).to.be.below(BUNDLE_DELAY);
      expect(before.paragraph).to.be.closeTo(18 * scale, 0.01);
      expect(after.paragraph).to.be.closeTo(18 * scale, 0.01);
      expect(before.title).to.be.closeTo(after.title, 0.01);
      const moved = Object.entries(before.layout).map(([name, box]) => {
        const now = after.layout[name]!;
        return { name, dy: now.top - box.top, dh: now.height - box.height, dx: now.left - box.left };
      });
      const worst = Math.max(...moved.map(({ dy, dx }) => Math.max(Math.abs(dy), Math.abs(dx))));
      console.log(
        `${width} × ${height} at ${scale * 100} %: FCP ${before.fcp.toFixed(0)} ms, bundle at ` +
          `${defined.toFixed(0)} ms; largest move on upgrade ${worst.toFixed(2)} px` +
          (isChromium ? `; layout shift ${shift().toFixed(4)}` : ''),
      );
      for (const { name, dy, dx } of moved) {
        expect(Math.abs(dy), `${name} moved down by ${dy.toFixed(2)} px`).to.be.at.most(1);
        expect(Math.abs(dx), `${name} moved across by ${dx.toFixed(2)} px`).to.be.at.most(1);
      }
      expect(
        Math.abs(after.layout.toolbar!.height - before.layout.toolbar!.height),
        'toolbar height',
      ).to.be.at.most(1);
      if (isChromium) expect(shift()).to.be.at.most(0.01);
    } finally {
      frame.remove();
      localStorage.clear();
    }
  });
}
