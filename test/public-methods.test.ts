// Public methods are safe in every state: on an element never connected, connected
// but not yet rendered, removed, or living in another document. And the enlarge
// dialog opens only when the reader or `enlarge()` asks.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/bantin.js';
import type { BantinFigure, BantinFontScaler } from '../src/index.js';
import { captureWarnings, clearStoredScale, trapErrors } from './helpers.js';
import { figureHarness } from './harness/figure.js';
import { scalerHarness } from './harness/font-scaler.js';

const IMAGE = '/demo/images/le-trao-bang-khen.svg';

/** A macrotask later, so that unhandled rejections have been reported. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

type State =
  | 'never connected'
  | 'connected, not yet rendered'
  | 'removed after rendering'
  | 'in a document without a window';

/** Puts an element in a state and calls its methods there, before anything else can happen to it. */
async function inState<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  markup: string,
  state: State,
  act: (element: T) => void,
): Promise<T> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const element = holder.firstElementChild as T;
  if (state === 'connected, not yet rendered') {
    document.body.append(element);
  } else if (state === 'removed after rendering') {
    document.body.append(element);
    await element.updateComplete;
    element.remove();
  } else if (state === 'in a document without a window') {
    document.implementation.createHTMLDocument('').body.append(element);
  }
  act(element);
  return element;
}

const states: State[] = [
  'never connected',
  'connected, not yet rendered',
  'removed after rendering',
  'in a document without a window',
];

describe('public methods in every state', () => {
  let errors: ReturnType<typeof trapErrors>;
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clearStoredScale();
    errors = trapErrors();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    errors.restore();
    document.querySelectorAll('body > bantin-figure, body > bantin-font-scaler').forEach((e) => e.remove());
    clearStoredScale();
  });

  for (const state of states) {
    it(`<bantin-figure>.enlarge() ${state}: no error, no dialog`, async () => {
      let thrown: unknown;
      const figure = await inState<BantinFigure>(
        `<bantin-figure enlargeable src="${IMAGE}" alt="Hình" width="12" height="8"></bantin-figure>`,
        state,
        (element) => {
          try {
            element.enlarge();
          } catch (error) {
            thrown = error;
          }
        },
      );
      if (figure.isConnected) await figure.updateComplete;
      await nextTask();
      expect(thrown).to.be.undefined;
      expect(errors.errors).to.deep.equal([]);
      expect(!!figureHarness(figure).dialog?.open, 'a dialog opened').to.be.false;
      figure.remove();
    });

    it(`<bantin-font-scaler> increase(), decrease(), reset() ${state}: no error, and it works once connected`, async () => {
      let thrown: unknown;
      const scaler = await inState<BantinFontScaler>(
        '<bantin-font-scaler></bantin-font-scaler>',
        state,
        (element) => {
          try {
            element.increase();
            element.increase();
            element.decrease();
            element.reset();
            element.increase();
          } catch (error) {
            thrown = error;
          }
        },
      );
      await nextTask();
      expect(thrown).to.be.undefined;
      expect(errors.errors).to.deep.equal([]);
      document.body.append(scaler);
      await scaler.updateComplete;
      const before = scaler.value;
      scaler.increase();
      await scaler.updateComplete;
      expect(scaler.value).to.be.above(before);
      expect(scalerHarness(scaler).buttons).to.have.length(3);
      scaler.remove();
    });
  }

  it('enlarge() on a figure removed while its dialog opens: no error, and it opens again when put back and asked', async () => {
    const figure = await fixture<BantinFigure>(
      html`<bantin-figure enlargeable src=${IMAGE} alt="Hình" width="12" height="8"></bantin-figure>`,
    );
    const parent = figure.parentElement!;
    figure.enlarge();
    figure.remove();
    await figure.updateComplete;
    await nextTask();
    expect(errors.errors).to.deep.equal([]);
    parent.append(figure);
    await figure.updateComplete;
    expect(!!figureHarness(figure).dialog, 'a dialog came back by itself').to.be.false;
    figure.enlarge();
    await figure.updateComplete;
    expect(figureHarness(figure).dialog!.matches(':modal')).to.be.true;
    figureHarness(figure).dialog!.close();
  });

  it('a dialog closed by script stays closed through later updates', async () => {
    const figure = await fixture<BantinFigure>(
      html`<bantin-figure enlargeable src=${IMAGE} alt="Hình" width="12" height="8"></bantin-figure>`,
    );
    figure.enlarge();
    await figure.updateComplete;
    const dialog = figureHarness(figure).dialog!;
    expect(dialog.open).to.be.true;
    // Closed, and before the close event is handled, the figure updates.
    const closed = oneEvent(dialog, 'close');
    dialog.close();
    figure.caption = 'Chú thích mới';
    await figure.updateComplete;
    expect(dialog.open, 'reopened by an update').to.be.false;
    await closed;
    await figure.updateComplete;
    expect(!!figureHarness(figure).dialog?.open).to.be.false;
    expect(errors.errors).to.deep.equal([]);
  });
});
