import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fontPx } from './helpers.js';

// The prepaint pair on its own, in this page, with no bantin element defined: what a
// reader's browser does with them before the bundle arrives.

/** Runs src/prepaint.ts as the classic script a portal loads. */
async function runPrepaint(): Promise<CSSStyleSheet[]> {
  const before = [...document.adoptedStyleSheets];
  const script = document.createElement('script');
  script.src = `/src/prepaint.ts?run=${Math.random()}`;
  const loaded = oneEvent(script, 'load');
  document.head.append(script);
  await loaded;
  script.remove();
  return document.adoptedStyleSheets.filter((sheet) => !before.includes(sheet));
}

describe('prepaint', () => {
  let added: CSSStyleSheet[] = [];
  let errors: ErrorEvent[] = [];
  const onError = (event: ErrorEvent) => errors.push(event);
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => !added.includes(sheet));
    added = [];
    localStorage.clear();
    document.documentElement.style.removeProperty('--bantin-font-scale');
  });

  async function article() {
    const root = await fixture<HTMLElement>(html`
      <div>
        <link rel="stylesheet" href="/src/prepaint.css" />
        <bantin-article
          ><h1 slot="title">Tiêu đề</h1>
          <p>Nội dung</p></bantin-article
        >
      </div>
    `);
    await waitUntil(() => root.querySelector('link')!.sheet, 'prepaint.css did not load');
    return root;
  }

  it('sizes an article that is not yet defined at the stored scale', async () => {
    expect(customElements.get('bantin-article')).to.be.undefined;
    localStorage.setItem('bantin:font-scale', '1.5');
    added = await runPrepaint();
    const root = await article();
    expect(fontPx(root.querySelector('p')!)).to.be.closeTo(18 * 1.5, 0.01);
    expect(fontPx(root.querySelector('h1')!)).to.be.closeTo(18 * 1.5 * 1.75, 0.01);
    expect(errors).to.deep.equal([]);
  });

  it('falls back to 100 % when storage throws, and throws nothing', async () => {
    const original = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      added = await runPrepaint();
    } finally {
      Storage.prototype.getItem = original;
    }
    expect(errors).to.deep.equal([]);
    const root = await article();
    expect(fontPx(root.querySelector('p')!)).to.be.closeTo(18, 0.01);
  });

  it('ignores a stored value that is not a size', async () => {
    localStorage.setItem('bantin:font-scale', 'to lắm');
    added = await runPrepaint();
    const root = await article();
    expect(fontPx(root.querySelector('p')!)).to.be.closeTo(18, 0.01);
  });
});

/*
 * A `for` target whose portal markup pins a size in its style attribute with `!important`
 * (Word and legacy editors), in a page of its own: the prepaint script observes the page
 * it runs in for good, so each case gets a fresh frame.
 */
describe('prepaint: an inline !important size in a for target', () => {
  const PAGE = `<!doctype html><html lang="vi"><head>
    <link rel="stylesheet" href="/src/prepaint.css" />
    <script src="/src/prepaint.ts"></script>
    </head><body><bantin-font-scaler for="t"></bantin-font-scaler>
    <div id="t" style="font-size: 16px"><p class="own" style="font-size: 10pt !important; line-height: normal">Nguồn: Cục Thống kê</p>
    <div class="box"><span class="em" style="font-size: 1em !important">Ghi chú</span></div>
    <p class="lines" style="font-size: 16px !important; line-height: 26px !important">Sở Y tế</p>
    <p class="line" style="line-height: 28px !important">Phòng khám</p></div>
    </body></html>`;
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    localStorage.clear();
  });

  async function open(stored?: string): Promise<Document> {
    localStorage.clear();
    if (stored) localStorage.setItem('bantin:font-scale', stored);
    const frame = document.createElement('iframe');
    frames.push(frame);
    frame.srcdoc = PAGE;
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    return frame.contentDocument!;
  }
  const style = (doc: Document, selector: string) => doc.querySelector<HTMLElement>(selector)!.style;

  it('scales it at the stored size, the portal’s own value kept beside it', async () => {
    const doc = await open('1.5');
    expect(fontPx(doc.querySelector('.own')!)).to.be.closeTo(((10 * 4) / 3) * 1.5, 0.01);
    expect(fontPx(doc.querySelector('.em')!)).to.be.closeTo(16 * 1.5, 0.01);
    expect(style(doc, '.own').getPropertyPriority('font-size')).to.equal('important');
    expect(style(doc, '.own').getPropertyValue('--_bantin-own-fs')).to.equal('10pt');
  });

  it('gives an inline !important line height the intake’s value, the portal’s own kept beside it', async () => {
    const doc = await open('2');
    const lines = doc.querySelector<HTMLElement>('.lines')!;
    // 26 px of 16 px lines, twice the size: 52 px, not 32 px text on 26 px lines.
    expect(fontPx(lines)).to.be.closeTo(32, 0.01);
    expect(parseFloat(getComputedStyle(lines).lineHeight)).to.be.closeTo(52, 0.01);
    expect(style(doc, '.lines').getPropertyValue('--_bantin-own-lh')).to.equal('26px');
    expect(style(doc, '.lines').getPropertyValue('--_bantin-own-fs')).to.equal('16px');
    // A line height pinned alone: 28 px of the target’s 16 px, at 32 px.
    const line = doc.querySelector<HTMLElement>('.line')!;
    expect(parseFloat(getComputedStyle(line).lineHeight)).to.be.closeTo(56, 0.01);
    expect(style(doc, '.line').getPropertyValue('--_bantin-own-lh')).to.equal('28px');
    expect(style(doc, '.line').getPropertyPriority('line-height')).to.equal('important');
  });

  it('measures it again at the portal’s own size when a stylesheet loads', async () => {
    const doc = await open('1.5');
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'data:text/css,.box{font-size:20px}';
    const loaded = oneEvent(link, 'load');
    doc.head.append(link);
    await loaded;
    // The 1em is the box's 20 px now, not the 16 px measured as the page was parsed.
    expect(fontPx(doc.querySelector('.em')!)).to.be.closeTo(20 * 1.5, 0.01);
    expect(style(doc, '.em').getPropertyValue('--_bantin-own-fs')).to.equal('1em');
  });

  it('changes nothing at a stored 100 %', async () => {
    const doc = await open('1');
    expect(doc.querySelector('.own')!.getAttribute('style')).to.equal(
      'font-size: 10pt !important; line-height: normal',
    );
    expect(doc.querySelector('.em')!.getAttribute('style')).to.equal('font-size: 1em !important');
    expect(doc.querySelector('.lines')!.getAttribute('style')).to.equal(
      'font-size: 16px !important; line-height: 26px !important',
    );
    expect(doc.querySelector('.line')!.getAttribute('style')).to.equal('line-height: 28px !important');
    expect(doc.querySelector('[data-bantin-scaled], [style*="--_bantin"]')).to.equal(null);
  });
});
