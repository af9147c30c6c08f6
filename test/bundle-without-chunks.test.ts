import { expect, waitUntil } from '@open-wc/testing';
import type { BantinArticle, BantinFigure, BantinFontScaler, BantinToolbar } from '../src/index.js';
import { articleHarness } from './harness/article.js';
import { figureHarness } from './harness/figure.js';
import { scalerHarness } from './harness/font-scaler.js';
import { toolbarHarness } from './harness/toolbar.js';
import { openFrame } from './demo-frame.js';

type Recorded = { warnings: string[]; errors: string[] };

// A portal copied dist/bantin.bundle.js and forgot the chunks/ folder beside it: the
// bundle as `npm run build` makes it (test/plugins/bundle-copy.mjs), chunks answering 404.
describe('bantin.bundle.js copied without chunks/', () => {
  it('renders every element, warns once naming the folder, and throws nothing', async function () {
    this.timeout(60000);
    const { win: frameWindow, doc } = await openFrame('/test/fixtures/without-chunks.html');
    const win = frameWindow as typeof frameWindow & { recorded: Recorded };
    await waitUntil(() => win.customElements.get('bantin-toolbar'), 'the bundle did not load', {
      timeout: 20000,
    });
    const article = doc.querySelector('bantin-article') as BantinArticle;
    const figure = doc.querySelector('bantin-figure') as BantinFigure;
    const toolbar = doc.querySelector('bantin-toolbar') as BantinToolbar;
    const scaler = doc.querySelector('bantin-font-scaler') as BantinFontScaler;
    for (const element of [article, figure, toolbar, scaler]) await element.updateComplete;

    // Parts that load lazily are asked for: CMS content, the enlarge dialog.
    article.content = '<p>Nội dung từ CMS</p>';
    await article.contentReady;
    const ui = figureHarness(figure);
    ui.enlargeButton!.dispatchEvent(new Event('pointerenter'));
    ui.enlargeButton!.click();
    await waitUntil(() => win.recorded.warnings.some((m) => m.includes('chunks/')), 'no warning', {
      timeout: 10000,
    });
    for (let i = 0; i < 10; i++) await new Promise((done) => win.requestAnimationFrame(done));

    expect(articleHarness(article).name).to.equal('Quan tâm xây dựng, nhân rộng mô hình');
    expect(doc.querySelector('bantin-article strong')!.textContent).to.equal('Sở Nội vụ');
    expect(ui.captionText).to.equal('Lễ trao bằng khen');
    expect(toolbarHarness(toolbar).dateText).to.contain('23/05/2023');
    expect(scalerHarness(scaler).buttonNames).to.have.length(3);
    expect(scalerHarness(toolbarHarness(toolbar).scaler).buttonNames).to.deep.equal([
      'A− Giảm cỡ chữ',
      'A Cỡ chữ mặc định',
      'A+ Tăng cỡ chữ',
    ]);

    // The reader's size still changes.
    const body = doc.querySelector('bantin-article p')!;
    const before = parseFloat(win.getComputedStyle(body).fontSize);
    await scalerHarness(toolbarHarness(toolbar).scaler).increase();
    expect(parseFloat(win.getComputedStyle(body).fontSize) / before).to.be.closeTo(1.1, 0.01);

    const chunkWarnings = win.recorded.warnings.filter((m) => m.includes('chunks/'));
    expect(chunkWarnings, chunkWarnings.join('\n')).to.have.length(1);
    expect(chunkWarnings[0]).to.match(/^<bantin-[a-z-]+> chunks\/: /);
    expect(win.recorded.errors, win.recorded.errors.join('\n')).to.deep.equal([]);
  });
});
