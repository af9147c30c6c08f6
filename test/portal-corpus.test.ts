import { expect, waitUntil } from '@open-wc/testing';
import {
  addedOverlaps,
  announcement,
  closePortalPage,
  factorsByPart,
  findRegion,
  formatPercent,
  openPortalPage,
  pressScalerButton,
  shareScaled,
  sizeDifferences,
  snapshot,
  typicalFactor,
  type PortalPage,
  type Snapshot,
} from './portal-measure.js';

/**
 * Every word of a real portal article scales. Each page of test/fixtures/portal/ imitates
 * what provincial portals serve (px and rem stylesheets, `!important`, Word paste,
 * DotNetNuke containers, a 62.5 % root, quirks-mode tables, UpdatePanel swaps); a reader
 * presses "Tăng cỡ chữ" five times (100 % → 200 %) and then "Cỡ chữ mặc định".
 */

interface PortalCase {
  file: string;
  /** What the page imitates. */
  about: string;
  /** `<bantin-article>` (bantin's typography) rather than a `for` target (the portal's). */
  articleMode?: boolean;
  /** The portal loads content by AJAX after load; done once at 100 % and again at 200 %. */
  ajax?: (page: PortalPage) => Promise<void>;
}

const PAGES: PortalCase[] = [
  { file: 'px-stylesheet.html', about: 'portal stylesheet in px with !important and px line-heights' },
  { file: 'word-paste.html', about: 'article pasted from Word (pt spans, <font size>, <o:p>)' },
  { file: 'dnn-nested.html', about: 'for names the outer DotNetNuke pane; .Normal is 12px inside it' },
  { file: 'rem-theme.html', about: 'modern theme in rem' },
  {
    file: 'article-in-px-portal.html',
    about: '<bantin-article> inside the px stylesheet',
    articleMode: true,
  },
  { file: 'root-62-5.html', about: 'root font-size 62.5 % with rem title and h2' },
  { file: 'quirks-table.html', about: 'quirks mode, table layout, data table captioned in em' },
  { file: 'updatepanel.html', about: 'UpdatePanel replaces the for target after load', ajax: postBack },
  { file: 'xem-tiep.html', about: '"Xem tiếp" loads the rest into the px-styled target', ajax: loadMore },
  { file: 'mixed-units.html', about: 'pt, keywords, %, nested <font size>, sub/sup, px line-heights' },
];

const PRESSES = 5; // 100 % → 110 → 125 → 150 → 175 → 200 %
const FACTOR = 2;
const TOLERANCE = 0.02;
const engine = navigator.userAgent.includes('Firefox/')
  ? 'Firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'Chromium'
    : 'WebKit';

/** Clicks the portal's "Xem toàn bài" and waits for the UpdatePanel's endRequest. */
async function postBack(page: PortalPage): Promise<void> {
  const win = page.win as unknown as {
    Sys: { WebForms: { PageRequestManager: { getInstance(): { add_endRequest(h: () => void): void } } } };
  };
  const done = new Promise<void>((resolve) =>
    win.Sys.WebForms.PageRequestManager.getInstance().add_endRequest(() => resolve()),
  );
  page.doc.querySelector<HTMLElement>('#ctl00_PlaceHolderMain_lnkXemToanBai')!.click();
  await done;
  await frames(page);
}

/** Clicks the portal's "Xem tiếp" and waits until the rest of the article is in. */
async function loadMore(page: PortalPage): Promise<void> {
  const holder = page.doc.getElementById('trang-tiep')!;
  const earlier = holder.firstElementChild;
  page.doc.querySelector<HTMLElement>('#lnkXemTiep')!.click();
  await waitUntil(
    () => holder.firstElementChild && holder.firstElementChild !== earlier,
    '"Xem tiếp" loaded nothing',
  );
  await frames(page);
}

async function frames(page: PortalPage): Promise<void> {
  await new Promise((resolve) => page.win.requestAnimationFrame(() => resolve(undefined)));
  await new Promise((resolve) => page.win.requestAnimationFrame(() => resolve(undefined)));
}

interface Measured {
  /** The portal's own page, without bantin. */
  original: Snapshot;
  /** With bantin, before any press (100 %). */
  start: Snapshot;
  /** After five presses (200 %). */
  scaled: Snapshot;
  said: string;
  reset: Snapshot;
  narrowStart: Snapshot;
  narrowScaled: Snapshot;
}

async function measure(page: PortalCase): Promise<Measured> {
  localStorage.clear();
  const settle = async (open: PortalPage) => {
    await page.ajax?.(open);
  };

  const portal = await openPortalPage(page.file, { withoutBantin: true });
  await settle(portal);
  const original = snapshot(portal, findRegion(portal));
  closePortalPage(portal);

  const wide = await openPortalPage(page.file);
  await settle(wide);
  const start = snapshot(wide, findRegion(wide));
  for (let press = 0; press < PRESSES; press++) await pressScalerButton(wide, 'Tăng cỡ chữ');
  await settle(wide);
  const scaled = snapshot(wide, findRegion(wide));
  const said = announcement(wide);
  await pressScalerButton(wide, 'Cỡ chữ mặc định');
  const reset = snapshot(wide, findRegion(wide));
  closePortalPage(wide);

  localStorage.clear();
  const narrow = await openPortalPage(page.file, { width: 320 });
  await settle(narrow);
  const narrowStart = snapshot(narrow, findRegion(narrow));
  for (let press = 0; press < PRESSES; press++) await pressScalerButton(narrow, 'Tăng cỡ chữ');
  await settle(narrow);
  const narrowScaled = snapshot(narrow, findRegion(narrow));
  closePortalPage(narrow);
  localStorage.clear();

  return { original, start, scaled, said, reset, narrowStart, narrowScaled };
}

const describeFactors = (m: Measured) =>
  factorsByPart(m.start, m.scaled)
    .map(({ part, min, max }) =>
      min.toFixed(2) === max.toFixed(2)
        ? `${part} ×${min.toFixed(2)}`
        : `${part} ×${min.toFixed(2)}–${max.toFixed(2)}`,
    )
    .join(', ');

const characters = (s: Snapshot) => s.samples.reduce((sum, sample) => sum + sample.chars, 0);

for (const page of PAGES) {
  describe(`portal page ${page.file} (${page.about})`, function () {
    this.timeout(60000);
    let m: Measured;

    before(async function () {
      m = await measure(page);
      // The figure the closing note quotes, per engine and page.
      console.log(
        `[portal-corpus] ${engine} ${page.file}: ${formatPercent(shareScaled(m.start, m.scaled, FACTOR, TOLERANCE))} ` +
          `of ${characters(m.start)} characters ×2.00 ± 2 % at 200 %; ${describeFactors(m)}; said "${m.said}"`,
      );
    });

    it('measures the whole article (title, body and at least two other parts)', () => {
      const parts = new Set(m.original.samples.map((sample) => sample.part));
      expect(characters(m.original), 'characters in the article').to.be.above(4000);
      expect([...parts]).to.include.members(['title', 'body']);
      expect(parts.size, [...parts].join(', ')).to.be.at.least(4);
      expect(m.start.samples.length, 'the same runs of text with bantin').to.equal(m.original.samples.length);
    });

    it('doubles at least 98 % of the characters at 200 %', () => {
      const share = shareScaled(m.start, m.scaled, FACTOR, TOLERANCE);
      const missed = m.start.samples
        .map((sample, index) => ({ sample, after: m.scaled.samples[index]! }))
        .filter(({ sample, after }) => Math.abs(after.px / sample.px / FACTOR - 1) > TOLERANCE)
        .slice(0, 5)
        .map(({ sample, after }) => `${sample.where}: ${sample.px} → ${after.px} px`);
      expect(share, `${formatPercent(share)} doubled; not: ${missed.join('; ')}`).to.be.at.least(0.98);
    });

    it('grows every part (title, lead, headings, body, captions, tables) by the same factor, ×2.00', () => {
      const off = factorsByPart(m.start, m.scaled).filter(
        ({ min, max }) => min < FACTOR * (1 - TOLERANCE) || max > FACTOR * (1 + TOLERANCE),
      );
      expect(
        off.map(({ part }) => part),
        describeFactors(m),
      ).to.deep.equal([]);
    });

    it('has no overlapping lines at 200 %, at 1024 px and at 320 px', () => {
      const overlaps = [...addedOverlaps(m.start, m.scaled), ...addedOverlaps(m.narrowStart, m.narrowScaled)];
      expect(overlaps.slice(0, 5)).to.deep.equal([]);
    });

    it('adds no sideways scrolling at 320 px', () => {
      expect(m.narrowScaled.sidewaysScroll, `before: ${m.narrowStart.sidewaysScroll} px`).to.be.at.most(
        m.narrowStart.sidewaysScroll + 1,
      );
    });

    it(`returns every run of text to its size before bantin on "Cỡ chữ mặc định" (±0.5 px)`, () => {
      // A for target keeps the portal's own sizes; <bantin-article> has bantin's typography.
      const reference = page.articleMode ? m.start : m.original;
      expect(sizeDifferences(reference, m.reset).slice(0, 5)).to.deep.equal([]);
    });

    it('announces the size the article reached', () => {
      const announced = Number(/(\d+)\s*%/.exec(m.said)?.[1]) / 100;
      const reached = typicalFactor(m.start, m.scaled);
      expect(announced, `said "${m.said}"`).to.equal(FACTOR);
      expect(
        Math.abs(reached / announced - 1),
        `said "${m.said}", text grew ×${reached.toFixed(2)}`,
      ).to.be.at.most(TOLERANCE);
    });
  });
}
