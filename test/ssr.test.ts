// The fixtures install Lit's hydration support, which must load before Lit itself.
import {
  csrFixture,
  ssrHydratedFixture,
  ssrNonHydratedFixture,
  cleanupFixtures,
} from '@lit-labs/testing/fixtures.js';
import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import type { BantinArticle, BantinFigure, BantinFontScaler, BantinToolbar } from '../src/index.js';
import { fontPx, liveRegionText, shadowButtons } from './helpers.js';

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

function button(scaler: Element, part: 'decrease' | 'reset' | 'increase'): HTMLButtonElement {
  return scaler.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
}

const modes = [
  { name: 'client-rendered', fixture: csrFixture, hydrated: true },
  { name: 'server-rendered, not hydrated', fixture: ssrNonHydratedFixture, hydrated: false },
  { name: 'server-rendered and hydrated', fixture: ssrHydratedFixture, hydrated: true },
];

describe('server rendering', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    cleanupFixtures();
    localStorage.clear();
  });

  for (const { name, fixture, hydrated } of modes) {
    describe(name, () => {
      it('shows the three scaler buttons with their names, reset unavailable at 100 %', async () => {
        const { scaler } = await renderPage(fixture, hydrated);
        const names = shadowButtons(scaler).map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
        expect(names).to.deep.equal(['A− Giảm cỡ chữ', 'A Cỡ chữ mặc định', 'A+ Tăng cỡ chữ']);
        expect(button(scaler, 'reset').getAttribute('aria-disabled')).to.equal('true');
        expect(button(scaler, 'increase').getAttribute('aria-disabled')).to.equal('false');
      });

      it('gives the article the article role and the headline in its light DOM', async () => {
        const { article } = await renderPage(fixture, hydrated);
        expect(article.getAttribute('role')).to.equal('article');
        expect(article.querySelector('h1')!.textContent).to.equal('Trao bằng khen cho tập thể');
      });

      it('shows the toolbar date as a <time> in Vietnamese', async () => {
        const toolbar = await fixture<BantinToolbar>(
          html`<bantin-toolbar date="2023-05-23"></bantin-toolbar>`,
          { modules },
        );
        const time = toolbar.shadowRoot!.querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal('2023-05-23');
        expect(time.textContent!.trim()).to.equal('23/05/2023');
        expect(toolbar.shadowRoot!.querySelector('bantin-font-scaler')!.shadowRoot, 'nested scaler').to.exist;
      });

      if (!hydrated) return;

      it('names the article by its headline', async () => {
        const { article } = await renderPage(fixture, hydrated);
        const id = article.getAttribute('aria-labelledby');
        expect(id, 'aria-labelledby').to.be.a('string');
        expect(document.getElementById(id!)!.textContent).to.equal('Trao bằng khen cho tập thể');
      });

      it('names the figure by its slotted caption', async () => {
        const { figure } = await renderPage(fixture, hydrated);
        const frame = figure.shadowRoot!.querySelector('figure')!;
        const caption = figure.shadowRoot!.getElementById(frame.getAttribute('aria-labelledby') ?? '');
        expect(caption?.hidden, 'caption hidden').to.equal(false);
        expect(
          caption
            ?.querySelector('slot')!
            .assignedNodes()
            .map((n) => n.textContent)
            .join(''),
        ).to.equal('Quang cảnh buổi lễ');
      });

      it('restores the stored 150 % with the right button states', async () => {
        localStorage.setItem(KEY, '1.5');
        const { scaler, article } = await renderPage(fixture, hydrated);
        await scaler.updateComplete;
        expect(scaler.value).to.equal(1.5);
        expect(fontPx(article.querySelector('p')!)).to.be.closeTo(27, 0.01);
        expect(button(scaler, 'reset').getAttribute('aria-disabled')).to.equal('false');
        expect(button(scaler, 'increase').getAttribute('aria-disabled')).to.equal('false');
        expect(liveRegionText(scaler), 'nothing announced on load').to.equal('');
      });

      it('scales the article and announces it when the reader presses "Tăng cỡ chữ"', async () => {
        const { scaler, article } = await renderPage(fixture, hydrated);
        const changed = oneEvent(scaler, 'bantin-font-scale-change');
        button(scaler, 'increase').click();
        expect((await changed).detail.scale).to.equal(1.1);
        await scaler.updateComplete;
        expect(fontPx(article.querySelector('p')!)).to.be.closeTo(19.8, 0.01);
        expect(liveRegionText(scaler)).to.equal('Cỡ chữ 110%');
        expect(button(scaler, 'reset').getAttribute('aria-disabled')).to.equal('false');
      });

      it('keeps the buttons 44 px targets (styles in effect)', async () => {
        const { scaler } = await renderPage(fixture, hydrated);
        for (const b of shadowButtons(scaler)) {
          expect(b.getBoundingClientRect().height).to.be.at.least(44);
        }
      });
    });
  }
});
