import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinFontScaler, BantinToolbar } from '../src/index.js';
import { scalerHarness } from './harness/font-scaler.js';
import { toolbarHarness } from './harness/toolbar.js';
import { openFrame } from './demo-frame.js';
import { captureWarnings, fontPx, nextFrame } from './helpers.js';

const KEY = 'bantin:font-scale';

function buttonNamed(scaler: BantinFontScaler, words: string): HTMLButtonElement {
  return scalerHarness(scaler).buttonNamed(words);
}

async function press(scaler: BantinFontScaler, words: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    buttonNamed(scaler, words).click();
    await scaler.updateComplete;
  }
}

/** Every value written to `key` in localStorage while the test runs. */
function recordWrites(key: string): { values: string[]; restore: () => void } {
  const values: string[] = [];
  const { setItem } = Storage.prototype;
  Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
    if (name === key) values.push(value);
    setItem.call(this, name, value);
  };
  return { values, restore: () => (Storage.prototype.setItem = setItem) };
}

async function twoScalers() {
  const root = await fixture<HTMLElement>(`
    <div>
      <bantin-font-scaler id="wide"></bantin-font-scaler>
      <bantin-font-scaler id="narrow" max="1.5"></bantin-font-scaler>
      <bantin-article><h1 slot="title">Tiêu đề</h1><p>Nội dung bài viết</p></bantin-article>
    </div>`);
  const wide = root.querySelector<BantinFontScaler>('#wide')!;
  const narrow = root.querySelector<BantinFontScaler>('#narrow')!;
  await Promise.all([wide.updateComplete, narrow.updateComplete]);
  const body = root.querySelector('bantin-article p')!;
  const settle = () => Promise.all([wide.updateComplete, narrow.updateComplete]);
  return { root, wide, narrow, body, base: fontPx(body), settle };
}

describe('one direction: reader or code → owner → targets → every scaler', () => {
  let writes: ReturnType<typeof recordWrites>;
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    writes = recordWrites(KEY);
    warnings = captureWarnings();
  });
  afterEach(() => {
    writes.restore();
    warnings.restore();
  });

  it('clamps a value set by code beyond the ladder, warns, and the article agrees', async () => {
    const { wide, body, base, settle } = await twoScalers();
    wide.value = 5;
    await settle();
    await nextFrame();
    await settle();
    expect(wide.value).to.equal(2);
    expect(fontPx(body) / base, 'the article shows what the scaler shows').to.be.closeTo(2, 0.01);
    expect(localStorage.getItem(KEY)).to.equal('2');
    expect(writes.values).to.deep.equal(['2']);
    expect(warnings.messages.some((m) => m.startsWith('<bantin-font-scaler> value:'))).to.equal(true);
    expect(scalerHarness(wide).isUnavailable(scalerHarness(wide).increaseButton)).to.equal(true);
  });

  it('lets code set the wider of two scalers without the narrow one overriding it', async () => {
    const { wide, narrow, body, base, settle } = await twoScalers();
    wide.value = 2;
    await settle();
    await nextFrame();
    await settle();
    expect(writes.values, 'one write for one change').to.deep.equal(['2']);
    expect(wide.value).to.equal(2);
    expect(fontPx(body) / base).to.be.closeTo(2, 0.01);
    expect(narrow.value, 'the narrow scaler shows its clamp as a view').to.equal(1.5);
    expect(scalerHarness(narrow).isUnavailable(scalerHarness(narrow).increaseButton)).to.equal(true);

    // Code asking the narrow scaler for what it already shows changes nothing.
    narrow.value = 2;
    await settle();
    expect(localStorage.getItem(KEY)).to.equal('2');
    expect(fontPx(body) / base).to.be.closeTo(2, 0.01);
    expect(writes.values).to.deep.equal(['2']);
  });

  it('writes storage once when the reader clicks one of two scalers', async () => {
    const { wide, narrow, body, base, settle } = await twoScalers();
    await scalerHarness(wide).increase();
    await settle();
    await nextFrame();
    await settle();
    expect(writes.values).to.deep.equal(['1.1']);
    expect(narrow.value).to.equal(1.1);
    expect(fontPx(body) / base).to.be.closeTo(1.1, 0.01);
  });

  it('fires no event when code sets value, one when the reader clicks', async () => {
    const { root, wide, narrow, settle } = await twoScalers();
    let events = 0;
    root.addEventListener('bantin-font-scale-change', () => events++);
    wide.value = 1.25;
    narrow.value = 1;
    await settle();
    await nextFrame();
    expect(events).to.equal(0);
    await scalerHarness(narrow).increase();
    await settle();
    expect(events).to.equal(1);
  });
});

// Last: the two-copies test's frame writes storage, and that `storage` event reaches
// this window after the test.
describe('one owner of the reader’s scale', () => {
  it('lets a narrow scaler show its clamped view without overriding the reader', async () => {
    const root = await fixture<HTMLElement>(`
      <div>
        <bantin-toolbar date="2023-05-23"></bantin-toolbar>
        <bantin-font-scaler max="1.5"></bantin-font-scaler>
        <bantin-article><h1 slot="title">Tiêu đề</h1><p>Nội dung bài viết</p></bantin-article>
      </div>`);
    const toolbar = root.querySelector('bantin-toolbar')!;
    await toolbar.updateComplete;
    const toolbarScaler = toolbarHarness(toolbar).scaler;
    const narrow = root.querySelector('bantin-font-scaler')!;
    await toolbarScaler.updateComplete;
    const body = root.querySelector('bantin-article p')!;
    const base = fontPx(body);

    await press(toolbarScaler, 'Tăng cỡ chữ', 4);
    await narrow.updateComplete;

    expect(toolbarScaler.value).to.equal(1.75);
    expect(localStorage.getItem(KEY)).to.equal('1.75');
    expect(fontPx(body) / base).to.be.closeTo(1.75, 0.01);
    expect(narrow.value, 'the narrow scaler shows its own bound').to.equal(1.5);
    expect(buttonNamed(narrow, 'Tăng cỡ chữ').getAttribute('aria-disabled')).to.equal('true');

    // Pressing the narrow scaler's increase at its bound changes nothing.
    await press(narrow, 'Tăng cỡ chữ');
    expect(localStorage.getItem(KEY)).to.equal('1.75');
    expect(fontPx(body) / base).to.be.closeTo(1.75, 0.01);
    expect(scalerHarness(narrow).announcement).to.equal('Đã ở cỡ chữ lớn nhất, 150%');

    // Its decrease steps down from what it shows.
    await press(narrow, 'Giảm cỡ chữ');
    await toolbarScaler.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal('1.25');
    expect(toolbarScaler.value).to.equal(1.25);
  });

  it('fires bantin-font-scale-change once the new size is in effect', async () => {
    const root = await fixture<HTMLElement>(`
      <div>
        <bantin-font-scaler></bantin-font-scaler>
        <bantin-article><h1 slot="title">Tiêu đề</h1><p>Nội dung bài viết</p></bantin-article>
      </div>`);
    const scaler = root.querySelector('bantin-font-scaler')!;
    await scaler.updateComplete;
    const body = root.querySelector('bantin-article p')!;
    const base = fontPx(body);
    let seen = 0;
    root.addEventListener('bantin-font-scale-change', () => (seen = fontPx(body)));
    const event = oneEvent(root, 'bantin-font-scale-change');
    buttonNamed(scaler, 'Tăng cỡ chữ').click();
    await event;
    expect(seen / base).to.be.closeTo(1.1, 0.001);
  });

  it('is shared by two copies of bantin on one page (an npm build and the CDN bundle)', async function () {
    this.timeout(20000);
    const { win, doc } = await openFrame('/test/fixtures/two-copies.html');
    await waitUntil(() => win.customElements.get('bantin-toolbar'), 'the bundle copy did not load', {
      timeout: 15000,
    });
    const toolbar = doc.querySelector('bantin-toolbar')! as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await toolbar.updateComplete;
    const scaler = toolbarHarness(toolbar as BantinToolbar).scaler;
    await scaler.updateComplete;
    // Two copies: the article's class and the toolbar's come from different modules.
    const articleClass = win.customElements.get('bantin-article')!;
    const scalerClass = win.customElements.get('bantin-font-scaler')!;
    expect(Object.getPrototypeOf(articleClass)).not.to.equal(Object.getPrototypeOf(scalerClass));

    const body = doc.querySelector('bantin-article p')!;
    const base = parseFloat(win.getComputedStyle(body).fontSize);
    await press(scaler, 'Tăng cỡ chữ', 2);
    expect(parseFloat(win.getComputedStyle(body).fontSize) / base).to.be.closeTo(1.25, 0.01);
  });
});
