// Elements moved into another document (a same-origin iframe, as portals build
// print previews and embedded readers) render styled and keep working there, also
// under the iframe's own strict Content-Security-Policy, and again when moved back.
import { expect, oneEvent } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinArticle, BantinFigure, BantinToolbar } from '../src/index.js';
import { clearStoredScale, fontPx, trapErrors } from './helpers.js';
import { figureHarness } from './harness/figure.js';
import { toolbarHarness } from './harness/toolbar.js';

const STRICT_CSP = "default-src 'self'; style-src 'self'; img-src 'self' data:";

async function frame(csp?: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = 'khung';
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const meta = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
  frame.srcdoc = `<!doctype html><html lang="vi"><head>${meta}</head><body></body></html>`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

function page(): { root: HTMLElement; toolbar: BantinToolbar; article: BantinArticle; figure: BantinFigure } {
  const root = document.createElement('div');
  root.innerHTML = `
    <bantin-toolbar date="2023-05-23" actions="print"></bantin-toolbar>
    <bantin-article>
      <h1 slot="title">Tiêu đề</h1>
      <p>Đoạn văn của bài viết.</p>
      <bantin-figure enlargeable caption="Chú thích" alt="Hình" width="120" height="80"
        src="/demo/images/le-trao-bang-khen.svg"></bantin-figure>
    </bantin-article>`;
  return {
    root,
    toolbar: root.querySelector('bantin-toolbar')!,
    article: root.querySelector('bantin-article')!,
    figure: root.querySelector('bantin-figure')!,
  };
}

async function settled(toolbar: BantinToolbar, ...others: (BantinArticle | BantinFigure)[]) {
  await toolbarHarness(toolbar).rendered();
  for (const element of others) await element.updateComplete;
}

/** What shows the elements are styled: 44 px targets, the article's 18 px text. */
function styling(toolbar: BantinToolbar, article: BantinArticle) {
  const ui = toolbarHarness(toolbar);
  const buttons = ui.scalerHarness.buttons;
  const increase = ui.scalerHarness.increaseButton;
  return {
    buttons: buttons.length,
    buttonHeight: increase.getBoundingClientRect().height,
    print: ui.printButton!.getBoundingClientRect().height,
    text: fontPx(article.querySelector('p')!),
    increase,
  };
}

describe('adopted into another document', () => {
  let errors: ReturnType<typeof trapErrors>;
  const frames: HTMLIFrameElement[] = [];
  beforeEach(() => {
    clearStoredScale();
    errors = trapErrors();
  });
  afterEach(() => {
    errors.restore();
    for (const frame of frames.splice(0)) frame.remove();
    clearStoredScale();
  });

  for (const csp of [undefined, STRICT_CSP]) {
    const where = csp ? `an iframe with a strict CSP (${csp})` : 'a same-origin iframe';
    it(`rendered elements moved into ${where} stay styled and working, and again when moved back`, async () => {
      const { root, toolbar, article, figure } = page();
      document.body.append(root);
      await settled(toolbar, article, figure);
      const before = styling(toolbar, article);
      expect(before.buttonHeight).to.be.at.least(44);

      const target = await frame(csp);
      frames.push(target.frame);
      target.doc.body.append(root);
      await settled(toolbar, article, figure);
      const inside = styling(toolbar, article);
      expect(errors.errors).to.deep.equal([]);
      expect(inside.buttons).to.equal(3);
      expect(inside.buttonHeight, 'the scaler is styled').to.be.at.least(44);
      expect(inside.print, "the toolbar's own button is styled").to.be.at.least(44);
      expect(inside.text).to.be.closeTo(18, 0.01);
      expect(figureHarness(figure).enlargeButton!.getBoundingClientRect().height).to.be.at.least(44);

      inside.increase.click();
      await settled(toolbar);
      expect(fontPx(article.querySelector('p')!), 'A+ scales the article in the iframe').to.be.closeTo(
        19.8,
        0.01,
      );

      document.body.append(root);
      await settled(toolbar, article, figure);
      const back = styling(toolbar, article);
      expect(back.buttonHeight).to.be.at.least(44);
      expect(back.print).to.be.at.least(44);
      expect(errors.errors).to.deep.equal([]);
      root.remove();
    });

    it(`elements first rendered inside ${where} (not yet rendered when moved) are styled`, async () => {
      const target = await frame(csp);
      frames.push(target.frame);
      const { root, toolbar, article, figure } = page();
      // Created here, upgraded here, connected and first rendered there.
      target.doc.body.append(root);
      await settled(toolbar, article, figure);
      const inside = styling(toolbar, article);
      expect(errors.errors).to.deep.equal([]);
      expect(inside.buttons).to.equal(3);
      expect(inside.buttonHeight).to.be.at.least(44);
      expect(inside.print).to.be.at.least(44);
      expect(inside.text).to.be.closeTo(18, 0.01);
      root.remove();
    });
  }

  it('enlarge() opens the dialog in the iframe and closes there', async () => {
    const target = await frame();
    frames.push(target.frame);
    const { root, figure } = page();
    target.doc.body.append(root);
    await figure.updateComplete;
    figure.enlarge();
    await figure.updateComplete;
    const dialog = figureHarness(figure).dialog!;
    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal')).to.be.true;
    dialog.close();
    await oneEvent(dialog, 'close');
    await figure.updateComplete;
    expect(figureHarness(figure).dialog).to.be.null;
    expect(errors.errors).to.deep.equal([]);
  });

  it('an element moved into a document without a window, then back, renders styled', async () => {
    const inert = document.implementation.createHTMLDocument('');
    const { root, toolbar, article, figure } = page();
    document.body.append(root);
    await settled(toolbar, article, figure);
    inert.body.append(root);
    await settled(toolbar, article, figure);
    document.body.append(root);
    await settled(toolbar, article, figure);
    expect(styling(toolbar, article).buttonHeight).to.be.at.least(44);
    expect(errors.errors).to.deep.equal([]);
    root.remove();
  });
});
