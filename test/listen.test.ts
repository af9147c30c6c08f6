import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/bantin.js';
import type { BantinToolbar } from '../src/index.js';
import { toolbarHarness } from './harness/toolbar.js';
import {
  FakeSpeech,
  englishVoice,
  installSpeech,
  vietnameseVoice,
  type FakeUtterance,
  type FakeVoiceInit,
} from './fake-speech.js';
import {
  accessibilityTree,
  captureWarnings,
  deepActiveElement,
  findNodes,
  isChromium,
  itReadsAccessibilityTree,
  liveRegionText,
  nextFrame,
  press,
} from './helpers.js';

const IMAGE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>')}`;

/** Every kind of content the listener should (and should not) hear. */
const ARTICLE = `
  <bantin-article id="bai-viet">
    <p slot="meta">Nguồn: Sở Nội vụ</p>
    <h1 slot="title">Tiêu đề bài viết</h1>
    <p slot="lead">Đoạn dẫn thứ nhất. Đoạn dẫn thứ hai?</p>
    <h2>Mục một</h2>
    <p>
      Câu thứ nhất của thân bài.
      Câu thứ hai <strong>có chữ đậm</strong> và kết thúc! <span aria-hidden="true">(biểu tượng)</span>
    </p>
    <p hidden>Đoạn bị ẩn.</p>
    <p style="display: none">Đoạn không hiển thị.</p>
    <ul><li>Mục danh sách một.</li><li>Mục danh sách hai.</li></ul>
    <bantin-figure src="${IMAGE}" alt="Ảnh một" width="4" height="3">
      <p slot="caption">Chú thích ảnh thứ nhất.</p>
    </bantin-figure>
    <bantin-figure src="${IMAGE}" alt="Ảnh hai" width="4" height="3" caption="Chú thích từ thuộc tính."></bantin-figure>
    <p>Đoạn cuối cùng của bài viết./</p>
    <p slot="byline">Bích Huệ</p>
  </bantin-article>
`;

const HEARD = [
  'Tiêu đề bài viết',
  'Đoạn dẫn thứ nhất.',
  'Đoạn dẫn thứ hai?',
  'Mục một',
  'Câu thứ nhất của thân bài.',
  'Câu thứ hai có chữ đậm và kết thúc!',
  'Mục danh sách một.',
  'Mục danh sách hai.',
  'Chú thích ảnh thứ nhất.',
  'Chú thích từ thuộc tính.',
  'Đoạn cuối cùng của bài viết.',
  'Bích Huệ',
];

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A control's accessible name as its content gives it (icons are aria-hidden). */
const label = (element: Element | null | undefined) => normalise(element?.textContent ?? '');

let speech: FakeSpeech;
/** The engine the page has now: the fake, or none at all. */
let engine: FakeSpeech | null = null;
let restoreSpeech: (() => void) | undefined;

function useSpeech(voices: FakeVoiceInit[] = [vietnameseVoice], auto = false): FakeSpeech {
  restoreSpeech?.();
  speech = engine = new FakeSpeech(voices, auto);
  restoreSpeech = installSpeech(speech).restore;
  return speech;
}

function useNoSpeech(): void {
  restoreSpeech?.();
  engine = null;
  restoreSpeech = installSpeech(null).restore;
}

/**
 * Lets the toolbar look for voices (in the update after its first) and, where it finds
 * one, load its reading engine and show the button; `listens` says which to expect.
 */
async function settle(element: BantinToolbar, listens: boolean): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await element.updateComplete;
    await nextFrame();
  }
  await element.updateComplete;
  if (listens) {
    await toolbarHarness(element).listenOffered();
  }
}

/** Whether a page in `lang` should offer listen with the engine installed now. */
const voiced = (lang: string) => !!engine?.voices.some((voice) => voice.lang.toLowerCase().startsWith(lang));

// The display action (after listen by default) has its own tests: reading-preferences.test.ts.
async function page(attributes = 'actions="print share listen"', content = ARTICLE, lang = 'vi') {
  const root = await fixture<HTMLElement>(`
    <div lang="${lang}">
      <button id="before">Trước</button>
      <bantin-toolbar date="2023-05-23" ${attributes}></bantin-toolbar>
      <button id="after">Sau</button>
      ${content}
    </div>
  `);
  const element = root.querySelector('bantin-toolbar')!;
  const listed = /actions="([^"]*)"/.exec(attributes)?.[1];
  await settle(element, voiced(lang) && (listed === undefined || listed.includes('listen')));
  return { root, element, harness: harness(element) };
}

/** What a reader finds in the toolbar. */
function harness(element: BantinToolbar) {
  const part = (name: string) => toolbarHarness(element).part<HTMLButtonElement>(name);
  return {
    listen: () => part('listen'),
    stop: () => part('listen-stop'),
    previous: () => part('listen-previous'),
    next: () => part('listen-next'),
    rate: () => part('listen-rate'),
    /** The names of the toolbar's own buttons, in order (display has its own tests). */
    buttons: () =>
      toolbarHarness(element)
        .ownButtons.filter((button) => !button.matches('[part~="display"]'))
        .filter((button) => button.getClientRects().length > 0)
        .map(label),
    status: () => liveRegionText(element),
    async press(name: 'listen' | 'listen-stop' | 'listen-previous' | 'listen-next' | 'listen-rate') {
      part(name)!.click();
      await element.updateComplete;
    },
  };
}

const highlightSupported = typeof CSS !== 'undefined' && 'highlights' in CSS;

/** The text the `bantin-listen` highlight covers, or undefined when nothing is highlighted. */
function highlighted(): string | undefined {
  if (!highlightSupported) return undefined;
  const highlight = CSS.highlights.get('bantin-listen');
  if (!highlight) return undefined;
  return [...(highlight as unknown as Set<Range>)].map((range) => normalise(range.toString())).join(' ');
}

function highlightRange(): Range | undefined {
  const highlight = highlightSupported ? CSS.highlights.get('bantin-listen') : undefined;
  return highlight ? [...(highlight as unknown as Set<Range>)][0] : undefined;
}

async function started(count: number): Promise<FakeUtterance> {
  await waitUntil(() => speech.started.length >= count, `sentence ${count} did not start`);
  return speech.started[count - 1]!;
}

/** The utterance asked for last, once the engine has begun to speak it. */
async function speaking(): Promise<FakeUtterance> {
  const last = speech.spoken.at(-1);
  await waitUntil(() => last && speech.started.includes(last), 'the last sentence did not start');
  return last!;
}

describe('<bantin-toolbar> listen', () => {
  // The toolbar loads its reading engine on demand; loading it once here keeps the
  // first test from waiting on the network.
  before(() => import('../src/toolbar/listen/listen-controller.js'));

  beforeEach(() => {
    localStorage.clear();
    useSpeech();
  });
  afterEach(() => {
    restoreSpeech?.();
    restoreSpeech = undefined;
    localStorage.clear();
    if (highlightSupported) CSS.highlights.clear();
  });

  describe('when it is offered', () => {
    it('offers "Nghe đọc bài" after print and share where the browser has a Vietnamese voice', async () => {
      const { harness } = await page();
      expect(harness.buttons()).to.deep.equal(['In bài viết', 'Chia sẻ', 'Nghe đọc bài']);
      expect(harness.listen()!.getClientRects().length).to.be.above(0);
    });

    itReadsAccessibilityTree('names the listen button "Nghe đọc bài" inside the toolbar', async () => {
      await page();
      const [bar] = findNodes(await accessibilityTree(), (n) => n.role === 'toolbar');
      const names = findNodes(bar!, (n) => n.role === 'button').map((n) => n.name);
      expect(names).to.include('Nghe đọc bài');
    });

    it('is not shown, nor reachable by keyboard, where the browser has no speech engine', async () => {
      useNoSpeech();
      const { root, element, harness } = await page();
      expect(harness.listen()).to.be.null;
      expect(harness.buttons()).to.deep.equal(['In bài viết', 'Chia sẻ']);
      root.querySelector<HTMLElement>('#before')!.focus();
      await press('Tab');
      await press('End');
      expect(label(deepActiveElement())).to.equal('Chia sẻ');
      expect(toolbarHarness(element).listenButton).to.be.null;
    });

    it('is not shown when the only voices are for another language', async () => {
      useSpeech([englishVoice, { name: 'Français', lang: 'fr-FR' }]);
      const { harness } = await page();
      expect(harness.listen()).to.be.null;
      expect(harness.buttons()).to.deep.equal(['In bài viết', 'Chia sẻ']);
    });

    it('appears when voiceschanged brings a Vietnamese voice, and goes when it leaves', async () => {
      useSpeech([]);
      const { element, harness } = await page();
      expect(harness.listen()).to.be.null;
      speech.setVoices([englishVoice, vietnameseVoice]);
      await waitUntil(() => harness.listen(), 'no listen button after voiceschanged');
      expect(label(harness.listen())).to.equal('Nghe đọc bài');
      speech.setVoices([englishVoice]);
      await settle(element, false);
      expect(harness.listen()).to.be.null;
    });

    it('accepts voices written vi_VN or vi, as older Android and espeak give them', async () => {
      for (const lang of ['vi_VN', 'vi', 'vi-VN-x-south']) {
        useSpeech([{ name: `Giọng ${lang}`, lang }]);
        const { harness } = await page();
        expect(harness.listen(), lang).to.exist;
      }
    });

    it('is left out when the portal leaves it out of actions, and alone with actions="listen"', async () => {
      const without = await page('actions="print share"');
      expect(without.harness.buttons()).to.deep.equal(['In bài viết', 'Chia sẻ']);
      const alone = await page('actions="listen"');
      expect(alone.harness.buttons()).to.deep.equal(['Nghe đọc bài']);
    });

    it('is named "Listen to the article" in English, and reads an English article with an English voice', async () => {
      useSpeech([vietnameseVoice, englishVoice]);
      const content = `<bantin-article><h1 slot="title">Provincial news</h1><p>First sentence. Second one.</p></bantin-article>`;
      const { harness } = await page('', content, 'en');
      expect(label(harness.listen())).to.equal('Listen to the article');
      await harness.press('listen');
      const first = await started(1);
      expect([first.text, first.lang, first.voice?.name]).to.deep.equal([
        'Provincial news',
        'en-GB',
        'English (fake)',
      ]);
      await waitUntil(() => harness.status() === 'Reading the article aloud');
      expect(harness.buttons()).to.deep.equal([
        'Print article',
        'Share',
        'Pause',
        'Stop reading',
        'Previous sentence',
        'Next sentence',
        'Reading speed 1×',
      ]);
      await harness.press('listen');
      expect(harness.status()).to.equal('Reading paused');
      expect(label(harness.listen())).to.equal('Resume');
      await harness.press('listen-stop');
      expect(harness.status()).to.equal('Stopped reading');
    });
  });

  describe('what it reads', () => {
    it('reads headline, lead, body, list items and captions in order, a sentence at a time, and no hidden text', async () => {
      useSpeech([vietnameseVoice], true);
      const { harness } = await page();
      await harness.press('listen');
      await waitUntil(() => harness.status() === 'Đã đọc hết bài', 'reading did not finish', {
        timeout: 4000,
      });
      expect(speech.spoken.map((u) => u.text)).to.deep.equal(HEARD);
      for (const utterance of speech.spoken) {
        expect(utterance.lang).to.equal('vi-VN');
        expect(utterance.voice?.name).to.equal(vietnameseVoice.name);
        expect(utterance.rate).to.equal(1);
      }
    });

    it("reads the element the toolbar's for names, skipping the toolbar's own text inside it", async () => {
      useSpeech([vietnameseVoice], true);
      const root = await fixture<HTMLElement>(`
        <div lang="vi">
          <div id="portal-body">
            <bantin-toolbar for="portal-body"><button>Gửi email</button></bantin-toolbar>
            <h1>Tin cổng cũ</h1>
            <div>Nội dung <b>dán từ Word</b>. Câu tiếp theo.</div>
          </div>
          <bantin-article><h1 slot="title">Bài khác không được đọc</h1></bantin-article>
        </div>
      `);
      const element = root.querySelector('bantin-toolbar')!;
      await settle(element, true);
      const { press: pressPart, status } = harness(element);
      await pressPart('listen');
      await waitUntil(() => status() === 'Đã đọc hết bài', 'reading did not finish');
      expect(speech.spoken.map((u) => u.text)).to.deep.equal([
        'Tin cổng cũ',
        'Nội dung dán từ Word.',
        'Câu tiếp theo.',
      ]);
    });

    it('reads the whole demo article, every paragraph and caption, in document order', async function () {
      this.timeout(20000);
      useSpeech([vietnameseVoice], true);
      const source = await (await fetch('/demo/index.html')).text();
      const parsed = new DOMParser().parseFromString(source, 'text/html');
      const main = parsed.querySelector('main')!;
      for (const image of main.querySelectorAll('img'))
        image.setAttribute('src', `/demo/${image.getAttribute('src')}`);
      // What a listener should hear, from the parsed page rather than from our walker.
      const article = main.querySelector('bantin-article')!;
      const blocks = [
        article.querySelector(':scope > [slot="title"]')!,
        article.querySelector(':scope > [slot="lead"]')!,
        ...[...article.children].flatMap((child) =>
          child.hasAttribute('slot')
            ? []
            : child.localName === 'bantin-figure'
              ? [child.querySelector('[slot="caption"]')!]
              : [child],
        ),
        article.querySelector(':scope > [slot="byline"]')!,
      ];
      const expected = blocks.map((block) => normalise(block.textContent!).replace(/\.\/$/, '.')).join(' ');
      expect(blocks).to.have.length(16);

      const root = await fixture<HTMLElement>(`<div lang="vi">${main.innerHTML}</div>`);
      const element = root.querySelector('bantin-toolbar')!;
      await settle(element, true);
      const { press: pressPart, status } = harness(element);
      // The page's words, as the highlight shows them while each sentence is spoken.
      const shown: string[] = [];
      speech.afterStart = () => shown.push(highlighted() ?? '');
      await pressPart('listen');
      await waitUntil(() => status() === 'Đã đọc hết bài', 'reading did not finish', { timeout: 15000 });
      const texts = speech.spoken.map((u) => u.text);
      if (highlightSupported) expect(shown.join(' ')).to.equal(expected);
      // The voice hears a newsreader's words: no abbreviation, no date with slashes.
      expect(texts.join(' ')).to.include('Ủy ban nhân dân tỉnh');
      expect(texts.join(' ')).to.include('ngày 19 tháng 7 năm 2021');
      expect(texts.join(' ')).not.to.match(/UBND|\d\/\d/);
      // Sentence by sentence: more utterances than blocks, none holding two sentences.
      expect(texts.length).to.be.above(blocks.length + 10);
      for (const text of texts) expect(text, text).not.to.match(/[.!?]\s+\p{Lu}/u);
      expect(speech.spoken.every((u) => u.lang === 'vi-VN')).to.be.true;
    });
  });

  describe('the highlight', () => {
    (highlightSupported ? it : it.skip)(
      'covers exactly the sentence being spoken, under the name bantin-listen',
      async () => {
        useSpeech([vietnameseVoice], true);
        const seen: [string, string | undefined][] = [];
        speech.afterStart = (utterance) => seen.push([utterance.text, highlighted()]);
        const { harness } = await page();
        await harness.press('listen');
        await waitUntil(() => harness.status() === 'Đã đọc hết bài', 'reading did not finish');
        expect(seen.map(([spoken]) => spoken)).to.deep.equal(HEARD);
        for (const [spoken, marked] of seen) expect(marked).to.equal(spoken);
        expect(highlighted(), 'cleared at the end').to.be.undefined;
      },
    );

    it('changes nothing in the article: no wrapper elements, no attributes', async () => {
      const { root, harness } = await page();
      const article = root.querySelector('bantin-article')!;
      const before = article.innerHTML;
      await harness.press('listen');
      await started(1);
      speech.finish();
      await started(2);
      expect(article.innerHTML).to.equal(before);
      await harness.press('listen-stop');
      expect(article.innerHTML).to.equal(before);
    });

    it('reads on without a highlight where the Custom Highlight API is missing', async () => {
      const saved = Object.getOwnPropertyDescriptor(window, 'Highlight');
      Object.defineProperty(window, 'Highlight', { configurable: true, writable: true, value: undefined });
      try {
        const { harness } = await page();
        await harness.press('listen');
        const first = await started(1);
        expect(first.text).to.equal('Tiêu đề bài viết');
        expect(highlighted()).to.be.undefined;
        speech.finish();
        expect((await started(2)).text).to.equal('Đoạn dẫn thứ nhất.');
        await harness.press('listen-stop');
        expect(harness.status()).to.equal('Đã dừng đọc');
      } finally {
        if (saved) Object.defineProperty(window, 'Highlight', saved);
        else delete (window as unknown as Record<string, unknown>)['Highlight'];
      }
    });

    (highlightSupported ? it : it.skip)('stays on the sentence at any text size', async () => {
      const { root, harness } = await page();
      const paragraph = root.querySelector('bantin-article > p:not([slot])')!;
      await harness.press('listen');
      for (let i = 1; i <= 4; i++) {
        await started(i);
        speech.finish();
      }
      await started(5);
      expect(highlighted()).to.equal('Câu thứ nhất của thân bài.');
      const small = highlightRange()!.getBoundingClientRect();
      const scaler = toolbarHarness(root.querySelector('bantin-toolbar')!).scalerHarness;
      for (let i = 0; i < 6; i++) scaler.buttonNamed('Tăng cỡ chữ').click();
      await scaler.element.updateComplete;
      expect(highlighted()).to.equal('Câu thứ nhất của thân bài.');
      const large = highlightRange()!.getBoundingClientRect();
      const box = paragraph.getBoundingClientRect();
      expect(large.height / small.height).to.be.closeTo(2, 0.25);
      expect(large.top).to.be.at.least(box.top - 1);
      expect(large.bottom).to.be.at.most(box.bottom + 1);
      expect(large.left).to.be.at.least(box.left - 1);
    });

    it('brings a sentence below the screen into view, and leaves a visible one where it is', async () => {
      const content = `
        <bantin-article>
          <h1 slot="title">Tiêu đề ở đầu trang</h1>
          <div style="block-size: 3000px"></div>
          <p>Câu ở rất xa bên dưới.</p>
        </bantin-article>`;
      const { harness } = await page('', content);
      window.scrollTo(0, 0);
      await harness.press('listen');
      await started(1);
      await nextFrame();
      expect(window.scrollY, 'no jump for a sentence already in view').to.equal(0);
      speech.finish();
      await started(2);
      await waitUntil(() => {
        const box =
          highlightRange()?.getBoundingClientRect() ??
          document.querySelector('bantin-article > p')!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      }, 'the second sentence was not scrolled into view');
    });

    (isChromium ? it : it.skip)(
      'scrolls without animation when the reader prefers reduced motion (Chromium only: emulated over CDP)',
      async () => {
        await executeServerCommand('emulate-media-features', {
          features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
        });
        try {
          const content = `
            <bantin-article>
              <h1 slot="title">Tiêu đề ở đầu trang</h1>
              <div style="block-size: 3000px"></div>
              <p>Câu ở rất xa bên dưới.</p>
            </bantin-article>`;
          const { root, harness } = await page('', content);
          window.scrollTo(0, 0);
          let top = Infinity;
          speech.afterStart = () =>
            (top = root.querySelector('bantin-article > p')!.getBoundingClientRect().top);
          await harness.press('listen');
          await started(1);
          speech.finish();
          await started(2);
          // Measured in the same task as the start event: an instant jump, not a glide.
          expect(top).to.be.within(0, innerHeight - 30);
        } finally {
          await executeServerCommand('emulate-media-features', {
            features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }],
          });
        }
      },
    );
  });

  describe('while reading', () => {
    it('says "Đang đọc bài" only once speech has begun, and offers pause, stop, previous, next and speed', async () => {
      const { harness } = await page();
      await harness.press('listen');
      expect(harness.status(), 'nothing said before the voice starts').to.equal('');
      await started(1);
      await waitUntil(() => harness.status() === 'Đang đọc bài');
      expect(harness.buttons()).to.deep.equal([
        'In bài viết',
        'Chia sẻ',
        'Tạm dừng',
        'Dừng đọc',
        'Câu trước',
        'Câu sau',
        'Tốc độ đọc 1×',
      ]);
      for (const control of [
        harness.listen(),
        harness.stop(),
        harness.previous(),
        harness.next(),
        harness.rate(),
      ]) {
        const box = control!.getBoundingClientRect();
        expect(Math.min(box.width, box.height), label(control)).to.be.at.least(44);
      }
    });

    itReadsAccessibilityTree(
      'exposes the reading controls by name and the state in a polite live region',
      async () => {
        const { harness } = await page();
        await harness.press('listen');
        await started(1);
        await waitUntil(() => harness.status() === 'Đang đọc bài');
        const tree = await accessibilityTree();
        const [bar] = findNodes(tree, (n) => n.role === 'toolbar');
        const names = findNodes(bar!, (n) => n.role === 'button').map((n) => n.name);
        expect(names.slice(-5)).to.deep.equal([
          'Tạm dừng',
          'Dừng đọc',
          'Câu trước',
          'Câu sau',
          'Tốc độ đọc 1×',
        ]);
        const [status] = findNodes(tree, (n) => n.role === 'status' && n.name === '' && n.live === 'polite');
        expect(status).to.exist;
      },
    );

    it('passes axe while reading', async () => {
      const { element, harness } = await page();
      await harness.press('listen');
      await started(1);
      await expect(element).to.be.accessible();
    });

    it('pauses and resumes at the start of the same sentence', async () => {
      const { harness } = await page();
      await harness.press('listen');
      await started(1);
      speech.finish();
      await started(2);
      await harness.press('listen');
      expect(harness.status()).to.equal('Đã tạm dừng đọc');
      expect(label(harness.listen())).to.equal('Đọc tiếp');
      expect(speech.speaking, 'the voice is silent').to.be.false;
      expect(highlighted(), 'the place stays marked').to.equal(
        highlightSupported ? 'Đoạn dẫn thứ nhất.' : undefined,
      );
      const spokenSoFar = speech.spoken.length;
      await harness.press('listen');
      const again = await started(3);
      expect(speech.spoken.length).to.equal(spokenSoFar + 1);
      expect(again.text).to.equal('Đoạn dẫn thứ nhất.');
      expect(label(harness.listen())).to.equal('Tạm dừng');
      await waitUntil(() => harness.status() === 'Đang đọc bài');
    });

    it('stops: silence, no highlight, the controls gone, and the next start from the headline', async () => {
      const { harness } = await page();
      await harness.press('listen');
      await started(1);
      speech.finish();
      await started(2);
      await harness.press('listen-stop');
      expect(harness.status()).to.equal('Đã dừng đọc');
      expect(speech.speaking).to.be.false;
      expect(highlighted()).to.be.undefined;
      expect(harness.buttons()).to.deep.equal(['In bài viết', 'Chia sẻ', 'Nghe đọc bài']);
      await harness.press('listen');
      expect((await started(3)).text).to.equal('Tiêu đề bài viết');
    });

    it('moves to the next and previous sentence, and no further back than the first', async () => {
      const { harness } = await page();
      await harness.press('listen');
      await started(1);
      await harness.press('listen-next');
      expect((await started(2)).text).to.equal('Đoạn dẫn thứ nhất.');
      await harness.press('listen-next');
      expect((await started(3)).text).to.equal('Đoạn dẫn thứ hai?');
      await harness.press('listen-previous');
      expect((await started(4)).text).to.equal('Đoạn dẫn thứ nhất.');
      await harness.press('listen-previous');
      expect((await started(5)).text).to.equal('Tiêu đề bài viết');
      await harness.press('listen-previous');
      expect((await started(6)).text).to.equal('Tiêu đề bài viết');
      expect(highlighted()).to.equal(highlightSupported ? 'Tiêu đề bài viết' : undefined);
      // Only the sentence asked for is queued: skipping never piles up speech.
      expect(speech.queue).to.have.length(1);
    });

    it('moves while paused without speaking, and resumes at the new place', async () => {
      const { harness } = await page();
      await harness.press('listen');
      await started(1);
      await harness.press('listen');
      await harness.press('listen-next');
      await harness.press('listen-next');
      expect(speech.speaking).to.be.false;
      expect(highlighted()).to.equal(highlightSupported ? 'Đoạn dẫn thứ hai?' : undefined);
      await harness.press('listen');
      expect((await started(2)).text).to.equal('Đoạn dẫn thứ hai?');
    });

    it('says "Đã đọc hết bài" after the last sentence, or on "Câu sau" there', async () => {
      useSpeech([vietnameseVoice], true);
      const first = await page();
      await first.harness.press('listen');
      await waitUntil(() => first.harness.status() === 'Đã đọc hết bài');
      expect(first.harness.buttons()).to.deep.equal(['In bài viết', 'Chia sẻ', 'Nghe đọc bài']);

      useSpeech([vietnameseVoice]);
      const second = await page();
      await second.harness.press('listen');
      await started(1);
      for (let i = 1; i < HEARD.length; i++) await second.harness.press('listen-next');
      expect((await speaking()).text).to.equal('Bích Huệ');
      await second.harness.press('listen-next');
      expect(second.harness.status()).to.equal('Đã đọc hết bài');
      expect(highlighted()).to.be.undefined;
    });

    it('says so when the voice fails, and when another script silences it', async () => {
      const { harness } = await page();
      await harness.press('listen');
      await started(1);
      speech.fail('synthesis-failed');
      await waitUntil(() => harness.status() === 'Không đọc được bài viết');
      expect(label(harness.listen())).to.equal('Nghe đọc bài');
      expect(highlighted()).to.be.undefined;

      await harness.press('listen');
      await started(2);
      speech.cancel();
      await waitUntil(() => harness.status() === 'Đã dừng đọc');
      expect(label(harness.listen())).to.equal('Nghe đọc bài');
    });
  });

  describe('reading speed', () => {
    it('steps through 0.75× to 1.5×, restarts the sentence at the new speed and remembers it for the next article', async () => {
      const first = await page();
      await first.harness.press('listen');
      await started(1);
      await first.harness.press('listen-rate');
      expect(label(first.harness.rate())).to.equal('Tốc độ đọc 1,25×');
      expect(first.harness.status()).to.equal('Tốc độ đọc 1,25×');
      const again = await started(2);
      expect([again.text, again.rate]).to.deep.equal(['Tiêu đề bài viết', 1.25]);
      await first.harness.press('listen-rate');
      expect(label(first.harness.rate())).to.equal('Tốc độ đọc 1,5×');
      await first.harness.press('listen-rate');
      expect(label(first.harness.rate())).to.equal('Tốc độ đọc 0,75×');
      await first.harness.press('listen-rate');
      await first.harness.press('listen-rate');
      expect(label(first.harness.rate())).to.equal('Tốc độ đọc 1,25×');
      expect(localStorage.getItem('bantin:listen-rate')).to.equal('1.25');
      first.root.remove();
      expect(speech.speaking, 'removing the toolbar silences it').to.be.false;

      const second = await page();
      await second.harness.press('listen');
      const next = await started(speech.started.length + 1);
      expect(next.rate).to.equal(1.25);
      expect(label(second.harness.rate())).to.equal('Tốc độ đọc 1,25×');
    });

    it('ignores a stored speed outside its choices', async () => {
      localStorage.setItem('bantin:listen-rate', '9');
      const { harness } = await page();
      await harness.press('listen');
      expect((await started(1)).rate).to.equal(1);
    });
  });

  describe('keyboard', () => {
    it("keeps the listen controls inside the toolbar's one tab stop and arrow keys", async () => {
      const { root } = await page();
      root.querySelector<HTMLElement>('#before')!.focus();
      await press('Tab');
      await press('End');
      expect(label(deepActiveElement())).to.equal('Nghe đọc bài');
      await press('Enter');
      await started(1);
      expect(label(deepActiveElement()), 'focus stays on the same button').to.equal('Tạm dừng');
      const visited: string[] = [];
      for (let i = 0; i < 5; i++) {
        await press('ArrowRight');
        visited.push(label(deepActiveElement()));
      }
      expect(visited).to.deep.equal(['Dừng đọc', 'Câu trước', 'Câu sau', 'Tốc độ đọc 1×', 'A− Giảm cỡ chữ']);
      await press('End');
      await press('Enter');
      expect(label(deepActiveElement()), 'the speed button keeps focus').to.equal('Tốc độ đọc 1,25×');
      await press('Tab');
      expect(deepActiveElement()?.id, 'one tab stop').to.equal('after');
      await press('Shift', 'Tab');
      expect(label(deepActiveElement())).to.equal('Tốc độ đọc 1,25×');
      for (let i = 0; i < 3; i++) await press('ArrowLeft');
      expect(label(deepActiveElement())).to.equal('Dừng đọc');
      await press('Enter');
      await waitUntil(
        () => label(deepActiveElement()) === 'Nghe đọc bài',
        'focus was lost with the stop button',
      );
      await press('Tab');
      await press('Shift', 'Tab');
      expect(label(deepActiveElement())).to.equal('Nghe đọc bài');
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    for (const [name, value] of [
      ['a number', 5],
      ['an array', ['print']],
      ['an object', { listen: true }],
    ] as const) {
      it(`warns when actions is ${name} and shows the default actions`, async () => {
        const { element, harness } = await page();
        (element as unknown as { actions: unknown }).actions = value;
        await settle(element, true);
        expect(warnings.messages.join('\n')).to.contain('<bantin-toolbar> actions: is a');
        expect(harness.buttons()).to.deep.equal(['In bài viết', 'Chia sẻ', 'Nghe đọc bài']);
      });
    }

    it('takes a removed actions attribute (null) as the default, quietly', async () => {
      const { element, harness } = await page('actions="print"');
      element.removeAttribute('actions');
      await settle(element, true);
      expect(harness.buttons()).to.deep.equal(['In bài viết', 'Chia sẻ', 'Nghe đọc bài']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('says it cannot read an article with no text, and stays ready', async () => {
      const { harness } = await page('', '<bantin-article><h1 slot="title" hidden>Ẩn</h1></bantin-article>');
      await harness.press('listen');
      expect(harness.status()).to.equal('Không đọc được bài viết');
      expect(speech.spoken).to.have.length(0);
      expect(label(harness.listen())).to.equal('Nghe đọc bài');
    });
  });

  describe('cleanup', () => {
    it('stops reading, clears the highlight and stops following voices when removed', async () => {
      const { root, harness } = await page();
      expect(speech.voicesListeners).to.equal(1);
      await harness.press('listen');
      await started(1);
      root.remove();
      expect(speech.speaking).to.be.false;
      expect(highlighted()).to.be.undefined;
      expect(speech.voicesListeners).to.equal(0);
    });

    it('lets one toolbar read at a time', async () => {
      const root = await fixture<HTMLElement>(`
        <div lang="vi">
          <bantin-toolbar for="a"></bantin-toolbar><div id="a"><p>Bài A.</p></div>
          <bantin-toolbar for="b"></bantin-toolbar><div id="b"><p>Bài B.</p></div>
        </div>
      `);
      const [a, b] = [...root.querySelectorAll('bantin-toolbar')];
      await settle(a!, true);
      await settle(b!, true);
      await harness(a!).press('listen');
      await started(1);
      await harness(b!).press('listen');
      expect((await started(2)).text).to.equal('Bài B.');
      expect(harness(a!).status()).to.equal('Đã dừng đọc');
      expect(label(harness(a!).listen())).to.equal('Nghe đọc bài');
      expect(highlighted()).to.equal(highlightSupported ? 'Bài B.' : undefined);
    });
  });
});
