import { expect } from '@open-wc/testing';
import {
  addedOverlaps,
  closePortalPage,
  factorsByPart,
  findRegion,
  openPortalPage,
  shareScaled,
  sizeDifferences,
  snapshot,
  type PortalPage,
} from './portal-measure.js';

/**
 * The yardstick of test/portal-corpus.test.ts, checked on itself: a page scaled perfectly
 * by hand passes it, and each defect a scaler can have is caught.
 */

/** Scales every element of the region by hand, as an ideal scaler would. */
function scaleByHand(page: PortalPage, factor: number, { keepPxLineHeights = false } = {}): void {
  const elements = [findRegion(page), ...findRegion(page).querySelectorAll('*')] as HTMLElement[];
  // Read everything first, then write, so that no size is read after a change.
  const sizes = elements.map((element) => {
    const style = page.win.getComputedStyle(element);
    const px = parseFloat(style.fontSize);
    const ratio = style.lineHeight === 'normal' ? 'normal' : String(parseFloat(style.lineHeight) / px);
    return { element, px, ratio };
  });
  for (const { element, px, ratio } of sizes) {
    element.style.setProperty('font-size', `${px * factor}px`, 'important');
    if (!keepPxLineHeights) element.style.setProperty('line-height', ratio, 'important');
  }
}

async function nextFrame(page: PortalPage): Promise<void> {
  await new Promise((resolve) => page.win.requestAnimationFrame(() => resolve(undefined)));
}

describe('portal corpus yardstick', () => {
  for (const file of ['px-stylesheet.html', 'quirks-table.html']) {
    for (const width of [1024, 320]) {
      it(`passes ${file} at ${width} px when every element is scaled by hand to ×2`, async () => {
        const page = await openPortalPage(file, { withoutBantin: true, width });
        const region = findRegion(page);
        const start = snapshot(page, region);
        scaleByHand(page, 2);
        await nextFrame(page);
        const scaled = snapshot(page, region);
        expect(shareScaled(start, scaled, 2)).to.equal(1);
        for (const { part, min, max } of factorsByPart(start, scaled)) {
          // WebKit rounds computed sizes (1.99999995 for 2).
          expect(min, part).to.be.closeTo(2, 0.001);
          expect(max, part).to.be.closeTo(2, 0.001);
        }
        expect(addedOverlaps(start, scaled)).to.deep.equal([]);
        expect(scaled.sidewaysScroll).to.be.at.most(start.sidewaysScroll + 1);
        for (const element of [region, ...region.querySelectorAll('*')] as HTMLElement[]) {
          element.style.removeProperty('font-size');
          element.style.removeProperty('line-height');
        }
        await nextFrame(page);
        expect(sizeDifferences(start, snapshot(page, region))).to.deep.equal([]);
        closePortalPage(page);
      });
    }
  }

  it('reports the lines a px line-height left alone makes overlap', async () => {
    const page = await openPortalPage('px-stylesheet.html', { withoutBantin: true });
    const region = findRegion(page);
    const start = snapshot(page, region);
    scaleByHand(page, 2, { keepPxLineHeights: true });
    await nextFrame(page);
    const overlaps = addedOverlaps(start, snapshot(page, region));
    expect(overlaps.length).to.be.above(5);
    expect(overlaps[0]).to.match(/lines overlap by \d+\.\d px/);
    closePortalPage(page);
  });

  it('reports the parts that stayed at their size and the size a reset did not restore', async () => {
    const page = await openPortalPage('px-stylesheet.html', { withoutBantin: true });
    const region = findRegion(page);
    const start = snapshot(page, region);
    // Only the body paragraphs grow, as with a scaler that cannot reach the title.
    for (const paragraph of region.querySelectorAll<HTMLElement>('p:not(.chuthich):not(.TacGia)')) {
      paragraph.style.setProperty('font-size', '28px', 'important');
    }
    await nextFrame(page);
    const scaled = snapshot(page, region);
    const share = shareScaled(start, scaled, 2);
    expect(share).to.be.above(0.5).and.below(0.98);
    const unscaled = factorsByPart(start, scaled)
      .filter(({ max }) => max < 1.96)
      .map(({ part }) => part);
    expect(unscaled).to.include.members(['title', 'lead', 'heading', 'caption']);
    expect(sizeDifferences(start, scaled)[0]).to.match(/<p> ".*": 14 px before, 28 px now/);
    closePortalPage(page);
  });
});
