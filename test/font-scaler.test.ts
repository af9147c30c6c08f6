import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/bantin.js';
import { BantinFontScaler } from '../src/index.js';
import type { BantinArticle } from '../src/index.js';
import {
  accessibilityTree,
  itReadsAccessibilityTree,
  captureWarnings,
  deepActiveElement,
  findNodes,
  fontPx,
  nextFrame,
  press,
  trackWindowListeners,
} from './helpers.js';
import { figureHarness } from './harness/figure.js';
import { scalerHarness } from './harness/font-scaler.js';

const KEY = 'bantin:font-scale';

async function page(scalerAttributes = '') {
  const root = await fixture<HTMLElement>(`
    <div>
      <bantin-font-scaler ${scalerAttributes}></bantin-font-scaler>
      <bantin-article>
        <h1 slot="title">Tiêu đề</h1>
        <p slot="lead">Tóm tắt</p>
        <h2>Mục</h2>
        <p>Đoạn văn</p>
        <bantin-figure caption="Chú thích" src="/demo/images/le-trao-bang-khen.svg" alt="Hình" width="1200" height="675"></bantin-figure>
        <p slot="byline">Tác giả</p>
      </bantin-article>
    </div>`);
  const scaler = root.querySelector('bantin-font-scaler')!;
  const article = root.querySelector<BantinArticle>('bantin-article')!;
  await scaler.updateComplete;
  await article.updateComplete;
  const ui = scalerHarness(scaler);
  return {
    root,
    scaler,
    article,
    ui,
    decrease: ui.decreaseButton,
    reset: ui.resetButton,
    increase: ui.increaseButton,
  };
}

function articleSizes(article: Element) {
  const figure = article.querySelector('bantin-figure')!;
  return {
    title: fontPx(article.querySelector('[slot="title"]')!),
    lead: fontPx(article.querySelector('[slot="lead"]')!),
    heading: fontPx(article.querySelector('h2')!),
    body: fontPx(article.querySelector('p:not([slot])')!),
    caption: fontPx(figureHarness(figure).part('caption')!),
    byline: fontPx(article.querySelector('[slot="byline"]')!),
  };
}

describe('<bantin-font-scaler>', () => {
  it('is registered', () => {
    expect(customElements.get('bantin-font-scaler')).to.equal(BantinFontScaler);
  });

  describe('default render', () => {
    itReadsAccessibilityTree(
      'offers three named buttons in a "Cỡ chữ" group, their names containing their visible glyphs',
      async () => {
        const { scaler } = await page();
        expect(scaler.value).to.equal(1);
        const tree = await accessibilityTree();
        const [group] = findNodes(tree, (node) => node.role === 'group' && node.name === 'Cỡ chữ');
        expect(group, 'group named Cỡ chữ').to.exist;
        const names = findNodes(tree, (node) => node.role === 'button').map((node) => node.name);
        expect(names).to.include.members(['A− Giảm cỡ chữ', 'A Cỡ chữ mặc định', 'A+ Tăng cỡ chữ']);
      },
    );

    it('marks reset unavailable at 100% while keeping it focusable', async () => {
      const { reset, decrease, ui } = await page();
      expect(ui.isUnavailable(reset)).to.equal(true);
      expect(ui.isUnavailable(decrease)).to.equal(false);
      expect(reset.hasAttribute('disabled')).to.be.false;
    });

    it('gives every button a target of at least 44 × 44 px', async () => {
      const { decrease, reset, increase } = await page();
      for (const button of [decrease, reset, increase]) {
        const box = button.getBoundingClientRect();
        expect(box.width).to.be.at.least(44);
        expect(box.height).to.be.at.least(44);
      }
    });

    it('passes axe', async () => {
      const { scaler } = await page();
      await expect(scaler).to.be.accessible();
    });

    it('passes axe when compact and at a bound', async () => {
      const { scaler } = await page('compact value="2"');
      await expect(scaler).to.be.accessible();
    });
  });

  describe('scaling the article', () => {
    it('grows every part of the article by the same 110 % on "Tăng cỡ chữ"', async () => {
      const { article, ui } = await page();
      const before = articleSizes(article);
      expect(before.body).to.equal(18);
      await ui.increase();
      const after = articleSizes(article);
      for (const part of Object.keys(before) as (keyof typeof before)[]) {
        expect(after[part] / before[part], part).to.be.closeTo(1.1, 0.001);
      }
    });

    it('announces the new size politely', async () => {
      const { ui } = await page();
      expect(ui.announcement).to.equal('');
      await ui.increase();
      expect(ui.announcement).to.equal('Cỡ chữ 110%');
      await ui.decrease();
      await ui.decrease();
      expect(ui.announcement).to.equal('Cỡ chữ 90%');
    });

    it('goes down to 90 % and up to 200 %, then says it is at the bound and keeps focus', async () => {
      const { scaler, article, decrease, increase, ui } = await page();
      await ui.decrease();
      expect(fontPx(article)).to.be.closeTo(16.2, 0.01);
      decrease.focus();
      await ui.decrease();
      expect(scaler.value).to.equal(0.9);
      expect(ui.isUnavailable(decrease)).to.equal(true);
      expect(deepActiveElement()).to.equal(decrease);
      expect(ui.announcement).to.equal('Đã ở cỡ chữ nhỏ nhất, 90%');

      for (let i = 0; i < 8; i++) await ui.increase();
      expect(scaler.value).to.equal(2);
      expect(fontPx(article)).to.equal(36);
      expect(ui.isUnavailable(increase)).to.equal(true);
      expect(ui.announcement).to.equal('Đã ở cỡ chữ lớn nhất, 200%');
    });

    itReadsAccessibilityTree(
      'puts the announcement in a polite live region, where screen readers hear it',
      async () => {
        const { ui } = await page();
        await ui.increase();
        const tree = await accessibilityTree();
        const [status] = findNodes(tree, (node) => node.role === 'status');
        expect(status?.live).to.equal('polite');
        const spoken = findNodes(status!, (node) => node.role === 'StaticText').map((node) => node.name);
        expect(spoken.join(' ')).to.equal('Cỡ chữ 110%');
      },
    );

    itReadsAccessibilityTree('reports the bound state to assistive technology', async () => {
      await page('value="2"');
      const tree = await accessibilityTree();
      const [increase] = findNodes(tree, (node) => node.name === 'A+ Tăng cỡ chữ');
      expect(increase!.disabled).to.be.true;
    });

    it('resets to 100 %', async () => {
      const { scaler, article, ui } = await page();
      await ui.increase();
      await ui.increase();
      await ui.reset();
      expect(scaler.value).to.equal(1);
      expect(fontPx(article)).to.equal(18);
    });

    it('changes one custom property on the article and touches nothing inside it', async () => {
      const { article, ui } = await page();
      const mutated = new Set<Node>();
      const observer = new MutationObserver((records) =>
        records.forEach((record) => mutated.add(record.target)),
      );
      observer.observe(article, { attributes: true, subtree: true, childList: true, characterData: true });
      await ui.increase();
      await nextFrame();
      observer.disconnect();
      expect([...mutated]).to.deep.equal([article]);
      expect(article.style.getPropertyValue('--bantin-font-scale')).to.equal('1.1');
    });

    it("scales relative to the reader's own default size (rem)", async () => {
      document.documentElement.style.fontSize = '20px';
      try {
        const { article, ui } = await page();
        expect(fontPx(article)).to.equal(22.5);
        await ui.increase();
        expect(fontPx(article)).to.be.closeTo(24.75, 0.01);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });

  describe('attributes and properties', () => {
    it('reads levels, min, max and value', async () => {
      const { scaler, increase, ui } = await page('levels="1 1.5 2 3" max="2" value="1.5"');
      expect(scaler.levels).to.deep.equal([1, 1.5, 2, 3]);
      expect(scaler.max).to.equal(2);
      expect(scaler.value).to.equal(1.5);
      await ui.increase();
      await ui.increase();
      expect(scaler.value).to.equal(2);
      expect(ui.isUnavailable(increase)).to.equal(true);
    });

    it('accepts levels set as a string property, as React 19 does', async () => {
      const { scaler, ui } = await page();
      scaler.levels = '1 2';
      await scaler.updateComplete;
      await ui.increase();
      expect(scaler.value).to.equal(2);
    });

    it('clips a value outside min and max', async () => {
      const { scaler } = await page('min="1" max="1.5" value="3"');
      expect(scaler.value).to.equal(1.5);
    });

    it('applies a value set by code to the article', async () => {
      const { scaler, article } = await page();
      scaler.value = 1.5;
      await scaler.updateComplete;
      expect(fontPx(article)).to.equal(27);
    });

    it('keeps the article at the size it shows when code sets a value beyond its ladder', async () => {
      const warnings = captureWarnings();
      try {
        const { scaler, article, ui } = await page();
        scaler.value = 5;
        await scaler.updateComplete;
        expect(scaler.value).to.equal(2);
        expect(fontPx(article)).to.equal(36);
        expect(localStorage.getItem(KEY)).to.equal('2');
        expect(ui.isUnavailable(ui.increaseButton)).to.equal(true);
        expect(warnings.messages.join('\n')).to.contain('<bantin-font-scaler> value:');
      } finally {
        warnings.restore();
      }
    });

    it('steps to the next level from a value between levels', async () => {
      const { scaler, ui } = await page('value="1.2"');
      await ui.increase();
      expect(scaler.value).to.equal(1.25);
    });
  });

  describe('persistence and sync', () => {
    it("keeps the reader's choice for the next article (localStorage)", async () => {
      const first = await page();
      await first.ui.increase();
      expect(localStorage.getItem(KEY)).to.equal('1.1');
      first.root.remove();
      const next = await page();
      expect(next.scaler.value).to.equal(1.1);
      expect(fontPx(next.article)).to.be.closeTo(19.8, 0.01);
    });

    it('prefers the stored choice over the value attribute', async () => {
      localStorage.setItem(KEY, '1.5');
      const { scaler } = await page('value="1.25"');
      expect(scaler.value).to.equal(1.5);
    });

    it('keeps every scaler on the page in sync', async () => {
      const { root, ui } = await page();
      const other = document.createElement('bantin-font-scaler');
      root.append(other);
      await other.updateComplete;
      await ui.increase();
      await other.updateComplete;
      expect(other.value).to.equal(1.1);
      expect(scalerHarness(other).isUnavailable(scalerHarness(other).resetButton)).to.equal(false);
    });

    it('follows a change made in another tab', async () => {
      const { scaler, article } = await page();
      // A same-origin frame is another browsing context: its write fires `storage` here.
      const frame = document.createElement('iframe');
      frame.src = '/test/fixtures/blank.html';
      document.body.append(frame);
      await oneEvent(frame, 'load');
      const changed = oneEvent(window, 'storage');
      frame.contentWindow!.localStorage.setItem(KEY, '1.75');
      await changed;
      await scaler.updateComplete;
      frame.remove();
      expect(scaler.value).to.equal(1.75);
      expect(fontPx(article)).to.be.closeTo(31.5, 0.01);
    });

    it('scales separately with a different storage-key', async () => {
      const { root, ui } = await page();
      const other = document.createElement('bantin-font-scaler');
      other.setAttribute('storage-key', 'portal:other');
      root.append(other);
      await other.updateComplete;
      await ui.increase();
      expect(other.value).to.equal(1);
    });
  });

  describe('for', () => {
    it('scales an ordinary portal element from its own size', async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <bantin-font-scaler for="portal-content"></bantin-font-scaler>
          <div id="portal-content" style="font-size: 14px">
            <p>Nội dung cũ</p>
            <p style="font-size: 0.5em">Nhỏ</p>
          </div>
          <bantin-article
            ><h1 slot="title">Khác</h1>
            <p>Không đổi</p></bantin-article
          >
        </div>
      `);
      const scaler = root.querySelector('bantin-font-scaler')!;
      await scaler.updateComplete;
      const content = root.querySelector<HTMLElement>('#portal-content')!;
      const article = root.querySelector('bantin-article')!;
      expect(fontPx(content)).to.equal(14);
      const ui = scalerHarness(scaler);
      await ui.increase();
      expect(fontPx(content.querySelector('p')!)).to.be.closeTo(15.4, 0.01);
      expect(fontPx(content.querySelectorAll('p')[1]!)).to.be.closeTo(7.7, 0.01);
      expect(fontPx(article)).to.equal(18);
      await ui.reset();
      expect(fontPx(content)).to.equal(14);
    });

    it('scales only the bantin-article it names', async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <bantin-font-scaler for="one"></bantin-font-scaler>
          <bantin-article id="one"><h1 slot="title">Một</h1></bantin-article>
          <bantin-article id="two"><h1 slot="title">Hai</h1></bantin-article>
        </div>
      `);
      const scaler = root.querySelector('bantin-font-scaler')!;
      await scaler.updateComplete;
      await scalerHarness(scaler).increase();
      expect(fontPx(root.querySelector('#one')!)).to.be.closeTo(19.8, 0.01);
      expect(fontPx(root.querySelector('#two')!)).to.equal(18);
    });

    it('scales an article added to the page later', async () => {
      const { root, ui } = await page();
      await ui.increase();
      const late = document.createElement('bantin-article');
      late.innerHTML = '<h1 slot="title">Bài sau</h1><p>Thêm</p>';
      root.append(late);
      await late.updateComplete;
      expect(fontPx(late)).to.be.closeTo(19.8, 0.01);
    });
  });

  describe('keyboard', () => {
    it('acts on Enter and Space', async () => {
      const { scaler, increase } = await page();
      increase.focus();
      await press('Enter');
      await scaler.updateComplete;
      expect(scaler.value).to.equal(1.1);
      await press('Space');
      await scaler.updateComplete;
      expect(scaler.value).to.equal(1.25);
      expect(deepActiveElement()).to.equal(increase);
    });

    it('is reached with Tab, one button at a time', async () => {
      const { decrease, reset, increase } = await page();
      const before = document.createElement('button');
      before.textContent = 'trước';
      document.body.prepend(before);
      before.focus();
      const reached: (Element | null)[] = [];
      for (let i = 0; i < 3; i++) {
        await press('Tab');
        reached.push(deepActiveElement());
      }
      before.remove();
      expect(reached).to.deep.equal([decrease, reset, increase]);
    });
  });

  describe('events', () => {
    it("fires bantin-font-scale-change on the reader's action, bubbling out of shadow roots", async () => {
      const { root, ui } = await page();
      const fired = oneEvent(root, 'bantin-font-scale-change');
      await ui.increase();
      const event = await fired;
      expect(event.detail).to.deep.equal({ scale: 1.1 });
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
    });

    it('does not fire when code sets the value or another scaler changes', async () => {
      const { root, scaler } = await page();
      const other = document.createElement('bantin-font-scaler');
      root.append(other);
      await other.updateComplete;
      let fired = 0;
      // The other scaler's own event bubbles to root, not through this scaler.
      scaler.addEventListener('bantin-font-scale-change', () => fired++);
      scaler.value = 1.5;
      await scaler.updateComplete;
      scaler.increase();
      await scaler.updateComplete;
      expect(scaler.value).to.equal(1.75);
      await scalerHarness(other).decrease();
      await scaler.updateComplete;
      expect(scaler.value, 'followed the other scaler').to.equal(1.5);
      expect(fired).to.equal(0);
    });

    it('does not fire at a bound', async () => {
      const { root, ui } = await page('value="2"');
      let fired = 0;
      root.addEventListener('bantin-font-scale-change', () => fired++);
      await ui.increase();
      expect(fired).to.equal(0);
    });
  });

  describe('language', () => {
    // Runs before any English test of this file: a Vietnamese page never loads English.
    it('loads the English strings only where English text is found', async () => {
      const english = () =>
        performance.getEntriesByType('resource').some((entry) => /strings\/en\./.test(entry.name));
      await page();
      expect(english(), 'loaded on a Vietnamese page').to.equal(false);
      const root = await fixture<HTMLElement>(
        html`<div lang="en-GB"><bantin-font-scaler></bantin-font-scaler></div>`,
      );
      const scaler = root.querySelector('bantin-font-scaler')!;
      await scaler.updateComplete;
      expect(english()).to.equal(true);
      // The first render is already English: the update waited for the strings.
      expect(scalerHarness(scaler).buttonNames[2]).to.equal('A+ Increase text size');
    });

    it('speaks English inside lang="en"', async () => {
      const root = await fixture<HTMLElement>(
        html`<div lang="en-GB"><bantin-font-scaler></bantin-font-scaler></div>`,
      );
      const scaler = root.querySelector('bantin-font-scaler')!;
      await scaler.updateComplete;
      const ui = scalerHarness(scaler);
      expect(ui.buttonNames).to.deep.equal([
        'A− Decrease text size',
        'A Default text size',
        'A+ Increase text size',
      ]);
      await ui.click(ui.buttonNamed('Increase text size'));
      expect(ui.announcement).to.equal('Text size 110%');
      await expect(scaler).to.be.accessible();
    });

    it('follows a lang change on the page', async () => {
      const root = await fixture<HTMLElement>(
        html`<div lang="vi"><bantin-font-scaler></bantin-font-scaler></div>`,
      );
      const scaler = root.querySelector('bantin-font-scaler')!;
      await scaler.updateComplete;
      const ui = scalerHarness(scaler);
      expect(ui.buttonNames).to.include('A+ Tăng cỡ chữ');
      root.lang = 'en';
      // The lang observer reacts in a microtask after the attribute change.
      await waitUntil(
        () => ui.buttonNames.includes('A+ Increase text size'),
        'the scaler did not follow lang',
      );
    });

    it('takes per-instance string overrides', async () => {
      const { ui } = await page(`strings='{"increase": "Chữ to hơn"}'`);
      expect(ui.buttonNames).to.deep.equal(['A− Giảm cỡ chữ', 'A Cỡ chữ mặc định', 'A+ Chữ to hơn']);
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    const cases: [string, string, number][] = [
      ['min="2" max="0.9"', 'min', 1],
      ['levels="big bigger"', 'levels', 1],
      ['value="abc"', 'value', 1],
      ['min="-1"', 'min', 1],
      ['min="3" max="4"', 'levels', 3],
      [`strings='{not json'`, 'strings', 1],
    ];
    for (const [attributes, attribute, expected] of cases) {
      it(`warns about ${attributes} and still scales`, async () => {
        const { scaler, article, ui } = await page(attributes);
        expect(
          warnings.messages.some((m) => m.startsWith(`<bantin-font-scaler> ${attribute}:`)),
          warnings.messages.join('\n'),
        ).to.be.true;
        expect(scaler.value).to.equal(expected);
        await ui.increase();
        expect(fontPx(article)).to.be.at.least(18);
        expect(ui.buttons).to.have.length(3);
      });
    }

    it('warns about a for that names nothing and scales the articles instead', async () => {
      const { article, ui } = await page('for="missing-id"');
      expect(warnings.messages.join('\n')).to.contain(
        '<bantin-font-scaler> for: no element has the id "missing-id"',
      );
      await ui.increase();
      expect(fontPx(article)).to.be.closeTo(19.8, 0.01);
    });

    it('warns about an unknown lang and speaks Vietnamese', async () => {
      const root = await fixture<HTMLElement>(
        html`<div lang="fr"><bantin-font-scaler></bantin-font-scaler></div>`,
      );
      const scaler = root.querySelector('bantin-font-scaler')!;
      await scaler.updateComplete;
      expect(warnings.messages.join('\n')).to.contain('<bantin-font-scaler> lang: "fr"');
      expect(scalerHarness(scaler).buttonNames).to.deep.equal([
        'A− Giảm cỡ chữ',
        'A Cỡ chữ mặc định',
        'A+ Tăng cỡ chữ',
      ]);
    });

    it('works for the page when localStorage throws', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const { scaler, article, ui } = await page();
        const before = scaler.value;
        await ui.increase();
        expect(scaler.value).to.be.above(before);
        expect(fontPx(article)).to.be.closeTo(18 * scaler.value, 0.01);
        expect(ui.announcement).to.match(/^Cỡ chữ \d+%$/);
        expect(warnings.messages.join('\n')).to.contain(
          '<bantin-font-scaler> storage-key: localStorage is not available',
        );
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
    });
  });

  describe('cleanup', () => {
    it('stops listening when removed', async () => {
      const storageListeners = trackWindowListeners('storage');
      try {
        const { root, scaler } = await page();
        expect(storageListeners.count()).to.equal(1);
        root.remove();
        expect(storageListeners.count()).to.equal(0);
        window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: '2' }));
        await scaler.updateComplete;
        expect(scaler.value).to.equal(1);
      } finally {
        storageListeners.restore();
      }
    });

    it('resumes when put back', async () => {
      const { root, scaler } = await page();
      const parent = root.parentElement!;
      root.remove();
      parent.append(root);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: '1.5' }));
      await scaler.updateComplete;
      expect(scaler.value).to.equal(1.5);
    });
  });
});
