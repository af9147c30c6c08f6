import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import '../src/bantin.js';
import { RovingTabindexController } from '../src/internal/roving-tabindex-controller.js';
import { named } from './harness/text.js';
import { deepActiveElement, press } from './helpers.js';

/** A minimal toolbar of its own, to show the controller works outside bantin's toolbar. */
class RovingTestBar extends LitElement {
  readonly roving = new RovingTabindexController(this, {
    items: () => [...this.renderRoot.querySelectorAll('button'), ...this.querySelectorAll('a')],
  });

  protected override render() {
    return html`<div role="toolbar" aria-label="Thử">
      <button>Một</button><button disabled>Tắt</button><button>Hai</button><button hidden>Ẩn</button
      ><button>Ba</button><slot></slot>
    </div>`;
  }
}
customElements.define('roving-test-bar', RovingTestBar);

function focusedText(): string {
  return deepActiveElement()?.textContent?.trim() ?? '';
}

function tabStops(bar: RovingTestBar): string[] {
  return bar.roving.items.filter((item) => item.tabIndex === 0).map((item) => item.textContent!.trim());
}

describe('RovingTabindexController (WAI-ARIA APG toolbar)', () => {
  async function bar() {
    const before = await fixture<HTMLElement>(fixtureHtml`<div>
      <button>Trước</button>
      <roving-test-bar><a href="#lien-ket">Liên kết</a></roving-test-bar>
      <button>Sau</button>
    </div>`);
    const element = before.querySelector<RovingTestBar>('roving-test-bar')!;
    await element.updateComplete;
    before.querySelector('button')!.focus();
    return element;
  }

  it('makes the group one tab stop: its first control', async () => {
    const element = await bar();
    expect(tabStops(element)).to.deep.equal(['Một']);
    await press('Tab');
    expect(focusedText()).to.equal('Một');
    await press('Tab');
    expect(focusedText(), 'Tab leaves the group').to.equal('Sau');
  });

  it('moves with the arrow keys, skipping disabled and hidden controls, wrapping at the ends', async () => {
    await bar();
    await press('Tab');
    const visited = [];
    for (let i = 0; i < 4; i++) {
      await press('ArrowRight');
      visited.push(focusedText());
    }
    expect(visited).to.deep.equal(['Hai', 'Ba', 'Liên kết', 'Một']);
    await press('ArrowLeft');
    expect(focusedText()).to.equal('Liên kết');
    await press('Home');
    expect(focusedText()).to.equal('Một');
    await press('End');
    expect(focusedText()).to.equal('Liên kết');
  });

  it('returns Tab to the control the reader left', async () => {
    const element = await bar();
    await press('Tab');
    await press('ArrowRight');
    await press('Tab');
    expect(focusedText()).to.equal('Sau');
    await press('Shift', 'Tab');
    expect(focusedText()).to.equal('Hai');
    expect(tabStops(element)).to.deep.equal(['Hai']);
  });

  it('takes a clicked control as the current one', async () => {
    const element = await bar();
    named(element.shadowRoot!.querySelectorAll('button'), 'Ba', 'button').click();
    expect(tabStops(element)).to.deep.equal(['Ba']);
  });
});

describe('<bantin-font-scaler> controls', () => {
  it('lists the three buttons, decrease, reset and increase, for a container to manage', async () => {
    const scaler = await fixture<HTMLElement & { controls: HTMLButtonElement[] }>(
      fixtureHtml`<bantin-font-scaler></bantin-font-scaler>`,
    );
    expect(scaler.controls.map((button) => button.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'A− Giảm cỡ chữ',
      'A Cỡ chữ mặc định',
      'A+ Tăng cỡ chữ',
    ]);
    expect(scaler.controls.every((button) => button.getRootNode() === scaler.shadowRoot)).to.equal(true);
  });

  it('is empty before the scaler has rendered', () => {
    const scaler = document.createElement('bantin-font-scaler');
    expect(scaler.controls).to.deep.equal([]);
  });
});
