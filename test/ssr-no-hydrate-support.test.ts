import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import '../src/bantin.js';
import type { BantinFontScaler } from '../src/index.js';
import { scalerHarness } from './harness/font-scaler.js';

/**
 * A page that serves server-rendered bantin but forgot Lit's hydration support: the
 * elements cannot take the server's DOM over, so they render their chrome afresh
 * instead of adding a second copy beside it.
 */
describe('server output on a page without lit-element-hydrate-support', () => {
  const supported = 'setHTMLUnsafe' in Element.prototype;

  (supported ? it : it.skip)('renders the scaler once, and it works', async () => {
    const markup = await executeServerCommand<string, unknown>('lit-ssr-render', {
      template: html`<bantin-font-scaler></bantin-font-scaler>`,
      modules: ['/src/bantin.ts'],
    });
    const container = await fixture<HTMLElement>(fixtureHtml`<div></div>`);
    (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
    const element = container.querySelector<BantinFontScaler>('bantin-font-scaler')!;
    // Firefox upgrades what setHTMLUnsafe inserted only later; the page's own parser would not wait.
    customElements.upgrade(element);
    element.removeAttribute('defer-hydration');
    await element.updateComplete;
    const scaler = scalerHarness(element);
    expect(scaler.buttonNames).to.deep.equal(['A− Giảm cỡ chữ', 'A Cỡ chữ mặc định', 'A+ Tăng cỡ chữ']);
    expect(element.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(1);
    await scaler.increase();
    expect(element.value).to.equal(1.1);
    expect(scaler.announcement).to.equal('Cỡ chữ 110%');
  });
});
