import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/bantin.js';
import { FakeSpeech, installSpeech, vietnameseVoice } from './fake-speech.js';

/**
 * Where the browser has a Vietnamese voice the toolbar holds six controls. A phone is
 * 320 px wide; a desktop browser zoomed to 400 % (WCAG 1.4.10 reflow) is 320 CSS px
 * with a classic scrollbar taking about 15 of them.
 */
describe('<bantin-toolbar> with the listen button on a phone', () => {
  let restore: () => void;
  beforeEach(() => ({ restore } = installSpeech(new FakeSpeech([vietnameseVoice]))));
  afterEach(() => restore());

  for (const width of [320, 305]) {
    it(`keeps the date and six controls in two rows, at most 100 px, at ${width} px`, async () => {
      const root = await fixture<HTMLElement>(`
        <div style="width: ${width}px">
          <bantin-toolbar date="23/05/2023"></bantin-toolbar>
          <bantin-article><h1 slot="title">Tiêu đề</h1><p>Nội dung</p></bantin-article>
        </div>`);
      const toolbar = root.querySelector('bantin-toolbar')!;
      await waitUntil(() => toolbar.shadowRoot!.querySelector('[part~="listen"]'), 'no listen button');
      const scaler = toolbar.shadowRoot!.querySelector('bantin-font-scaler')!;
      await scaler.updateComplete;
      const controls = [
        ...scaler.shadowRoot!.querySelectorAll('button'),
        ...toolbar.shadowRoot!.querySelectorAll('[role="toolbar"] > button'),
      ];
      expect(controls).to.have.length(6);
      const rows = new Set(controls.map((control) => Math.round(control.getBoundingClientRect().top)));
      expect(rows.size, 'rows of controls').to.equal(1);
      expect(toolbar.getBoundingClientRect().height).to.be.at.most(100);
      for (const control of controls) expect(control.getBoundingClientRect().width).to.be.at.least(44);
    });
  }
});
