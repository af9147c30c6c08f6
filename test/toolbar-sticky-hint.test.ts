import { expect, waitUntil } from '@open-wc/testing';
import type { BantinToolbar } from '../src/toolbar/toolbar.js';

/*
 * A portal developer swaps the old "A+ A−" links in the date bar (a small `div.tools`)
 * for the toolbar: sticky within a wrapper hardly taller than itself, it scrolls away
 * with the page and the size buttons are off screen mid-article. The toolbar says so in
 * the console, once, and only then. The page is 800 px tall: sticky applies (from 40rem).
 */

type FrameWindow = Window & typeof globalThis;

const ARTICLE = '<p>Đoạn văn của bài viết.</p>'.repeat(40);

describe('<bantin-toolbar> sticky within a small wrapper', function () {
  this.timeout(20000);
  let frame: HTMLIFrameElement;
  let win: FrameWindow;
  let warnings: string[] = [];

  before(async () => {
    frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '1024px', height: '800px', border: '0', display: 'block' });
    frame.src = '/test/fixtures/blank.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as FrameWindow;
    const original = win.console.warn.bind(win.console);
    win.console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      original(...args);
    };
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = '/src/bantin.ts';
    win.document.head.append(script);
    await waitUntil(() => win.customElements.get('bantin-toolbar'), 'the bundle never came', {
      timeout: 10000,
    });
  });

  after(() => frame.remove());

  /** Writes `markup` as the page's body and returns the hints given for its toolbar. */
  async function hintsFor(markup: string): Promise<string[]> {
    warnings = [];
    win.document.body.innerHTML = markup;
    const toolbar = win.document.querySelector<BantinToolbar>('bantin-toolbar')!;
    await toolbar.updateComplete;
    // The check runs in the frame after the first render; two more let it finish.
    for (let frames = 0; frames < 3; frames++)
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
    return warnings.filter((warning) => warning.startsWith('<bantin-toolbar> position:'));
  }

  it('warns, once, for a toolbar alone in a 70 px tall date bar', async () => {
    const hints = await hintsFor(
      `<div class="tools" style="height:70px"><bantin-toolbar for="nd"></bantin-toolbar></div><div id="nd">${ARTICLE}</div>`,
    );
    expect(hints).to.have.length(1);
    expect(hints[0]).to.include('display: contents');
    expect(hints[0]).to.include("article's container");
    // A re-render (a new date) does not repeat it.
    const toolbar = win.document.querySelector<BantinToolbar>('bantin-toolbar')!;
    toolbar.date = '2023-05-23';
    await toolbar.updateComplete;
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(warnings.filter((warning) => warning.startsWith('<bantin-toolbar> position:'))).to.have.length(1);
  });

  it('does not warn where the page does not scroll: nothing is taken away', async () => {
    expect(
      await hintsFor(
        '<div class="tools" style="height:70px"><bantin-toolbar for="nd"></bantin-toolbar></div><div id="nd"><p>Một đoạn.</p></div>',
      ),
    ).to.deep.equal([]);
  });

  it('does not warn in the article’s container', async () => {
    expect(
      await hintsFor(`<div id="nd"><bantin-toolbar for="nd"></bantin-toolbar>${ARTICLE}</div>`),
    ).to.deep.equal([]);
  });

  it('does not warn with display: contents on the wrapper', async () => {
    expect(
      await hintsFor(
        `<div id="nd"><div class="tools" style="display:contents"><bantin-toolbar for="nd"></bantin-toolbar></div>${ARTICLE}</div>`,
      ),
    ).to.deep.equal([]);
  });

  it('does not warn for a static toolbar', async () => {
    expect(
      await hintsFor(
        `<div class="tools" style="height:70px"><bantin-toolbar for="nd" static></bantin-toolbar></div><div id="nd">${ARTICLE}</div>`,
      ),
    ).to.deep.equal([]);
  });
});
