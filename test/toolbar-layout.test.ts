import { expect, html } from '@open-wc/testing';
import '../src/bantin.js';
import { openDemo, type DemoFrame } from './demo-frame.js';
import { mountToolbar } from './harness/fixtures.js';
import { scalerHarness } from './harness/font-scaler.js';
import { toolbarHarness } from './harness/toolbar.js';
import { accessibilityTree, findNodes, itReadsAccessibilityTree, nextFrame } from './helpers.js';

/** The words of each control, as the toolbar would give them to a screen reader. */
const FULL_NAMES = [
  'A− Giảm cỡ chữ',
  'A Cỡ chữ mặc định',
  'A+ Tăng cỡ chữ',
  'In bài viết',
  'Chia sẻ',
  'Hiển thị',
];

const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

function controls({ toolbar, scaler }: DemoFrame): HTMLElement[] {
  return [...scalerHarness(scaler).buttons, ...toolbarHarness(toolbar).ownButtons];
}

/** How many rows the date and the controls take: distinct vertical centres. */
function rows(boxes: DOMRect[]): number {
  const centres = boxes.map((box) => Math.round(box.top + box.height / 2));
  return new Set(centres.map((centre) => centres.find((other) => Math.abs(other - centre) <= 4))).size;
}

async function resize(demo: DemoFrame, width: number, height = 800): Promise<void> {
  Object.assign(demo.frame.style, { width: `${width}px`, height: `${height}px` });
  await new Promise((resolve) => demo.win.requestAnimationFrame(() => resolve(undefined)));
  await demo.toolbar.updateComplete;
  await nextFrame();
}

describe('<bantin-toolbar> layout on the demo page', function () {
  this.timeout(30000);
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('takes at most two rows and 100 px at 320 px, the words kept in every control', async () => {
    const demo = await openDemo({ width: 320, height: 640 });
    const height = demo.toolbar.getBoundingClientRect().height;
    console.log(`toolbar at 320 px: ${height.toFixed(1)} px tall`);
    expect(height).to.be.at.most(100);
    const date = toolbarHarness(demo.toolbar).dateLine!;
    const boxes = [date, ...controls(demo)].map((element) => element.getBoundingClientRect());
    expect(rows(boxes)).to.be.at.most(2);
    // Visually compact, but each control still carries all its words.
    // "Nghe đọc bài" joins them where the browser has a voice (Firefox here).
    expect(
      controls(demo)
        .map(text)
        .filter((name) => name !== 'Nghe đọc bài'),
    ).to.deep.equal(FULL_NAMES);
    // Six or seven controls (with listen) share 288 px, less a classic scrollbar: the
    // toolbar's own icons give up a little width rather than wrap, never below 36 px
    // (WCAG 2.5.8 asks for 24); the scaler's keep 44 px.
    console.log(
      `controls at 320 px: ${controls(demo)
        .map((control) => control.getBoundingClientRect().width.toFixed(1))
        .join(', ')} px wide`,
    );
    for (const control of controls(demo)) {
      const box = control.getBoundingClientRect();
      expect(box.width, text(control)).to.be.at.least(36);
      expect(box.height, text(control)).to.be.at.least(44);
      expect(box.right, `${text(control)} fits the screen`).to.be.at.most(320);
    }
  });

  itReadsAccessibilityTree('names every control in full in a 288 px bar (a 320 px phone)', async () => {
    const ui = await mountToolbar(
      html`<div style="width: 288px"><bantin-toolbar date="2023-05-23"></bantin-toolbar></div>`,
    );
    // The labels are visually hidden at this width: the glyphs and icons alone show.
    const print = ui.printButton!;
    expect(print.getBoundingClientRect().width).to.be.at.most(48);
    const tree = await accessibilityTree();
    const [bar] = findNodes(tree, (node) => node.role === 'toolbar');
    expect(findNodes(bar!, (node) => node.role === 'button').map((node) => node.name)).to.deep.equal(
      FULL_NAMES,
    );
  });

  it('keeps every control on one row from 320 to 1280 px: none wraps alone', async () => {
    const demo = await openDemo({ width: 1280, height: 800 });
    const heights: string[] = [];
    for (const width of [1280, 1024, 768, 600, 480, 414, 375, 360, 320]) {
      await resize(demo, width);
      const boxes = controls(demo).map((control) => control.getBoundingClientRect());
      expect(rows(boxes), `controls' rows at ${width} px`).to.equal(1);
      const height = demo.toolbar.getBoundingClientRect().height;
      heights.push(`${width}: ${height.toFixed(0)}`);
      expect(height, `toolbar height at ${width} px`).to.be.at.most(100);
    }
    console.log(`toolbar height (px) by width: ${heights.join(', ')}`);
  });

  it('puts the date and the controls on one row at 1280 px', async () => {
    const demo = await openDemo({ width: 1280, height: 800 });
    const date = toolbarHarness(demo.toolbar).dateLine!;
    const boxes = [date, ...controls(demo)].map((element) => element.getBoundingClientRect());
    expect(rows(boxes)).to.equal(1);
    expect(demo.toolbar.getBoundingClientRect().height).to.be.at.most(64);
  });
});
