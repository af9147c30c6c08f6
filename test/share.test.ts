import { expect, html, waitUntil } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinToolbar } from '../src/index.js';
import { deepActiveElement, liveRegionText, press } from './helpers.js';
import { mountToolbar, withNavigator } from './harness/fixtures.js';
import { toolbarHarness } from './harness/toolbar.js';

async function toolbar(): Promise<BantinToolbar> {
  const ui = await mountToolbar(
    html`<div style="width: 720px; padding-block-end: 12rem">
      <bantin-toolbar date="2023-05-23"></bantin-toolbar>
    </div>`,
  );
  return ui.element;
}

const shareButton = (element: BantinToolbar) => toolbarHarness(element).shareButton!;
const feedback = (element: BantinToolbar) => toolbarHarness(element).feedback;

/** Seen by a sighted reader: rendered, not clipped to a pixel, not transparent. */
function expectSeen(element: HTMLElement | null): DOMRect {
  expect(element, 'feedback is rendered').to.exist;
  const box = element!.getBoundingClientRect();
  expect(box.width).to.be.above(40);
  expect(box.height).to.be.above(20);
  const style = getComputedStyle(element!);
  expect(style.visibility).to.equal('visible');
  expect(Number(style.opacity)).to.equal(1);
  return box;
}

describe('<bantin-toolbar> share feedback', () => {
  it('shows "Đã sao chép liên kết bài viết" by the share button, as well as announcing it', async () => {
    const element = await toolbar();
    const copied: string[] = [];
    await withNavigator(
      { clipboard: { writeText: async (text: string) => void copied.push(text) }, share: undefined },
      async () => {
        shareButton(element).click();
        await waitUntil(() => feedback(element), 'no visible confirmation');
      },
    );
    expect(copied).to.deep.equal([location.href]);
    const box = expectSeen(feedback(element));
    expect(feedback(element)!.textContent!.trim()).to.equal('Đã sao chép liên kết bài viết');
    // By the button: just below it, overlapping its column.
    const button = shareButton(element).getBoundingClientRect();
    expect(box.top - button.bottom).to.be.within(0, 24);
    expect(box.left).to.be.below(button.right);
    expect(box.right).to.be.above(button.left);
    expect(liveRegionText(element)).to.equal('Đã sao chép liên kết bài viết');
    // The screen reader hears it once, from the live region, not twice.
    expect(feedback(element)!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('shows the address, selected, when copying fails; Escape dismisses it and focus returns', async () => {
    const element = await toolbar();
    const denied = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
    await withNavigator({ clipboard: denied, share: undefined }, async () => {
      shareButton(element).focus();
      shareButton(element).click();
      await waitUntil(() => feedback(element)?.querySelector('input'), 'no address shown');
    });
    expectSeen(feedback(element));
    const field = feedback(element)!.querySelector('input')!;
    expectSeen(field);
    expect(field.value).to.equal(location.href);
    expect(field.readOnly).to.be.true;
    expect(field.labels![0]!.textContent).to.contain('Không sao chép được liên kết');
    await waitUntil(() => deepActiveElement() === field, 'the address is not focused');
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, location.href.length]);
    expect(liveRegionText(element)).to.contain(location.href);
    await press('Escape');
    await element.updateComplete;
    expect(feedback(element)).to.be.null;
    expect(deepActiveElement()).to.equal(shareButton(element));
  });

  it('closes the address with "Đóng"', async () => {
    const element = await toolbar();
    const denied = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
    await withNavigator({ clipboard: denied, share: undefined }, () => element.share());
    const close = toolbarHarness(element).part<HTMLButtonElement>('dismiss')!;
    expect(close.textContent!.trim()).to.equal('Đóng');
    const box = close.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    close.click();
    await element.updateComplete;
    expect(feedback(element)).to.be.null;
  });

  it('passes axe while the address is shown', async function () {
    // axe walks the whole page; give it time on a busy machine.
    this.timeout(15000);
    const element = await toolbar();
    const denied = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
    await withNavigator({ clipboard: denied, share: undefined }, () => element.share());
    await expect(element).to.be.accessible();
  });
});
