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
