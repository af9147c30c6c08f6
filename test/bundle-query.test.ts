import { expect, waitUntil } from '@open-wc/testing';
import type { BantinArticle, BantinToolbar } from '../src/index.js';
import { scalerHarness } from './harness/font-scaler.js';
import { toolbarHarness } from './harness/toolbar.js';
import { openFrame } from './demo-frame.js';

type Recorded = { warnings: string[]; errors: string[] };

// Portals version their scripts with a query (bantin.bundle.js?v=20240312). The chunks
// must not fetch and run the bundle a second time under its plain URL.
describe('bantin.bundle.js loaded with a cache-busting query', () => {
  it('is fetched once, defines each element once, and its chunks work', async function () {
    this.timeout(60000);
    const { win: frameWindow, doc } = await openFrame('/test/fixtures/bundle-query.html');
    const win = frameWindow as typeof frameWindow & { recorded: Recorded };
    await waitUntil(() => win.customElements.get('bantin-toolbar'), 'the bundle did not load', {
      timeout: 20000,
    });
    const toolbar = doc.querySelector('bantin-toolbar') as BantinToolbar;
    const article = doc.querySelector('bantin-article') as BantinArticle;
    await toolbar.updateComplete;

    // The portal markup scales: the intake chunk ran.
    const paragraph = doc.querySelector('#noidung p')!;
    await scalerHarness(toolbarHarness(toolbar).scaler).increase();
    await waitUntil(
      () => Math.abs(parseFloat(win.getComputedStyle(paragraph).fontSize) - 16.5) < 0.05,
      `the portal paragraph stayed at ${win.getComputedStyle(paragraph).fontSize}`,
      { timeout: 10000 },
    );
    // CMS content: the content chunk ran.
    article.content = '<p>a) Thứ nhất;</p><p>b) Thứ hai.</p>';
    await article.contentReady;
    expect(article.querySelectorAll('ol > li')).to.have.length(2);

    const bundleLoads = win.performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('/bantin.bundle.js'));
    expect(
      bundleLoads.map((entry) => entry.name),
      'requests for the bundle',
    ).to.have.length(1);
    const twice = win.recorded.warnings.filter((message) => message.includes('already defined'));
    expect(twice, twice.join('\n')).to.deep.equal([]);
    expect(win.recorded.errors, win.recorded.errors.join('\n')).to.deep.equal([]);
  });
});
