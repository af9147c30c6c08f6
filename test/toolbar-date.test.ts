import { expect } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinToolbar } from '../src/index.js';
import { captureWarnings } from './helpers.js';
import { mountToolbar } from './harness/fixtures.js';
import { toolbarHarness } from './harness/toolbar.js';

async function toolbar(markup: string): Promise<BantinToolbar> {
  return (await mountToolbar(markup)).element;
}

/** What the reader sees as the date: the shadow <time> or the portal's own, slotted. */
function shownDate(element: BantinToolbar): string {
  const date = toolbarHarness(element).dateLine;
  if (!date || date.hidden || date.getBoundingClientRect().height === 0) return '';
  const own = date.querySelector('time');
  if (own) return own.textContent!.trim();
  const slotted = date.querySelector('slot')?.assignedElements() ?? [];
  return slotted.map((element) => element.textContent!.trim()).join('');
}

describe('<bantin-toolbar> date', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('shows the portal’s own <time> child as the date, with its label', async () => {
    const element = await toolbar(
      '<bantin-toolbar><time datetime="2023-05-23">23/05/2023</time></bantin-toolbar>',
    );
    expect(element.querySelector('time')!.slot).to.equal('date');
    expect(shownDate(element)).to.equal('23/05/2023');
    expect(toolbarHarness(element).dateLine!.textContent).to.contain('Ngày đăng');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('lets the `date` attribute win over a <time> child, as before', async () => {
    const element = await toolbar(
      '<bantin-toolbar date="2024-01-02"><time datetime="2023-05-23">23/05/2023</time></bantin-toolbar>',
    );
    expect(shownDate(element)).to.equal('02/01/2024');
  });

  it('falls back to the <time> child when the attribute is removed, without a word', async () => {
    const element = await toolbar(
      '<bantin-toolbar date="2024-01-02"><time datetime="2023-05-23">23/05/2023</time></bantin-toolbar>',
    );
    element.removeAttribute('date');
    await element.updateComplete;
    expect(shownDate(element)).to.equal('23/05/2023');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows no date, and throws nothing, when the only date is removed', async () => {
    const element = await toolbar('<bantin-toolbar date="2023-05-23"></bantin-toolbar>');
    element.removeAttribute('date');
    await element.updateComplete;
    expect(shownDate(element)).to.equal('');
    expect(toolbarHarness(element).bar.getAttribute('role')).to.equal('toolbar');
  });

  it('takes a Date object', async () => {
    const element = await toolbar('<bantin-toolbar></bantin-toolbar>');
    element.date = new Date(Date.UTC(2023, 4, 23));
    await element.updateComplete;
    expect(toolbarHarness(element).time!.dateTime).to.equal('2023-05-23');
    expect(shownDate(element)).to.equal('23/05/2023');
  });

  it('warns about a number and keeps a working toolbar', async () => {
    const element = await toolbar('<bantin-toolbar></bantin-toolbar>');
    (element as unknown as { date: unknown }).date = 20230523;
    await element.updateComplete;
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(/^<bantin-toolbar> date: /);
    expect(shownDate(element)).to.equal('');
    // Print and share still there (listen joins them where the browser has a voice).
    expect(toolbarHarness(element).printButton).to.exist;
    expect(toolbarHarness(element).shareButton).to.exist;
  });

  it('warns about a <time> child whose datetime is not a date', async () => {
    await toolbar('<bantin-toolbar><time datetime="hôm qua">hôm qua</time></bantin-toolbar>');
    expect(warnings.messages.some((m) => m.startsWith('<bantin-toolbar> date: '))).to.be.true;
  });
});
