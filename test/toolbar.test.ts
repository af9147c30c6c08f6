import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/bantin.js';
import { BantinToolbar } from '../src/index.js';
import { installSpeech } from './fake-speech.js';
import {
  accessibilityTree,
  itReadsAccessibilityTree,
  captureWarnings,
  deepActiveElement,
  findNodes,
  fontPx,
  isChromium,
  press,
  trackWindowListeners,
} from './helpers.js';
import { readable } from './harness/text.js';
import { withNavigator } from './harness/fixtures.js';
import { toolbarHarness } from './harness/toolbar.js';

async function toolbar(attributes = 'date="2023-05-23"', extra = '') {
  const root = await fixture<HTMLElement>(`
    <div>
      <button id="before">Trước</button>
      <bantin-toolbar ${attributes}>${extra}</bantin-toolbar>
      <button id="after">Sau</button>
      <bantin-article id="bai-viet"><h1 slot="title">Tiêu đề</h1><p>Nội dung</p></bantin-article>
    </div>
  `);
  const { element, scaler } = await rendered(root);
  return {
    root,
    element,
    scaler,
    ui: toolbarHarness(element),
    article: root.querySelector('bantin-article')!,
  };
}

/** The toolbar in `root` and its scaler, once both have rendered. */
async function rendered(root: HTMLElement) {
  const element = root.querySelector('bantin-toolbar')!;
  await element.updateComplete;
  const scaler = toolbarHarness(element).scaler;
  await scaler.updateComplete;
  await element.updateComplete;
  return { element, scaler };
}

/** A control's visible text, as a reader sees it. */
const label = readable;

describe('<bantin-toolbar>', () => {
  // The listen button depends on the machine's voices; its own tests (listen.test.ts)
  // script them. Here there is no speech engine, so every machine sees the same toolbar.
  let restoreSpeech: () => void;
  beforeEach(() => {
    restoreSpeech = installSpeech(null).restore;
  });
  afterEach(() => restoreSpeech());

  it('is registered', () => {
    expect(customElements.get('bantin-toolbar')).to.equal(BantinToolbar);
  });

  describe('default render', () => {
    itReadsAccessibilityTree('is a named toolbar holding the scaler, print and share', async () => {
      await toolbar();
      const tree = await accessibilityTree();
      const [bar] = findNodes(tree, (n) => n.role === 'toolbar');
      expect(bar?.name).to.equal('Công cụ bản tin');
      const buttons = findNodes(bar!, (n) => n.role === 'button').map((n) => n.name);
      expect(buttons).to.deep.equal([
        'A− Giảm cỡ chữ',
        'A Cỡ chữ mặc định',
        'A+ Tăng cỡ chữ',
        'In bài viết',
        'Chia sẻ',
        'Hiển thị',
      ]);
    });

    it('is a role="toolbar" with a name, holding the scaler\'s group (the wiring every engine reads)', async () => {
      const { ui } = await toolbar();
      expect(ui.bar.getAttribute('role')).to.equal('toolbar');
      expect(ui.bar.getAttribute('aria-label')).to.equal('Công cụ bản tin');
      expect(ui.bar.contains(ui.scaler), 'the scaler sits in the toolbar').to.equal(true);
      const group = ui.scalerHarness.group;
      expect([group.getAttribute('role'), group.getAttribute('aria-label')]).to.deep.equal([
        'group',
        'Cỡ chữ',
      ]);
    });

    it("shows the date as a <time> from ISO and from the portals' dd/mm/yyyy", async () => {
      for (const date of ['2023-05-23', '23/05/2023']) {
        const { ui } = await toolbar(`date="${date}"`);
        expect(ui.time!.dateTime).to.equal('2023-05-23');
        expect(ui.time!.textContent).to.equal('23/05/2023');
      }
    });

    it('writes the date the English way inside lang="en"', async () => {
      const root = await fixture<HTMLElement>(
        `<div lang="en"><bantin-toolbar date="23/05/2023"></bantin-toolbar></div>`,
      );
      const element = root.querySelector('bantin-toolbar')!;
      await element.updateComplete;
      const ui = toolbarHarness(element);
      expect(ui.time!.textContent).to.equal('23 May 2023');
      expect(label(ui.printButton)).to.equal('Print article');
    });

    it("passes axe, with and without the portal's own action", async () => {
      const plain = await toolbar();
      await expect(plain.element).to.be.accessible();
      const extended = await toolbar('date="2023-05-23"', '<button>Gửi email</button>');
      await expect(extended.element).to.be.accessible();
    });

    it('gives every control a target of at least 44 × 44 px', async () => {
      const { ui } = await toolbar('', '<button>Gửi</button>');
      expect(ui.controls.map(label)).to.deep.equal([
        'A− Giảm cỡ chữ',
        'A Cỡ chữ mặc định',
        'A+ Tăng cỡ chữ',
        'In bài viết',
        'Chia sẻ',
        'Hiển thị',
        'Gửi',
      ]);
      for (const control of ui.controls) {
        const box = control.getBoundingClientRect();
        expect(box.width, label(control)).to.be.at.least(44);
        expect(box.height, label(control)).to.be.at.least(44);
      }
    });

    (isChromium ? it : it.skip)(
      'leaves its buttons off the printed page and keeps the date, the article kept (Chromium only: print media is emulated over CDP)',
      async () => {
        const { element, article } = await toolbar();
        expect(element.getBoundingClientRect().height, 'on screen').to.be.above(0);
        await emulateMedia({ media: 'print' });
        try {
          expect(matchMedia('print').matches).to.equal(true);
          const bar = toolbarHarness(element).bar;
          expect(bar.getBoundingClientRect().height, 'no buttons on paper').to.equal(0);
          expect(toolbarHarness(element).time!.getBoundingClientRect().height).to.be.above(0);
          expect(article.querySelector('p')!.getBoundingClientRect().height).to.be.above(0);
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      },
    );
  });

  describe('keyboard (WAI-ARIA APG toolbar)', () => {
    it('is one tab stop', async () => {
      const { root } = await toolbar('date="2023-05-23"', '<button>Gửi email</button>');
      root.querySelector<HTMLElement>('#before')!.focus();
      await press('Tab');
      expect(label(deepActiveElement())).to.equal('A− Giảm cỡ chữ');
      await press('Tab');
      expect(deepActiveElement()?.id).to.equal('after');
      await press('Shift', 'Tab');
      expect(label(deepActiveElement())).to.equal('A− Giảm cỡ chữ');
    });

    it("moves with the arrow keys, Home and End, across the scaler, its own buttons and the portal's", async () => {
      const { root } = await toolbar('date="2023-05-23"', '<button>Gửi email</button>');
      root.querySelector<HTMLElement>('#before')!.focus();
      await press('Tab');
      const visited = [label(deepActiveElement())];
      for (let i = 0; i < 7; i++) {
        await press('ArrowRight');
        visited.push(label(deepActiveElement()));
      }
      expect(visited).to.deep.equal([
        'A− Giảm cỡ chữ',
        'A Cỡ chữ mặc định',
        'A+ Tăng cỡ chữ',
        'In bài viết',
        'Chia sẻ',
        'Hiển thị',
        'Gửi email',
        'A− Giảm cỡ chữ',
      ]);
      await press('ArrowLeft');
      expect(label(deepActiveElement())).to.equal('Gửi email');
      await press('Home');
      expect(label(deepActiveElement())).to.equal('A− Giảm cỡ chữ');
      await press('End');
      expect(label(deepActiveElement())).to.equal('Gửi email');
    });

    it('remembers the last control: Tab out and back returns to it', async () => {
      const { root } = await toolbar();
      root.querySelector<HTMLElement>('#before')!.focus();
      await press('Tab');
      await press('ArrowRight');
      await press('ArrowRight');
      await press('Tab');
      expect(deepActiveElement()?.id, label(deepActiveElement())).to.equal('after');
      await press('Shift', 'Tab');
      expect(label(deepActiveElement())).to.equal('A+ Tăng cỡ chữ');
    });

    it('remembers a control the reader clicked', async () => {
      const { root, ui } = await toolbar();
      ui.controlNamed('Tăng cỡ chữ').click();
      root.querySelector<HTMLElement>('#before')!.focus();
      await press('Tab');
      expect(label(deepActiveElement())).to.equal('A+ Tăng cỡ chữ');
    });

    it('scales the article with Enter on "Tăng cỡ chữ", keeping focus at the bound', async () => {
      const { root, scaler, article } = await toolbar();
      root.querySelector<HTMLElement>('#before')!.focus();
      await press('Tab');
      await press('End');
      await press('ArrowLeft');
      await press('ArrowLeft');
      await press('ArrowLeft');
      expect(label(deepActiveElement())).to.equal('A+ Tăng cỡ chữ');
      await press('Enter');
      await scaler.updateComplete;
      expect(fontPx(article)).to.be.closeTo(19.8, 0.01);
      for (let i = 0; i < 6; i++) await press('Enter');
      await scaler.updateComplete;
      expect(fontPx(article)).to.equal(36);
      expect(label(deepActiveElement())).to.equal('A+ Tăng cỡ chữ');
      expect(deepActiveElement()!.getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('actions', () => {
    it('prints', async () => {
      const { element } = await toolbar();
      const original = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        toolbarHarness(element).controlNamed('In bài viết').click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });

    it('copies the link where there is no share sheet, and says so', async () => {
      const { element } = await toolbar();
      const copied: string[] = [];
      await withNavigator(
        { clipboard: { writeText: async (text: string) => void copied.push(text) }, share: undefined },
        async () => {
          await element.share();
          await element.updateComplete;
        },
      );
      expect(copied).to.deep.equal([location.href]);
      expect(toolbarHarness(element).announcement).to.equal('Đã sao chép liên kết bài viết');
    });

    it('shows the link when copying fails', async () => {
      const { element } = await toolbar();
      const denied = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
      await withNavigator({ clipboard: denied, share: undefined }, async () => {
        await element.share();
        await element.updateComplete;
      });
      expect(toolbarHarness(element).announcement).to.contain('Không sao chép được liên kết');
      expect(toolbarHarness(element).announcement).to.contain(location.href);
    });

    it('uses the system share sheet where there is one', async () => {
      const { element } = await toolbar();
      const shared: ShareData[] = [];
      const share = async (data: ShareData) => void shared.push(data);
      await withNavigator({ share, canShare: () => true }, () => element.share());
      expect(shared).to.deep.equal([{ title: document.title, url: location.href }]);
    });

    it('shows only the actions the portal turns on', async () => {
      const { ui } = await toolbar('actions="print"');
      expect(ui.ownButtons.map(label)).to.deep.equal(['In bài viết']);
      const none = await toolbar('actions=""');
      expect(none.ui.ownButtons).to.have.length(0);
      expect(none.ui.controls.map(label), 'the scaler stays').to.have.length(3);
    });

    it('passes for through to its scaler', async () => {
      const root = await fixture<HTMLElement>(`
        <div>
          <bantin-toolbar for="portal-body"></bantin-toolbar>
          <div id="portal-body" style="font-size: 15px">Nội dung cũ của cổng</div>
        </div>
      `);
      const { element, scaler } = await rendered(root);
      toolbarHarness(element).controlNamed('Tăng cỡ chữ').click();
      await scaler.updateComplete;
      expect(fontPx(root.querySelector('#portal-body')!)).to.be.closeTo(16.5, 0.01);
    });

    it('lets the font-scale event reach the page', async () => {
      const { root, ui } = await toolbar();
      const fired = oneEvent(root, 'bantin-font-scale-change');
      ui.controlNamed('Tăng cỡ chữ').click();
      const event = await fired;
      expect(event.detail.scale).to.equal(1.1);
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    for (const date of ['31/02/2023', 'hôm qua', '2023-13-01']) {
      it(`warns about the impossible date "${date}" and shows it as written`, async () => {
        const { ui } = await toolbar(`date="${date}"`);
        expect(warnings.messages.join('\n')).to.contain(
          `<bantin-toolbar> date: "${date}" is not a real date`,
        );
        expect(ui.time).to.be.null;
        expect(ui.dateText).to.equal(`Ngày đăng: ${date}`);
        expect(ui.controls.map(label), 'the toolbar still works').to.include('A+ Tăng cỡ chữ');
      });
    }

    it('warns about an unknown action and keeps the known ones', async () => {
      const { ui } = await toolbar('actions="print fax"');
      expect(warnings.messages.join('\n')).to.contain('<bantin-toolbar> actions: unknown action "fax"');
      expect(ui.ownButtons.map(label)).to.deep.equal(['In bài viết']);
    });
  });

  describe('cleanup', () => {
    it('lets its scaler stop listening when removed', async () => {
      const storageListeners = trackWindowListeners('storage');
      try {
        const { root } = await toolbar();
        // The text size's owner and the reading preferences' owner follow other tabs.
        expect(storageListeners.count()).to.equal(2);
        root.remove();
        expect(storageListeners.count()).to.equal(0);
      } finally {
        storageListeners.restore();
      }
    });
  });
});
