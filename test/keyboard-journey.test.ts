import { expect } from '@open-wc/testing';
import { openDemo, type DemoFrame } from './demo-frame.js';
import type { BantinFontScaler } from '../src/index.js';
import { scalerHarness } from './harness/font-scaler.js';
import { deepActiveElement, fontPx, press } from './helpers.js';

/** The focused element of the demo page, looking into shadow roots. */
const focused = ({ doc }: DemoFrame) => deepActiveElement(doc);

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Focus a reader can see: the :focus-visible ring, at least 2 px, inside the viewport. */
function expectVisibleFocus(demo: DemoFrame): void {
  const element = focused(demo)!;
  expect(element, 'focus is on an element').to.exist;
  expect(element.localName, 'focus is not lost to the page').to.not.equal('body');
  expect(element.matches(':focus-visible'), `${text(element)} matches :focus-visible`).to.be.true;
  const style = getComputedStyle(element);
  expect(style.outlineStyle, text(element)).to.not.equal('none');
  expect(parseFloat(style.outlineWidth), text(element)).to.be.at.least(2);
  const box = element.getBoundingClientRect();
  expect(box.bottom, `${text(element)} is on screen`).to.be.above(0);
}

describe('keyboard journey on the demo page', function () {
  this.timeout(30000);

  it('reaches the toolbar in one Tab stop, moves with the arrows, acts with Enter and Space, keeps focus visible', async () => {
    const demo = await openDemo({ width: 1024, height: 700 });
    const body = demo.doc.querySelector('bantin-article > p:not([slot])')!;
    demo.frame.focus();
    demo.win.focus();

    const stops: string[] = [];
    for (let i = 0; i < 5; i++) {
      await press('Tab');
      expectVisibleFocus(demo);
      stops.push(text(focused(demo)));
    }
    expect(stops).to.deep.equal([
      'Bỏ qua đến nội dung chính',
      'Tin tức - Sự kiện',
      'Thi đua - Khen thưởng',
      'Văn bản',
      'A− Giảm cỡ chữ',
    ]);

    await press('ArrowRight');
    await press('ArrowRight');
    expect(text(focused(demo))).to.equal('A+ Tăng cỡ chữ');
    expectVisibleFocus(demo);

    await press('Enter');
    await demo.scaler.updateComplete;
    expect(fontPx(body)).to.be.closeTo(19.8, 0.01);
    expect(scalerHarness(demo.scaler as unknown as BantinFontScaler).announcement).to.equal('Cỡ chữ 110%');

    await press('Space');
    await demo.scaler.updateComplete;
    expect(fontPx(body)).to.be.closeTo(22.5, 0.01);

    // Up to the bound and past it: the button stays focused and says it is unavailable.
    for (let i = 0; i < 5; i++) await press('Enter');
    await demo.scaler.updateComplete;
    expect(fontPx(body)).to.equal(36);
    expect(text(focused(demo))).to.equal('A+ Tăng cỡ chữ');
    expect(focused(demo)!.getAttribute('aria-disabled')).to.equal('true');
    expect(scalerHarness(demo.scaler as unknown as BantinFontScaler).announcement).to.equal(
      'Đã ở cỡ chữ lớn nhất, 200%',
    );
    expectVisibleFocus(demo);

    // The last control is "Hiển thị" (display), after "Nghe đọc bài" where the browser has a voice.
    await press('End');
    const last = text(focused(demo));
    expect(last).to.equal('Hiển thị');
    await press('ArrowRight');
    expect(text(focused(demo))).to.equal('A− Giảm cỡ chữ');
    await press('Home');
    expect(text(focused(demo))).to.equal('A− Giảm cỡ chữ');
    await press('ArrowLeft');
    expect(text(focused(demo))).to.equal(last);
    expectVisibleFocus(demo);

    // Shift+Tab leaves the toolbar in one stop; Tab returns to the control last used.
    await press('Shift', 'Tab');
    expect(text(focused(demo))).to.equal('Văn bản');
    await press('Tab');
    expect(text(focused(demo))).to.equal(last);
    expectVisibleFocus(demo);
  });

  it("keeps the reader's size after a reload and starts the toolbar at its first control", async () => {
    const demo = await openDemo({ width: 320, height: 640, storedScale: 2 });
    demo.frame.focus();
    demo.win.focus();
    for (let i = 0; i < 5; i++) await press('Tab');
    expect(text(focused(demo))).to.equal('A− Giảm cỡ chữ');
    expectVisibleFocus(demo);
    await press('Enter');
    await demo.scaler.updateComplete;
    expect(fontPx(demo.doc.querySelector('bantin-article > p:not([slot])')!)).to.be.closeTo(31.5, 0.01);
    expect(scalerHarness(demo.scaler as unknown as BantinFontScaler).announcement).to.equal('Cỡ chữ 175%');
  });
});
