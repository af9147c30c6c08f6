import { expect, waitUntil } from '@open-wc/testing';
import { isChromium } from './helpers.js';
import {
  closePortalPage,
  FIXTURES,
  findRegion,
  openPortalPage,
  pressScalerButton,
  typeDifferences,
  typeSnapshot,
  type PortalPage,
} from './portal-measure.js';
import { toolbarHarness } from './harness/toolbar.js';

/*
 * A reader who chose 150 % reloads a portal page whose scaler names the article with
 * `for`, on a slow network: the elements' bundle arrives 2.5 s late (test/plugins/
 * delay-bundle.mjs). The prepaint pair in <head> must paint the portal's text at 150 %
 * from the first paint, and nothing may move when the bundle and its intake arrive.
 */

const BUNDLE_DELAY = 2500;
const SCALE = 1.5;
const engine = navigator.userAgent.includes('Firefox/')
  ? 'Firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'Chromium'
    : 'WebKit';

type FrameWindow = Window & typeof globalThis;

const frameTick = (win: FrameWindow) =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** Once the page has painted with the bundle still on its way (Chromium says when), and a frame more. */
async function afterFirstPaint(win: FrameWindow): Promise<void> {
  if (isChromium) {
    await waitUntil(
      () => win.performance.getEntriesByName('first-contentful-paint').length > 0,
      'nothing painted while the bundle was on its way',
      { timeout: 2000 },
    );
  }
  await frameTick(win);
}

/** Where each element holding text sits, in the frame's coordinates. */
function positions(region: Element): { where: string; top: number; left: number }[] {
  return [region, ...region.querySelectorAll('*')]
    .filter((element) =>
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
    )
    .map((element) => {
      const box = element.getBoundingClientRect();
      return {
        where: `<${element.localName}> ${element.textContent!.trim().slice(0, 30)}`,
        top: box.top,
        left: box.left,
      };
    });
}

async function reloadAtStoredSize(file: string, width: number, height: number) {
  const page = { frame: document.createElement('iframe') } as PortalPage;
  Object.assign(page.frame.style, {
    width: `${width}px`,
    height: `${height}px`,
    border: '0',
    display: 'block',
  });
  document.body.append(page.frame);
  localStorage.setItem('bantin:font-scale', String(SCALE));
  page.frame.src = `${FIXTURES}${file}?delay-bundle=${BUNDLE_DELAY}&at=${width}x${height}`;
  await waitUntil(
    () => page.frame.contentDocument?.querySelector('.detail-author'),
    'the page did not arrive',
    { timeout: 5000 },
  );
  page.doc = page.frame.contentDocument!;
  page.win = page.frame.contentWindow as FrameWindow;
  const win = page.win as FrameWindow;
  await afterFirstPaint(win);
  // The toolbar that names the region may not be parsed yet (responsive-theme-below.html).
  const region = page.doc.getElementById('noi-dung') ?? findRegion(page);
  const first = {
    bundleLate: win.customElements.get('bantin-toolbar') === undefined,
    toolbarParsed: page.doc.querySelector('bantin-toolbar') !== null,
    type: typeSnapshot(page, region),
    at: positions(region),
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
  // What bantin writes on the article once its bundle is there: the prepaint script has
  // measured everything, so the intake has nothing to write (and nothing to lay out again).
  const records: MutationRecord[] = [];
  const writes = new win.MutationObserver((batch) => records.push(...batch));
  writes.observe(region, { attributes: true, subtree: true, attributeOldValue: true });
  const toolbar = page.doc.querySelector('bantin-toolbar')!;
  await toolbarHarness(toolbar).rendered();
  // The intake module, preloaded or not, has run once it is among the page's resources.
  await waitUntil(
    () => win.performance.getEntriesByType('resource').some((entry) => entry.name.includes('portal-intake')),
    'the intake was never loaded',
    { timeout: 5000 },
  );
  await frameTick(win);
  await frameTick(win);
  await new Promise((resolve) =>
    'requestIdleCallback' in win
      ? win.requestIdleCallback(resolve, { timeout: 3000 })
      : setTimeout(resolve, 1000),
  );
  await frameTick(win);
  const after = { type: typeSnapshot(page, region), at: positions(region) };
  const rewritten = [...records, ...writes.takeRecords()]
    // The scale itself, written once on the target by the scale's owner.
    .filter((record) => !(record.target === region && record.attributeName === 'style'))
    .map((record) => `${(record.target as Element).localName} ${record.attributeName}`);
  writes.disconnect();
  return { page, first, after, shift, rewritten };
}

// The second page has its toolbar below the article: its prepaint script names the
// target with `data-for`, as no scaler names it before the parser reaches it.
for (const [file, width, height] of [
  ['responsive-theme.html', 1280, 900],
  ['responsive-theme.html', 390, 800],
  ['responsive-theme-below.html', 1280, 900],
] as const) {
  describe(`reload of ${file} at a stored ${SCALE * 100} % with the bundle ${BUNDLE_DELAY} ms late (${width} px)`, function () {
    this.timeout(BUNDLE_DELAY + 30000);

    it('paints the portal’s text at the stored size from the first paint, and nothing moves after', async () => {
      localStorage.clear();
      const without = await openPortalPage(file, { withoutBantin: true, width, height });
      const reference = typeSnapshot(without, findRegion(without));
      closePortalPage(without);
      const { page, first, after, shift, rewritten } = await reloadAtStoredSize(file, width, height);
      try {
        expect(first.bundleLate, 'the bundle had not arrived at the first paint').to.be.true;
        if (file === 'responsive-theme-below.html')
          expect(first.toolbarParsed, 'the toolbar below had not been parsed at the first paint').to.be.false;
        expect(typeDifferences(reference, first.type, SCALE).slice(0, 5), 'at the first paint').to.deep.equal(
          [],
        );
        expect(typeDifferences(reference, after.type, SCALE).slice(0, 5), 'with the bundle').to.deep.equal(
          [],
        );
        const moves = first.at.map((box, index) => ({
          where: box.where,
          by: Math.max(Math.abs(after.at[index]!.top - box.top), Math.abs(after.at[index]!.left - box.left)),
        }));
        const worst = Math.max(...moves.map(({ by }) => by));
        console.log(
          `[reload] ${engine} ${file} at ${width} px, stored ${SCALE * 100} %: largest move after ` +
            `first paint ${worst.toFixed(2)} px` +
            (isChromium ? `; layout shift ${shift.toFixed(4)}` : ''),
        );
        expect(moves.filter(({ by }) => by > 1).slice(0, 5)).to.deep.equal([]);
        expect(rewritten.slice(0, 5), 'written on the article after the bundle came').to.deep.equal([]);
        if (isChromium) expect(shift).to.be.at.most(0.01);

        // Back to 100 %, then the portal adds a paragraph: the page is its own again,
        // the prepaint script no longer scales what arrives.
        await pressScalerButton(page, 'Cỡ chữ mặc định');
        const region = findRegion(page);
        region.insertAdjacentHTML('beforeend', '<p>Đoạn mới do cổng thêm vào.</p>');
        region.lastElementChild!.remove();
        await new Promise((resolve) =>
          page.win.requestAnimationFrame(() => page.win.requestAnimationFrame(resolve)),
        );
        expect(
          typeDifferences(reference, typeSnapshot(page, region)).slice(0, 5),
          'back at 100 %',
        ).to.deep.equal([]);
      } finally {
        page.frame.remove();
        localStorage.clear();
      }
    });
  });
}

/*
 * The standalone scaler before the article it names (`<bantin-font-scaler for>`, no
 * toolbar): the prepaint stylesheet keeps the upgraded scaler's rows, so the paragraph
 * after it stays where it was first painted when the bundle arrives.
 */
for (const [width, scale] of [
  [1280, 1],
  [1280, 1.5],
  [390, 1],
  [390, 1.5],
  [320, 1],
] as const) {
  describe(`reload of scaler-route.html at a stored ${scale * 100} % with the bundle ${BUNDLE_DELAY} ms late (${width} px)`, function () {
    this.timeout(BUNDLE_DELAY + 20000);

    it('keeps the paragraph after the scaler where it was first painted', async () => {
      const frame = document.createElement('iframe');
      Object.assign(frame.style, { width: `${width}px`, height: '700px', border: '0', display: 'block' });
      document.body.append(frame);
      localStorage.setItem('bantin:font-scale', String(scale));
      try {
        frame.src = `${FIXTURES}scaler-route.html?delay-bundle=${BUNDLE_DELAY}&at=${width}x${scale}`;
        await waitUntil(() => frame.contentDocument?.querySelector('.first'), 'the page did not arrive', {
          timeout: 5000,
        });
        const win = frame.contentWindow as FrameWindow;
        await waitUntil(() => win.document.readyState !== 'loading', 'the page was not parsed');
        await frameTick(win);
        const paragraph = win.document.querySelector('.first')!;
        const bundleLate = win.customElements.get('bantin-font-scaler') === undefined;
        const before = paragraph.getBoundingClientRect().top;
        await waitUntil(() => win.customElements.get('bantin-font-scaler'), 'the bundle never came', {
          timeout: BUNDLE_DELAY + 7000,
        });
        await waitUntil(
          () => win.document.querySelector('bantin-font-scaler')!.shadowRoot?.querySelector('button'),
          'the scaler never rendered',
        );
        await frameTick(win);
        const after = paragraph.getBoundingClientRect().top;
        console.log(
          `[scaler-route] ${engine} at ${width} px, stored ${scale * 100} %: paragraph ${before.toFixed(2)} → ${after.toFixed(2)} px`,
        );
        expect(bundleLate, 'the bundle had not arrived at the first paint').to.be.true;
        expect(Math.abs(after - before), 'how far the paragraph moved').to.be.at.most(1);
      } finally {
        frame.remove();
        localStorage.clear();
      }
    });
  });
}

/*
 * A `for` page's toolbar often has no date (the portal shows its own elsewhere): the
 * upgraded toolbar then draws the controls row alone, and the prepaint stylesheet must
 * keep that height, not a date row more, or the article jumps up when the bundle
 * arrives. The other cases check the reservation against what the toolbar draws with a
 * date: an empty attribute (no date), a date as written (not a real one), a real one,
 * the portal's <time> child.
 */
const TOOLBAR_DELAY = 1500;
for (const [width, scale, variant] of [
  [1280, 1, ''],
  [1280, 1.5, ''],
  [390, 1, ''],
  [390, 1.5, ''],
  [320, 1, ''],
  [320, 1.5, ''],
  [390, 1, 'date='],
  [390, 1, 'date=h%C3%B4m%20qua'],
  [320, 1, 'date=2023-05-23'],
  [390, 1, 'time=2023-05-23'],
  [1280, 1, 'time=2023-05-23'],
] as const) {
  describe(`reload of toolbar-route.html${variant ? `?${variant}` : ' (no date)'} at a stored ${scale * 100} % with the bundle ${TOOLBAR_DELAY} ms late (${width} px)`, function () {
    this.timeout(TOOLBAR_DELAY + 20000);

    it('keeps the paragraphs after the toolbar where they were first painted', async () => {
      const frame = document.createElement('iframe');
      Object.assign(frame.style, { width: `${width}px`, height: '700px', border: '0', display: 'block' });
      document.body.append(frame);
      if (scale !== 1) localStorage.setItem('bantin:font-scale', String(scale));
      try {
        frame.src =
          `${FIXTURES}toolbar-route.html?delay-bundle=${TOOLBAR_DELAY}&at=${width}x${scale}` +
          (variant ? `&${variant}` : '');
        await waitUntil(() => frame.contentDocument?.getElementById('sau'), 'the page did not arrive', {
          timeout: 5000,
        });
        const win = frame.contentWindow as FrameWindow;
        await afterFirstPaint(win);
        const doc = win.document;
        const paragraphs = [...doc.querySelectorAll('#noidung > p')];
        const bundleLate = win.customElements.get('bantin-toolbar') === undefined;
        const before = paragraphs.map((paragraph) => paragraph.getBoundingClientRect().top);
        const reserved = doc.querySelector('bantin-toolbar')!.getBoundingClientRect().height;
        let shift = 0;
        if (isChromium) {
          new win.PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
              shift += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        }
        await waitUntil(() => win.customElements.get('bantin-toolbar'), 'the bundle never came', {
          timeout: TOOLBAR_DELAY + 7000,
        });
        await toolbarHarness(doc.querySelector('bantin-toolbar')!).rendered();
        await frameTick(win);
        await frameTick(win);
        const after = paragraphs.map((paragraph) => paragraph.getBoundingClientRect().top);
        const drawn = doc.querySelector('bantin-toolbar')!.getBoundingClientRect().height;
        const moved = Math.max(...after.map((top, index) => Math.abs(top - before[index]!)));
        console.log(
          `[toolbar-route] ${engine} ${decodeURIComponent(variant) || 'no date'} at ${width} px, stored ${scale * 100} %: ` +
            `toolbar reserved ${reserved.toFixed(2)} px, drawn ${drawn.toFixed(2)} px; ` +
            `first paragraph ${before[0]!.toFixed(2)} → ${after[0]!.toFixed(2)} px` +
            (isChromium ? `; layout shift ${shift.toFixed(4)}` : ''),
        );
        expect(bundleLate, 'the bundle had not arrived at the first paint').to.be.true;
        expect(moved, 'how far the paragraphs moved').to.be.at.most(0.5);
        if (isChromium) expect(shift, 'layout shift').to.equal(0);
      } finally {
        frame.remove();
        localStorage.clear();
      }
    });
  });
}
