import { oneEvent, waitUntil } from '@open-wc/testing';
import type { BantinToolbar } from '../../src/index.js';
import type { BantinReadingChangeDetail } from '../../src/toolbar/toolbar.js';
import { readable } from './text.js';

/** What a reader finds behind a toolbar's "Hiển thị" button: the panel and its radio groups. */
export class DisplayHarness {
  constructor(readonly element: BantinToolbar) {}

  get button(): HTMLButtonElement {
    return this.element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="display"]')!;
  }

  get panel(): HTMLElement | null {
    return this.element.shadowRoot!.querySelector<HTMLElement>('[part~="display-panel"]');
  }

  /** Each group: its legend and its radios' names. */
  get groups(): { legend: string; options: string[] }[] {
    return [...(this.panel?.querySelectorAll('fieldset') ?? [])].map((fieldset) => ({
      legend: readable(fieldset.querySelector('legend')),
      options: [...fieldset.querySelectorAll('label')].map((label) => readable(label)),
    }));
  }

  /** The radio named `name` in the group whose legend is `legend`. */
  radio(legend: string, name: string): HTMLInputElement {
    const fieldset = [...(this.panel?.querySelectorAll('fieldset') ?? [])].find(
      (candidate) => readable(candidate.querySelector('legend')) === legend,
    );
    const label = [...(fieldset?.querySelectorAll('label') ?? [])].find(
      (candidate) => readable(candidate) === name,
    );
    const radio = label?.querySelector('input');
    if (!radio) throw new Error(`no radio "${name}" in the group "${legend}"`);
    return radio;
  }

  /** The names of the checked radios, group by group. */
  get checked(): string[] {
    return [...(this.panel?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map((input) =>
      readable(input.closest('label')),
    );
  }

  async open(): Promise<HTMLElement> {
    if (!this.panel) this.button.click();
    await waitUntil(() => this.panel, 'the display panel did not open');
    return this.panel!;
  }

  /** Clicks a radio as a reader would; resolves with the event's detail. */
  async choose(legend: string, name: string): Promise<BantinReadingChangeDetail> {
    await this.open();
    const changed = oneEvent(this.element, 'bantin-reading-change');
    this.radio(legend, name).click();
    return ((await changed) as CustomEvent<BantinReadingChangeDetail>).detail;
  }
}

export const displayHarness = (element: BantinToolbar) => new DisplayHarness(element);
