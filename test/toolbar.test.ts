import { expect, fixture, oneEvent } from '@open-wc/testing';
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
  liveRegionText,
  press,
  trackWindowListeners,
} from './helpers.js';

async function toolbar(attributes = 'date="2023-05-23"', extra = '') {
  const root = await fixture<HTMLElement>(`
    <div>
      <button id="before">Trước</button>
      <bantin-toolbar ${attributes}>${extra}</bantin-toolbar>
      <button id="after">Sau</button>
      <bantin-article id="bai-viet"><h1 slot="title">Tiêu đề</h1><p>Nội dung</p></bantin-article>
    </div>
  `);
  return { root, ...(await rendered(root)), article: root.querySelector('bantin-article')! };
}

/** The toolbar in `root` and its scaler, once both have rendered. */
async function rendered(root: HTMLElement) {
  const element = root.querySelector('bantin-toolbar')!;
  await element.updateComplete;
  const scaler = element.shadowRoot!.querySelector('bantin-font-scaler')!;
  await scaler.updateComplete;
  await element.updateComplete;
  return { element, scaler };
}

/** Runs `body` with `navigator` members replaced (what the browser offers varies by device). */
async function withNavigator(stubs: Record<string, unknown>, body: () => Promise<void>): Promise<void> {
  for (const [name, value] of Object.entries(stubs))
    Object.defineProperty(navigator, name, { configurable: true, value });
  try {
    await body();
  } finally {
    // The own properties shadowed the prototype's; deleting them brings the real ones back.
    for (const name of Object.keys(stubs)) delete (navigator as unknown as Record<string, unknown>)[name];
  }
}

/** A control's visible text, as a reader sees it. */
function label(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('<bantin-toolbar>', () => {
  // The listen button depends on the machine's voices; its own tests (listen.test.ts)
  // script them. Here there is no speech engine, so every machine sees the same toolbar.
  let restoreSpeech: () => void;
  beforeEach(() => {
    localStorage.clear();
    restoreSpeech = installSpeech(null).restore;
  });
  afterEach(() => {
    restoreSpeech();
    localStorage.clear();
  });

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
      ]);
    });

    it('is a role="toolbar" with a name, holding the scaler\'s group (the wiring every engine reads)', async () => {
      const { element } = await toolbar();
      const bar = element.shadowRoot!.querySelector('[role="toolbar"]')!;
      expect(bar.getAttribute('aria-label')).to.equal('Công cụ bản tin');
      const scaler = bar.querySelector('bantin-font-scaler')!;
      expect(scaler.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal(
        'Cỡ chữ',
      );
    });

    it("shows the date as a <time> from ISO and from the portals' dd/mm/yyyy", async () => {
      for (const date of ['2023-05-23', '23/05/2023']) {
        const { element } = await toolbar(`date="${date}"`);
        const time = element.shadowRoot!.querySelector('time')!;
        expect(time.dateTime).to.equal('2023-05-23');
        expect(time.textContent).to.equal('23/05/2023');
      }
    });

    it('writes the date the English way inside lang="en"', async () => {
      const root = await fixture<HTMLElement>(
        `<div lang="en"><bantin-toolbar date="23/05/2023"></bantin-toolbar></div>`,
      );
      const element = root.querySelector('bantin-toolbar')!;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('time')!.textContent).to.equal('23 May 2023');
      expect(label(element.shadowRoot!.querySelector('[part~="print"]'))).to.equal('Print article');
    });

    it("passes axe, with and without the portal's own action", async () => {
      const plain = await toolbar();
      await expect(plain.element).to.be.accessible();
      const extended = await toolbar('date="2023-05-23"', '<button>Gửi email</button>');
      await expect(extended.element).to.be.accessible();
    });

    it('gives every control a target of at least 44 × 44 px', async () => {
      const { element, scaler } = await toolbar('', '<button>Gửi</button>');
      const controls = [
        ...scaler.shadowRoot!.querySelectorAll('button'),
        ...element.shadowRoot!.querySelectorAll('button'),
        element.querySelector('button')!,
      ];
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        expect(box.width, label(control)).to.be.at.least(44);
        expect(box.height, label(control)).to.be.at.least(44);
      }
    });

    it('is left off the printed page', async () => {
      const { element } = await toolbar();
      const rule = [...element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])].find(
        (r) => r instanceof CSSMediaRule && r.conditionText === 'print',
      ) as CSSMediaRule | undefined;
      expect(rule?.cssText).to.contain('display: none');
    });
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
      for (let i = 0; i < 6; i++) {
        await press('ArrowRight');
        visited.push(label(deepActiveElement()));
      }
      expect(visited).to.deep.equal([
        'A− Giảm cỡ chữ',
        'A Cỡ chữ mặc định',
        'A+ Tăng cỡ chữ',
        'In bài viết',
        'Chia sẻ',
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
      const { root, scaler } = await toolbar();
      scaler.shadowRoot!.querySelectorAll('button')[2]!.click();
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
        element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="print"]')!.click();
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
      expect(liveRegionText(element)).to.equal('Đã sao chép liên kết bài viết');
    });

    it('shows the link when copying fails', async () => {
      const { element } = await toolbar();
      const denied = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
      await withNavigator({ clipboard: denied, share: undefined }, async () => {
        await element.share();
        await element.updateComplete;
      });
      expect(liveRegionText(element)).to.contain('Không sao chép được liên kết');
      expect(liveRegionText(element)).to.contain(location.href);
    });

    it('uses the system share sheet where there is one', async () => {
      const { element } = await toolbar();
      const shared: ShareData[] = [];
      const share = async (data: ShareData) => void shared.push(data);
      await withNavigator({ share, canShare: () => true }, () => element.share());
      expect(shared).to.deep.equal([{ title: document.title, url: location.href }]);
    });

    it('shows only the actions the portal turns on', async () => {
      const { element } = await toolbar('actions="print"');
      expect(element.shadowRoot!.querySelector('[part~="print"]')).to.exist;
      expect(element.shadowRoot!.querySelector('[part~="share"]')).to.be.null;
      const none = await toolbar('actions=""');
      expect(none.element.shadowRoot!.querySelectorAll(':scope [role="toolbar"] > button')).to.have.length(0);
    });

    it('passes for through to its scaler', async () => {
      const root = await fixture<HTMLElement>(`
        <div>
          <bantin-toolbar for="portal-body"></bantin-toolbar>
          <div id="portal-body" style="font-size: 15px">Nội dung cũ của cổng</div>
        </div>
      `);
      const { scaler } = await rendered(root);
      scaler.shadowRoot!.querySelectorAll('button')[2]!.click();
      await scaler.updateComplete;
      expect(fontPx(root.querySelector('#portal-body')!)).to.be.closeTo(16.5, 0.01);
    });

    it('lets the font-scale event reach the page', async () => {
      const { root, scaler } = await toolbar();
      setTimeout(() => scaler.shadowRoot!.querySelectorAll('button')[2]!.click());
      const event = await oneEvent(root, 'bantin-font-scale-change');
      expect(event.detail.scale).to.equal(1.1);
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    for (const date of ['31/02/2023', 'hôm qua', '2023-13-01']) {
      it(`warns about the impossible date "${date}" and shows it as written`, async () => {
        const { element } = await toolbar(`date="${date}"`);
        expect(warnings.messages.join('\n')).to.contain(
          `<bantin-toolbar> date: "${date}" is not a real date`,
        );
        expect(element.shadowRoot!.querySelector('time')).to.be.null;
        expect(element.shadowRoot!.querySelector('[part="date"]')!.textContent).to.contain(date);
        expect(element.shadowRoot!.querySelector('[role="toolbar"]')).to.exist;
      });
    }

    it('warns about an unknown action and keeps the known ones', async () => {
      const { element } = await toolbar('actions="print fax"');
      expect(warnings.messages.join('\n')).to.contain('<bantin-toolbar> actions: unknown action "fax"');
      expect(element.shadowRoot!.querySelector('[part~="print"]')).to.exist;
    });
  });

  describe('cleanup', () => {
    it('lets its scaler stop listening when removed', async () => {
      const storageListeners = trackWindowListeners('storage');
      try {
        const { root } = await toolbar();
        expect(storageListeners.count()).to.equal(1);
        root.remove();
        expect(storageListeners.count()).to.equal(0);
      } finally {
        storageListeners.restore();
      }
    });
  });
});
