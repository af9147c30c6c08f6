import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/bantin.js';
import type { BantinToolbar } from '../src/index.js';
import { readingOwner } from '../src/internal/reading-owner.js';
import { openDemo, type DemoFrame } from './demo-frame.js';
import { displayHarness } from './harness/display.js';
import { toolbarHarness } from './harness/toolbar.js';
import {
  axeViolations,
  captureWarnings,
  deepActiveElement,
  isChromium,
  nextFrame,
  press,
  trackWindowListeners,
} from './helpers.js';
import {
  addedOverlaps,
  closePortalPage,
  findRegion,
  openPortalPage,
  snapshot,
  type PortalPage,
} from './portal-measure.js';
import { backgroundBehind, formatSpacing, lowestContrast, luminance, spacingOf } from './reading-measure.js';

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

const THEMES = [
  { theme: 'dark', name: 'Nền tối', min: 7, luminance: [0, 0.1] },
  { theme: 'high-contrast', name: 'Tương phản cao', min: 15, luminance: [0, 0.1] },
  { theme: 'sepia', name: 'Nền vàng', min: 7, luminance: [0.6, 0.95] },
] as const;

const stored = () => JSON.parse(localStorage.getItem('bantin:reading') ?? 'null');

async function toolbarFixture(attributes = '') {
  const root = await fixture<HTMLElement>(`
    <div>
      <button id="before">Trước</button>
      <bantin-toolbar date="2023-05-23" ${attributes}></bantin-toolbar>
      <bantin-article id="bai-viet">
        <h1 slot="title">Tiêu đề</h1>
        <p>Nội dung có <a href="#lien-ket">một liên kết</a> và chữ <strong>đậm</strong>.</p>
        <p>Đoạn thứ hai.</p>
      </bantin-article>
    </div>
  `);
  const toolbar = root.querySelector('bantin-toolbar')!;
  await toolbarHarness(toolbar).rendered();
  const article = root.querySelector<Updatable>('bantin-article')!;
  await article.updateComplete;
  return { root, toolbar, article, display: displayHarness(toolbar) };
}

/** A link the portal coloured itself, as CMS content often is, to measure links too. */
function addLink(region: Element): void {
  const paragraph = region.querySelector('p:not([slot])') ?? region;
  const link = region.ownerDocument.createElement('a');
  link.href = '#xem-them';
  link.setAttribute('style', 'color: #1a0dab');
  link.textContent = 'Xem thêm';
  paragraph.append(' ', link);
}

/** Nothing the theme could have inverted or filtered: images keep their colours. */
function expectImagesUntouched(region: Element): void {
  const view = region.ownerDocument.defaultView!;
  const images = [...region.querySelectorAll('img')];
  expect(images.length, 'images measured').to.be.above(0);
  for (const image of images) {
    for (let node: Element | null = image; node; node = node.parentElement) {
      expect(view.getComputedStyle(node).filter, `filter on <${node.localName}>`).to.equal('none');
    }
    expect(view.getComputedStyle(image).mixBlendMode).to.equal('normal');
  }
}

describe('<bantin-toolbar> display: reading preferences', function () {
  this.timeout(30000);
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    await readingOwner().choose({ theme: 'default', spacing: 'default', font: 'default' });
    localStorage.clear();
  });

  describe('the panel', () => {
    it('offers "Hiển thị" with aria-expanded, opening three named radio groups', async () => {
      const { toolbar, display } = await toolbarFixture();
      expect(toolbar.actions).to.equal('print share listen display');
      expect(display.button.textContent!.trim()).to.equal('Hiển thị');
      expect(display.button.getAttribute('aria-expanded')).to.equal('false');
      expect(display.panel).to.equal(null);
      await display.open();
      await toolbar.updateComplete;
      expect(display.button.getAttribute('aria-expanded')).to.equal('true');
      expect(display.button.getAttribute('aria-controls')).to.equal(display.panel!.id);
      expect(display.groups).to.deep.equal([
        { legend: 'Màu', options: ['Mặc định', 'Nền tối', 'Tương phản cao', 'Nền vàng'] },
        { legend: 'Khoảng cách', options: ['Mặc định', 'Rộng'] },
        { legend: 'Phông chữ', options: ['Không chân', 'Có chân'] },
      ]);
      expect(display.checked).to.deep.equal(['Mặc định', 'Mặc định']);
      for (const radio of display.panel!.querySelectorAll('input')) expect(radio.type).to.equal('radio');
      display.button.click();
      await toolbar.updateComplete;
      expect(display.button.getAttribute('aria-expanded')).to.equal('false');
      expect(display.panel).to.equal(null);
    });

    it('speaks English inside lang="en"', async () => {
      const root = await fixture<HTMLElement>(`<div lang="en"><bantin-toolbar></bantin-toolbar></div>`);
      const toolbar = root.querySelector('bantin-toolbar')!;
      await toolbar.updateComplete;
      const display = displayHarness(toolbar);
      expect(display.button.textContent!.trim()).to.equal('Display');
      await display.open();
      expect(display.groups).to.deep.equal([
        { legend: 'Colours', options: ['Default', 'Dark', 'High contrast', 'Sepia'] },
        { legend: 'Spacing', options: ['Default', 'Wide'] },
        { legend: 'Font', options: ['Sans-serif', 'Serif'] },
      ]);
      await display.choose('Colours', 'Dark');
      expect(toolbarHarness(toolbar).announcement).to.equal('Selected dark');
    });

    it('keeps the one tab stop: arrows reach it, Tab goes into the open panel, Escape closes and returns', async () => {
      const { root, toolbar, display } = await toolbarFixture();
      root.querySelector<HTMLElement>('#before')!.focus();
      await press('Tab');
      await press('End');
      expect(deepActiveElement()).to.equal(display.button);
      await press('Enter');
      await waitUntil(() => display.panel, 'Enter did not open the panel');
      await toolbar.updateComplete;
      expect(deepActiveElement(), 'focus stays on the button').to.equal(display.button);
      await press('Tab');
      const first = display.radio('Màu', 'Mặc định');
      expect(deepActiveElement(), 'Tab goes into the panel').to.equal(first);
      // The radios keep their own arrows: ArrowDown picks the next colour.
      const changed = oneEvent(toolbar, 'bantin-reading-change');
      await press('ArrowDown');
      expect((await changed).detail.theme).to.equal('dark');
      await press('Escape');
      await toolbar.updateComplete;
      expect(display.panel).to.equal(null);
      expect(deepActiveElement()).to.equal(display.button);
      expect(display.button.getAttribute('aria-expanded')).to.equal('false');
      // Still one tab stop, on the display button now.
      expect(toolbarHarness(toolbar).tabStops).to.deep.equal([display.button]);
    });

    it('opens at 320 px with no sideways scroll, the closed toolbar at most 100 px tall', async () => {
      const demo = await openDemo({ width: 320, height: 640 });
      const closed = demo.toolbar.getBoundingClientRect().height;
      const display = displayHarness(demo.toolbar as unknown as BantinToolbar);
      const panel = await display.open();
      await demo.toolbar.updateComplete;
      await nextFrame();
      const scroller = demo.doc.scrollingElement!;
      const box = panel.getBoundingClientRect();
      console.log(
        `at 320 px: closed toolbar ${closed.toFixed(1)} px tall; open panel ${box.width.toFixed(0)} × ` +
          `${box.height.toFixed(0)} px from x = ${box.left.toFixed(0)}; sideways scroll ` +
          `${scroller.scrollWidth - scroller.clientWidth} px`,
      );
      expect(closed).to.be.at.most(100);
      expect(scroller.scrollWidth, 'sideways scroll').to.be.at.most(scroller.clientWidth);
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      for (const label of panel.querySelectorAll('label')) {
        expect(label.getBoundingClientRect().height, label.textContent!).to.be.at.least(44);
      }
    });

    it('passes axe with the panel open', async () => {
      const { toolbar, display } = await toolbarFixture();
      await display.open();
      await expect(toolbar).to.be.accessible();
    });
  });

  describe('choosing', () => {
    it('applies "Nền tối", keeps it, announces it, then fires bantin-reading-change', async () => {
      const { toolbar, article, display } = await toolbarFixture();
      await display.open();
      const changed = oneEvent(toolbar, 'bantin-reading-change');
      display.radio('Màu', 'Nền tối').click();
      const event = (await changed) as CustomEvent;
      // In effect when the event fires.
      expect(luminance(backgroundBehind(article))).to.be.below(0.1);
      expect(event.detail).to.deep.equal({ theme: 'dark', spacing: 'default', font: 'default' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(stored()).to.deep.equal({ theme: 'dark', spacing: 'default', font: 'default' });
      expect(toolbar.theme).to.equal('dark');
      expect(article.dataset['bantinTheme']).to.equal('dark');
      await toolbar.updateComplete;
      expect(toolbarHarness(toolbar).announcement).to.equal('Đã chọn nền tối');
      expect(display.checked).to.deep.equal(['Nền tối', 'Mặc định']);
      const detail = await display.choose('Phông chữ', 'Có chân');
      expect(detail).to.deep.equal({ theme: 'dark', spacing: 'default', font: 'serif' });
      await toolbar.updateComplete;
      expect(toolbarHarness(toolbar).announcement).to.equal('Đã chọn phông chữ có chân');
    });

    it('takes a choice from code: applied and kept, with no event and nothing announced', async () => {
      const { toolbar, article } = await toolbarFixture();
      let events = 0;
      toolbar.addEventListener('bantin-reading-change', () => events++);
      toolbar.theme = 'sepia';
      toolbar.spacing = 'wide';
      toolbar.font = 'serif';
      await waitUntil(() => article.dataset['bantinFont'] === 'serif', 'not applied');
      expect(luminance(backgroundBehind(article))).to.be.within(0.6, 0.95);
      expect([toolbar.theme, toolbar.spacing, toolbar.font]).to.deep.equal(['sepia', 'wide', 'serif']);
      expect(stored()).to.deep.equal({ theme: 'sepia', spacing: 'wide', font: 'serif' });
      await toolbar.updateComplete;
      expect(events).to.equal(0);
      expect(toolbarHarness(toolbar).announcement).to.equal('');
    });

    it('warns about a value it does not know and keeps the choice', async () => {
      const { toolbar } = await toolbarFixture();
      const warnings = captureWarnings();
      try {
        (toolbar as unknown as { theme: unknown }).theme = 'tím';
        (toolbar as unknown as { font: unknown }).font = 42;
      } finally {
        warnings.restore();
      }
      expect(warnings.messages.join('\n')).to.contain('<bantin-toolbar> theme: "tím" is not one of');
      expect(warnings.messages.join('\n')).to.contain('<bantin-toolbar> font: "42" is not one of');
      expect(toolbar.theme).to.equal('default');
    });

    it('reads a broken stored value as the defaults', async () => {
      localStorage.setItem('bantin:reading', '{"theme": "tím", "spacing": 3');
      const { toolbar, article } = await toolbarFixture();
      expect([toolbar.theme, toolbar.spacing, toolbar.font]).to.deep.equal(['default', 'default', 'default']);
      expect(article.hasAttribute('data-bantin-theme')).to.equal(false);
    });

    it('follows another tab', async () => {
      const { toolbar, article, display } = await toolbarFixture();
      await display.open();
      const newValue = JSON.stringify({ theme: 'high-contrast', spacing: 'wide', font: 'sans-serif' });
      localStorage.setItem('bantin:reading', newValue);
      window.dispatchEvent(new StorageEvent('storage', { key: 'bantin:reading', newValue }));
      await waitUntil(
        () => article.dataset['bantinTheme'] === 'high-contrast',
        'the other tab was not followed',
      );
      await toolbar.updateComplete;
      expect(display.checked).to.deep.equal(['Tương phản cao', 'Rộng', 'Không chân']);
      expect(luminance(backgroundBehind(article))).to.be.below(0.1);
    });

    it('stops following other tabs when removed', async () => {
      const storage = trackWindowListeners('storage');
      try {
        const { root } = await toolbarFixture();
        const live = storage.count();
        expect(live).to.be.above(0);
        root.remove();
        expect(storage.count()).to.equal(0);
      } finally {
        storage.restore();
      }
    });

    it('passes axe in every theme', async () => {
      const { root, toolbar } = await toolbarFixture();
      for (const { theme } of THEMES) {
        toolbar.theme = theme;
        await waitUntil(() => root.querySelector(`bantin-article[data-bantin-theme="${theme}"]`));
        await readingOwner().choose({});
        expect(await axeViolations(root), theme).to.deep.equal([]);
      }
    });
  });
});

async function chooseOn(toolbar: Element, legend: string, name: string) {
  return displayHarness(toolbar as BantinToolbar).choose(legend, name);
}

describe('reading themes as a reader measures them', function () {
  this.timeout(60000);
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('gives the demo article each theme’s background and contrast, images untouched', async () => {
    const demo = await openDemo({ width: 1024, height: 900 });
    addLink(demo.article);
    const before = lowestContrast(demo.article);
    console.log(`demo, default colours: lowest contrast ${before.lowest.toFixed(2)}:1 (${before.runs} runs)`);
    for (const {
      theme,
      name,
      min,
      luminance: [low, high],
    } of THEMES) {
      await chooseOn(demo.toolbar, 'Màu', name);
      const background = luminance(backgroundBehind(demo.article));
      const report = lowestContrast(demo.article);
      console.log(
        `demo, ${theme}: background luminance ${background.toFixed(3)}, lowest contrast ` +
          `${report.lowest.toFixed(2)}:1 over ${report.runs} runs (${report.where})`,
      );
      expect(background, `${theme} background`).to.be.within(low, high);
      expect(report.lowest, report.where).to.be.at.least(min);
      expectImagesUntouched(demo.article);
    }
    await chooseOn(demo.toolbar, 'Màu', 'Mặc định');
    expect(lowestContrast(demo.article).lowest).to.be.closeTo(before.lowest, 0.01);
  });

  it('gives a portal’s `for` target each theme over its own !important colours, and gives them back', async () => {
    const page = await openPortalPage('px-stylesheet.html', { width: 1024, height: 800 });
    try {
      const region = findRegion(page);
      addLink(region);
      const toolbar = page.doc.querySelector('bantin-toolbar')!;
      const colours = () =>
        [...region.querySelectorAll('*')].map((element) => page.win.getComputedStyle(element).color).join();
      const portalOwn = colours();
      const portalBackground = backgroundBehind(region);
      for (const {
        theme,
        name,
        min,
        luminance: [low, high],
      } of THEMES) {
        await chooseOn(toolbar, 'Màu', name);
        const background = luminance(backgroundBehind(region));
        const report = lowestContrast(region);
        console.log(
          `portal px-stylesheet for target, ${theme}: background luminance ${background.toFixed(3)}, ` +
            `lowest contrast ${report.lowest.toFixed(2)}:1 over ${report.runs} runs (${report.where})`,
        );
        expect(background, `${theme} background`).to.be.within(low, high);
        expect(report.lowest, report.where).to.be.at.least(min);
        expectImagesUntouched(region);
      }
      await chooseOn(toolbar, 'Màu', 'Mặc định');
      expect(colours(), 'the portal’s own colours').to.equal(portalOwn);
      expect(backgroundBehind(region)).to.deep.equal(portalBackground);
      expect(region.hasAttribute('data-bantin-theme')).to.equal(false);
    } finally {
      closePortalPage(page);
    }
  });

  for (const width of [1024, 320]) {
    for (const where of ['demo', 'portal for target'] as const) {
      it(`spaces the ${where} to WCAG 1.4.12, nothing clipped, overlapping or scrolling sideways (${width} px)`, async () => {
        const frame: PortalPage & { toolbar?: Element } =
          where === 'demo'
            ? await openDemo({ width, height: 800 })
            : await openPortalPage('px-stylesheet.html', { width, height: 800 });
        try {
          const region = where === 'demo' ? frame.doc.querySelector('bantin-article')! : findRegion(frame);
          const start = snapshot(frame, region);
          await chooseOn(frame.doc.querySelector('bantin-toolbar')!, 'Khoảng cách', 'Rộng');
          await nextFrame();
          const wide = snapshot(frame, region);
          const paragraph = [...region.querySelectorAll('p:not([slot])')].find(
            (p) => p.textContent!.length > 200,
          )!;
          const metrics = spacingOf(paragraph);
          console.log(`${where} at ${width} px, wide: ${formatSpacing(metrics)}`);
          expect(metrics.lineHeight).to.be.at.least(1.5);
          expect(metrics.letterSpacing).to.be.at.least(0.12 - 0.001);
          expect(metrics.wordSpacing).to.be.at.least(0.16 - 0.001);
          expect(metrics.paragraphSpacing).to.be.at.least(2 - 0.01);
          expect(addedOverlaps(start, wide), 'lines overlapping').to.deep.equal([]);
          expect(wide.sidewaysScroll, 'sideways scroll').to.equal(start.sidewaysScroll);
          // Nothing clipped: every block of text lies inside the region and shows all its width.
          const box = region.getBoundingClientRect();
          for (const text of region.querySelectorAll('p, h1, h2, td, div')) {
            const own = text.getBoundingClientRect();
            if (own.width === 0) continue;
            expect(own.right, `<${text.localName}> inside`).to.be.at.most(box.right + 1);
            expect(text.scrollWidth, `<${text.localName}> not cut`).to.be.at.most(text.clientWidth + 1);
          }
        } finally {
          frame.frame.remove();
          localStorage.clear();
        }
      });
    }
  }

  it('sets serif and sans-serif from the reader’s own fonts, downloading nothing', async () => {
    const page = await openPortalPage('px-stylesheet.html', { width: 1024, height: 800 });
    try {
      const region = findRegion(page);
      const toolbar = page.doc.querySelector('bantin-toolbar')!;
      const paragraph = region.querySelector('p')!;
      const family = () => page.win.getComputedStyle(paragraph).fontFamily;
      expect(family()).to.contain('Arial');
      // Scripts (the panel and the reading rules load lazily) are not fonts.
      const fonts = () =>
        page.win.performance
          .getEntriesByType('resource')
          .filter((entry) => (entry as PerformanceResourceTiming).initiatorType !== 'script').length;
      const resources = fonts();
      await chooseOn(toolbar, 'Phông chữ', 'Có chân');
      expect(family()).to.match(/^"?Noto Serif"?,.*serif$/);
      await chooseOn(toolbar, 'Phông chữ', 'Không chân');
      expect(family()).to.match(/Segoe UI.*sans-serif$/);
      expect(family()).to.not.contain('system-ui');
      await page.doc.fonts.ready;
      expect(fonts(), 'requests other than scripts').to.equal(resources);
      // Vietnamese, every tone on every vowel, is drawn (no empty boxes for missing glyphs).
      const letters = 'ạảãàáâậầấẩẫăắằặẳẵẹẻẽèéêếềểễệịỉĩìíọỏõòóôốồổỗộơớờởỡợụủũùúưứừửữựỵỷỹỳýđ';
      const probe = page.doc.createElement('span');
      probe.textContent = letters + letters.toUpperCase();
      paragraph.append(probe);
      expect(probe.getBoundingClientRect().width).to.be.above(0);
      probe.remove();
    } finally {
      closePortalPage(page);
    }
  });

  (isChromium ? it : it.skip)(
    'lets the system colours win with forced colours (Chromium only: emulated over CDP)',
    async () => {
      localStorage.setItem('bantin:reading', JSON.stringify({ theme: 'dark' }));
      await executeServerCommand('emulate-media-features', {
        features: [{ name: 'forced-colors', value: 'active' }],
      });
      try {
        const demo = await openDemo();
        await waitUntil(() => demo.article.dataset['bantinTheme'] === 'dark', 'the stored theme not applied');
        const system = demo.doc.createElement('p');
        system.style.color = 'CanvasText';
        demo.doc.body.append(system);
        const paragraph = demo.doc.querySelector('bantin-article > p:not([slot])')!;
        expect(demo.win.getComputedStyle(paragraph).color).to.equal(demo.win.getComputedStyle(system).color);
        expect(demo.win.getComputedStyle(demo.article).backgroundColor).to.not.equal('rgb(18, 18, 18)');
        expect(demo.win.getComputedStyle(demo.article).boxShadow).to.equal('none');
      } finally {
        await executeServerCommand('emulate-media-features', {
          features: [{ name: 'forced-colors', value: 'none' }],
        });
      }
    },
  );

  (isChromium ? it : it.skip)(
    'prints in the default colours (Chromium only: print emulated over CDP)',
    async () => {
      const demo = await openDemo();
      const paragraph = demo.doc.querySelector('bantin-article > p:not([slot])')!;
      const colours = () => {
        const style = demo.win.getComputedStyle(paragraph);
        return `${style.color} on ${demo.win.getComputedStyle(demo.article).backgroundColor}`;
      };
      const print = async () => {
        await emulateMedia({ media: 'print' });
        await nextFrame();
        const printed = colours();
        await emulateMedia({ media: 'screen' });
        await nextFrame();
        return printed;
      };
      try {
        const defaults = await print();
        await chooseOn(demo.toolbar, 'Màu', 'Nền tối');
        expect(colours(), 'dark on screen').to.not.equal(defaults);
        expect(await print(), 'dark on paper').to.equal(defaults);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    },
  );
});

/** The demo with the elements' bundle held back (test/plugins/delay-bundle.mjs). */
async function loadDemoLate(frame: HTMLIFrameElement, delay: number): Promise<DemoFrame['win']> {
  const previous = frame.contentDocument;
  frame.src = `/demo/index.html?delay-bundle=${delay}&reading=${Math.random()}`;
  await waitUntil(
    () => frame.contentDocument !== previous && frame.contentDocument?.querySelector('[slot="byline"]'),
    'the page did not arrive',
    { timeout: 5000 },
  );
  const win = frame.contentWindow as DemoFrame['win'];
  await waitUntil(
    () => win.performance.getEntriesByName('first-contentful-paint').length > 0,
    'nothing painted while the bundle was on its way',
    { timeout: 2000 },
  );
  return win;
}

describe('reading preferences at the first paint', function () {
  this.timeout(30000);
  afterEach(() => localStorage.clear());

  for (const {
    theme,
    min,
    luminance: [low, high],
  } of THEMES) {
    it(`paints the demo article ${theme} at once with the bundle 3 s late`, async () => {
      localStorage.setItem('bantin:reading', JSON.stringify({ theme, spacing: 'wide', font: 'serif' }));
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="demo" style="width: 800px; height: 700px; border: 0"></iframe>`,
      );
      const win = await loadDemoLate(frame, 3000);
      const doc = frame.contentDocument!;
      const article = doc.querySelector('bantin-article')!;
      expect(win.customElements.get('bantin-article'), 'the bundle has not arrived').to.be.undefined;
      const fcp = win.performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      const background = luminance(backgroundBehind(article));
      const report = lowestContrast(article);
      const paragraph = spacingOf(doc.querySelector('bantin-article > p:not([slot])')!);
      console.log(
        `first paint (FCP ${fcp.toFixed(0)} ms), bundle 3 s late, ${theme}: article background ` +
          `${win.getComputedStyle(article).backgroundColor} (luminance ${background.toFixed(3)}), lowest contrast ` +
          `${report.lowest.toFixed(2)}:1; ${formatSpacing(paragraph)}`,
      );
      expect(background).to.be.within(low, high);
      expect(report.lowest, report.where).to.be.at.least(min);
      expect(paragraph.letterSpacing).to.be.at.least(0.119);
      expect(win.getComputedStyle(article).fontFamily).to.match(/Noto Serif/);
    });
  }

  it('marks a portal’s `for` target before any bundle, from the prepaint script alone', async () => {
    localStorage.setItem('bantin:reading', JSON.stringify({ theme: 'dark' }));
    const source = await (await fetch('/test/fixtures/portal/px-stylesheet.html')).text();
    const head =
      `<base href="${new URL('/test/fixtures/portal/', location.href).href}">` +
      '<link rel="stylesheet" href="/src/prepaint.css"><script src="/src/prepaint.ts"></script>';
    const page = source
      .replace(/<script[^>]*src="\/src\/bantin\.ts"[^>]*><\/script>/, '')
      .replace(/<head[^>]*>/i, (tag) => tag + head);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="portal" style="width: 800px; height: 700px; border: 0"></iframe>`,
    );
    const loaded = oneEvent(frame, 'load');
    frame.src = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
    await loaded;
    const doc = frame.contentDocument!;
    const region = doc.getElementById('ctl00_PlaceHolderMain_ViewData')!;
    expect(frame.contentWindow!.customElements.get('bantin-toolbar'), 'no bundle at all').to.be.undefined;
    expect(region.dataset['bantinTheme']).to.equal('dark');
    const background = luminance(backgroundBehind(region));
    const report = lowestContrast(region);
    console.log(
      `portal for target, prepaint only, dark: background luminance ${background.toFixed(3)}, ` +
        `lowest contrast ${report.lowest.toFixed(2)}:1 (${report.where})`,
    );
    expect(background).to.be.below(0.1);
    expect(report.lowest, report.where).to.be.at.least(7);
  });
});
