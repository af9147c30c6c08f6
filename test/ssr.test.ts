// The fixtures install Lit's hydration support, which must load before Lit itself.
import {
  csrFixture,
  ssrHydratedFixture,
  ssrNonHydratedFixture,
  cleanupFixtures,
} from '@lit-labs/testing/fixtures.js';
import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
// Defines the elements in this page too: the SSR fixtures import the modules only on the server.
import '../src/bantin.js';
import type { BantinArticle, BantinFigure, BantinFontScaler, BantinToolbar } from '../src/index.js';
import { articleHarness } from './harness/article.js';
import { figureHarness } from './harness/figure.js';
import { scalerHarness } from './harness/font-scaler.js';
import { toolbarHarness } from './harness/toolbar.js';

const modules = ['../src/bantin.ts'];
const KEY = 'bantin:font-scale';

const page = html`<div>
  <bantin-font-scaler></bantin-font-scaler>
  <bantin-article>
    <h1 slot="title">Trao bằng khen cho tập thể</h1>
    <p>Đoạn văn</p>
    <bantin-figure src="/demo/images/le-trao-bang-khen.svg" alt="Hình" width="1200" height="675">
      <span slot="caption">Quang cảnh buổi lễ</span>
    </bantin-figure>
  </bantin-article>
</div>`;

/**
 * The SSR fixture hydrates only the first deferred element; a page hydrates every
 * element its server rendered, so the rest are released here, outermost first.
 */
async function hydrateRest(root: Element): Promise<void> {
  for (const element of root.querySelectorAll<BantinFontScaler>('[defer-hydration]')) {
    element.removeAttribute('defer-hydration');
    await element.updateComplete;
  }
}

async function renderPage(fixture: typeof csrFixture, hydrated: boolean) {
  const root = await fixture<HTMLElement>(page, { modules });
  if (hydrated) await hydrateRest(root);
  const scaler = root.querySelector<BantinFontScaler>('bantin-font-scaler')!;
  const article = root.querySelector<BantinArticle>('bantin-article')!;
  const figure = root.querySelector<BantinFigure>('bantin-figure')!;
  return { root, scaler, article, figure };
}

const modes = [
  { name: 'client-rendered', fixture: csrFixture, hydrated: true },
  { name: 'server-rendered, not hydrated', fixture: ssrNonHydratedFixture, hydrated: false },
  { name: 'server-rendered and hydrated', fixture: ssrHydratedFixture, hydrated: true },
];

describe('server rendering', () => {
  afterEach(() => cleanupFixtures());

  for (const { name, fixture, hydrated } of modes) {
    describe(name, () => {
      it('shows the three scaler buttons with their names, reset unavailable at 100 %', async () => {
        const scaler = scalerHarness((await renderPage(fixture, hydrated)).scaler);
        expect(scaler.buttonNames).to.deep.equal(['A− Giảm cỡ chữ', 'A Cỡ chữ mặc định', 'A+ Tăng cỡ chữ']);
        expect(scaler.isUnavailable(scaler.buttonNamed('Cỡ chữ mặc định'))).to.equal(true);
        expect(scaler.isUnavailable(scaler.buttonNamed('Tăng cỡ chữ'))).to.equal(false);
      });

      it('gives the article the article role and the headline in its light DOM', async () => {
        const { article } = await renderPage(fixture, hydrated);
        expect(article.getAttribute('role')).to.equal('article');
        expect(article.querySelector('h1')!.textContent).to.equal('Trao bằng khen cho tập thể');
      });

      it('shows the toolbar date as a <time> in Vietnamese', async () => {
        const toolbar = toolbarHarness(
          await fixture<BantinToolbar>(html`<bantin-toolbar date="2023-05-23"></bantin-toolbar>`, {
            modules,
          }),
        );
        expect(toolbar.time!.getAttribute('datetime')).to.equal('2023-05-23');
        expect(toolbar.dateText).to.equal('Ngày đăng: 23/05/2023');
        expect(toolbar.scalerHarness.buttonNames, 'the nested scaler').to.have.length(3);
      });

      if (!hydrated) return;

      it('names the article by its headline', async () => {
        const article = articleHarness((await renderPage(fixture, hydrated)).article);
        expect(article.nameElement, 'aria-labelledby points at the headline').to.equal(article.title);
        expect(article.name).to.equal('Trao bằng khen cho tập thể');
      });

      it('names the figure by its slotted caption', async () => {
        const figure = figureHarness((await renderPage(fixture, hydrated)).figure);
        expect(figure.nameElement, 'aria-labelledby points at the caption').to.equal(figure.part('caption'));
        expect(figure.captionText).to.equal('Quang cảnh buổi lễ');
      });

      it('speaks the language of the page inside lang="en"', async () => {
        const root = await fixture<HTMLElement>(
          html`<div lang="en"><bantin-toolbar date="2023-05-23"></bantin-toolbar></div>`,
          { modules },
        );
        await hydrateRest(root);
        const toolbar = toolbarHarness(root.querySelector('bantin-toolbar')!);
        await toolbar.element.updateComplete;
        await toolbar.scaler.updateComplete;
        expect(toolbar.dateText).to.equal('Published: 23 May 2023');
        expect(toolbar.bar.getAttribute('aria-label')).to.equal('Article tools');
        expect(toolbar.scalerHarness.buttonNames).to.deep.equal([
          'A− Decrease text size',
          'A Default text size',
          'A+ Increase text size',
        ]);
      });

      it('restores the stored 150 % with the right button states', async () => {
        localStorage.setItem(KEY, '1.5');
        const rendered = await renderPage(fixture, hydrated);
        await rendered.scaler.updateComplete;
        const scaler = scalerHarness(rendered.scaler);
        expect(rendered.scaler.value).to.equal(1.5);
        expect(articleHarness(rendered.article).fontPx()).to.be.closeTo(27, 0.01);
        expect(scaler.isUnavailable(scaler.resetButton), 'reset').to.equal(false);
        expect(scaler.isUnavailable(scaler.increaseButton), 'increase').to.equal(false);
        expect(scaler.announcement, 'nothing announced on load').to.equal('');
      });

      it('scales the article and announces it when the reader presses "Tăng cỡ chữ"', async () => {
        const rendered = await renderPage(fixture, hydrated);
        const scaler = scalerHarness(rendered.scaler);
        const changed = oneEvent(rendered.scaler, 'bantin-font-scale-change');
        await scaler.increase();
        expect((await changed).detail.scale).to.equal(1.1);
        expect(articleHarness(rendered.article).fontPx()).to.be.closeTo(19.8, 0.01);
        expect(scaler.announcement).to.equal('Cỡ chữ 110%');
        expect(scaler.isUnavailable(scaler.resetButton)).to.equal(false);
      });

      it('keeps the buttons 44 px targets (styles in effect)', async () => {
        const scaler = scalerHarness((await renderPage(fixture, hydrated)).scaler);
        for (const button of scaler.buttons) {
          expect(button.getBoundingClientRect().height).to.be.at.least(44);
        }
      });
    });
  }
});
