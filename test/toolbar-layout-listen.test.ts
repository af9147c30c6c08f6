import { expect } from '@open-wc/testing';
import '../src/bantin.js';
import { FakeSpeech, installSpeech, vietnameseVoice } from './fake-speech.js';
import { mountToolbar } from './harness/fixtures.js';

/**
 * Where the browser has a Vietnamese voice the toolbar holds seven controls. A phone is
 * 320 px wide; a desktop browser zoomed to 400 % (WCAG 1.4.10 reflow) is 320 CSS px
 * with a classic scrollbar taking about 15 of them.
 */
describe('<bantin-toolbar> with the listen button on a phone', () => {
  let restore: () => void;
  beforeEach(() => ({ restore } = installSpeech(new FakeSpeech([vietnameseVoice]))));
  afterEach(() => restore());

  for (const width of [320, 305]) {
    it(`keeps the date and seven controls in two rows, at most 100 px, at ${width} px`, async () => {
      const ui = await mountToolbar(`
        <div style="width: ${width}px">
          <bantin-toolbar date="23/05/2023"></bantin-toolbar>
          <bantin-article><h1 slot="title">Tiêu đề</h1><p>Nội dung</p></bantin-article>
        </div>`);
      const toolbar = ui.element;
      await ui.listenOffered();
      await ui.rendered();
      const controls = [...ui.scalerHarness.buttons, ...ui.ownButtons];
      expect(controls).to.have.length(7);
      const rows = new Set(controls.map((control) => Math.round(control.getBoundingClientRect().top)));
      expect(rows.size, 'rows of controls').to.equal(1);
      expect(toolbar.getBoundingClientRect().height).to.be.at.most(100);
      // The toolbar's own icons give up a little width rather than wrap: at least 36 px
      // (WCAG 2.5.8 asks for 24), the scaler's three keep 44 px.
      const widths = controls.map((control) => control.getBoundingClientRect().width);
      console.log(`seven controls at ${width} px: ${widths.map((w) => w.toFixed(1)).join(', ')} px wide`);
      for (const control of controls) expect(control.getBoundingClientRect().width).to.be.at.least(36);
      for (const control of controls) expect(control.getBoundingClientRect().height).to.be.at.least(44);
    });
  }
});
