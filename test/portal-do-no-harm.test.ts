import { expect } from '@open-wc/testing';
import {
  closePortalPage,
  findRegion,
  findScaler,
  largestDifference,
  openPortalPage,
  pressScalerButton,
  resizePortalPage,
  typeDifferences,
  typeSnapshot,
  type PortalPage,
  type TypeSample,
} from './portal-measure.js';

/**
 * First, do no harm: a portal page with bantin looks exactly like the page without it
 * until the reader asks for a larger size, at every viewport width and after the page's
 * own late stylesheets and scripts; at a larger size every element is that many times
 * what the page without bantin shows now. Each fixture is loaded twice, with and without
 * bantin, and each step is done to both.
 */

interface Case {
  file: string;
  about: string;
  /** What the page does after load, done to both pages while bantin is at 200 %. */
  later?: (page: PortalPage) => Promise<void>;
}

type LateThemeWindow = Window & { themeApplied: Promise<void> };
type ScriptWindow = Window & { docThoang: () => void };
type Holder = Window & { lateThemeGate?: Promise<void> };

let releaseTheme: () => void = () => {};

const CASES: Case[] = [
  {
    file: 'responsive-theme.html',
    about: 'Bootstrap 5: RFS calc(rem + vw), clamp(), @media and a container query',
  },
  {
    file: 'late-theme.html',
    about: 'the theme stylesheet arrives late (loadCSS)',
    later: async (page) => {
      releaseTheme();
      await (page.win as unknown as LateThemeWindow).themeApplied;
    },
  },
  {
    file: 'line-height-script.html',
    about: 'a portal script writes only inline line heights, and a caption size',
    later: async (page) => (page.win as unknown as ScriptWindow).docThoang(),
  },
  { file: 'px-stylesheet.html', about: 'px stylesheet with !important sizes and px line heights' },
  { file: 'word-paste.html', about: 'Word paste: pt spans, <font size>, line-height 115 %' },
];

const WIDE = 1280;
const NARROW = 390;
const engine = navigator.userAgent.includes('Firefox/')
  ? 'Firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'Chromium'
    : 'WebKit';

const frame = async (page: PortalPage) =>
  new Promise((resolve) => page.win.requestAnimationFrame(() => page.win.requestAnimationFrame(resolve)));

interface Steps {
  /** At 100 %, at 1280 px, before the page's later changes. */
  atLoad: [TypeSample[], TypeSample[]];
  /** At 200 %, after the page's later changes, at 1280 px. */
  scaledWide: [TypeSample[], TypeSample[]];
  /** At 200 %, after a resize to 390 px. */
  scaledNarrow: [TypeSample[], TypeSample[]];
  /** Back at 100 %, at 390 px, then at 1280 px again. */
  resetNarrow: [TypeSample[], TypeSample[]];
  resetWide: [TypeSample[], TypeSample[]];
  /** Inline `!important` text spacing found on the page with bantin at 200 %. */
  inlineSpacing: string[];
}

async function walk(test: Case): Promise<Steps> {
  localStorage.clear();
  const gate = new Promise<void>((resolve) => (releaseTheme = resolve));
  (window as Holder).lateThemeGate = gate;
  const without = await openPortalPage(test.file, { withoutBantin: true, width: WIDE });
  const withBantin = await openPortalPage(test.file, { width: WIDE });
  const both = [without, withBantin];
  // Both in the viewport, one over the other: WebKit stops animation frames in a frame
  // scrolled out of view.
  for (const page of both) Object.assign(page.frame.style, { position: 'fixed', top: '0', left: '0' });
  const take = () => both.map((page) => typeSnapshot(page, findRegion(page))) as [TypeSample[], TypeSample[]];
  try {
    const atLoad = take();
    for (let press = 0; press < 5; press++) await pressScalerButton(withBantin, 'Tăng cỡ chữ');
    expect(findScaler(withBantin)).to.have.property('value', 2);
    for (const page of both) {
      await test.later?.(page);
      await frame(page);
    }
    const scaledWide = take();
    const inlineSpacing = [...findRegion(withBantin).querySelectorAll<HTMLElement>('*')]
      .filter((element) =>
        ['line-height', 'letter-spacing', 'word-spacing'].some(
          (property) => element.style.getPropertyPriority(property) === 'important',
        ),
      )
      .map((element) => element.outerHTML.slice(0, 60));
    for (const page of both) await resizePortalPage(page, NARROW);
    const scaledNarrow = take();
    await pressScalerButton(withBantin, 'Cỡ chữ mặc định');
    const resetNarrow = take();
    for (const page of both) await resizePortalPage(page, WIDE);
    const resetWide = take();
    return { atLoad, scaledWide, scaledNarrow, resetNarrow, resetWide, inlineSpacing };
  } finally {
    releaseTheme();
    both.forEach(closePortalPage);
    delete (window as Holder).lateThemeGate;
    localStorage.clear();
  }
}

for (const test of CASES) {
  describe(`do no harm: ${test.file} (${test.about})`, function () {
    this.timeout(60000);
    let steps: Steps;

    before(async function () {
      steps = await walk(test);
      const at100 = Math.max(
        ...[steps.atLoad, steps.resetNarrow, steps.resetWide].map(([without, withBantin]) =>
          largestDifference(without, withBantin),
        ),
      );
      const factors = steps.scaledNarrow[1].map(
        (sample, index) => sample.fontPx / steps.scaledNarrow[0][index]!.fontPx,
      );
      // The figures the closing note quotes, per engine and fixture.
      console.log(
        `[do-no-harm] ${engine} ${test.file}: largest difference at 100 % ${at100.toFixed(2)} px; ` +
          `at 200 % after a resize to ${NARROW} px ×${Math.min(...factors).toFixed(3)}–×${Math.max(...factors).toFixed(3)}`,
      );
    });

    it('at 100 % shows every size and line height of the page without bantin (±0.5 px)', () => {
      expect(steps.atLoad[0].length, 'elements with text').to.be.above(8);
      expect(typeDifferences(...steps.atLoad).slice(0, 5)).to.deep.equal([]);
    });

    it('at 200 %, after the page’s own late changes, is twice the page without bantin', () => {
      expect(typeDifferences(...steps.scaledWide, 2).slice(0, 5)).to.deep.equal([]);
    });

    it(`at 200 %, after a resize to ${NARROW} px, is twice what the page without bantin shows there`, () => {
      expect(typeDifferences(...steps.scaledNarrow, 2).slice(0, 5)).to.deep.equal([]);
    });

    it('back at 100 % is the page without bantin again, narrow and wide', () => {
      expect(typeDifferences(...steps.resetNarrow).slice(0, 5)).to.deep.equal([]);
      expect(typeDifferences(...steps.resetWide).slice(0, 5)).to.deep.equal([]);
    });

    it('writes no inline !important text spacing (axe avoid-inline-spacing)', () => {
      expect(steps.inlineSpacing).to.deep.equal([]);
    });
  });
}

describe('do no harm: "Giảm cỡ chữ" on a page of tight px line heights (px-stylesheet.html)', function () {
  this.timeout(30000);
  it('makes the text smaller without spreading its lines apart', async () => {
    localStorage.clear();
    const without = await openPortalPage('px-stylesheet.html', { withoutBantin: true });
    const reference = typeSnapshot(without, findRegion(without));
    closePortalPage(without);
    const page = await openPortalPage('px-stylesheet.html');
    try {
      await pressScalerButton(page, 'Giảm cỡ chữ');
      const now = typeSnapshot(page, findRegion(page));
      expect(typeDifferences(reference, now, 0.9).slice(0, 5)).to.deep.equal([]);
    } finally {
      closePortalPage(page);
      localStorage.clear();
    }
  });
});
