import { waitUntil } from '@open-wc/testing';
import type { BantinFontScaler, BantinToolbar } from '../../src/index.js';
import { FontScalerHarness } from './font-scaler.js';
import { named, readable } from './text.js';

/** What a reader finds in a `<bantin-toolbar>`: its controls in order, its date, what it says. */
export class ToolbarHarness {
  constructor(readonly element: BantinToolbar) {}

  /** The `role="toolbar"` group. */
  get bar(): HTMLElement {
    return this.element.shadowRoot!.querySelector<HTMLElement>('[part~="toolbar"]')!;
  }

  get scaler(): BantinFontScaler {
    return this.element.shadowRoot!.querySelector('bantin-font-scaler')!;
  }

  /** The toolbar's scaler, through its own harness. */
  get scalerHarness(): FontScalerHarness {
    return new FontScalerHarness(this.scaler);
  }

  /** Every control in the arrow-key order: the scaler's, the toolbar's own, then the portal's. */
  get controls(): HTMLElement[] {
    const own = [...this.bar.querySelectorAll<HTMLElement>(':scope > button')];
    const slotted = this.bar
      .querySelector('slot')!
      .assignedElements({ flatten: true })
      .flatMap((element) =>
        element.matches('button, a[href]')
          ? [element as HTMLElement]
          : [...element.querySelectorAll<HTMLElement>('button, a[href]')],
      );
    return [...this.scaler.controls, ...own, ...slotted];
  }

  /** The toolbar's own buttons ("In bài viết", "Chia sẻ"). */
  get ownButtons(): HTMLButtonElement[] {
    return [...this.bar.querySelectorAll<HTMLButtonElement>(':scope > button')];
  }

  /** The element of the toolbar's shadow root with `part` `name`, or null. */
  part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
  }

  /** Waits until the toolbar and its scaler have rendered. */
  async rendered(): Promise<void> {
    await this.element.updateComplete;
    await this.scaler.updateComplete;
    await this.element.updateComplete;
  }

  /** The "Nghe đọc bài" button, or null where the browser has no voice for the article. */
  get listenButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('listen');
  }

  /** Waits until the toolbar offers listening (its voice check is asynchronous). */
  async listenOffered(timeout?: number): Promise<HTMLButtonElement> {
    await waitUntil(() => this.listenButton, 'no listen button', timeout ? { timeout } : undefined);
    return this.listenButton!;
  }

  /** The address shown when copying the link failed, with its field and "Đóng". */
  get feedback(): HTMLElement | null {
    return this.part('feedback');
  }

  /** The element that shows the date (a `<time>` of its own or the portal's, slotted). */
  get dateLine(): HTMLElement | null {
    return this.part('date');
  }

  /** The control whose name is `name`, wherever it lives. */
  controlNamed(name: string): HTMLElement {
    return named(this.controls, name, 'toolbar control');
  }

  get printButton(): HTMLButtonElement | null {
    return this.element.shadowRoot!.querySelector('[part~="print"]');
  }

  get shareButton(): HTMLButtonElement | null {
    return this.element.shadowRoot!.querySelector('[part~="share"]');
  }

  /** The date line as read ("Ngày đăng: 23/05/2023"), or "" without a date. */
  get dateText(): string {
    return readable(this.element.shadowRoot!.querySelector('[part~="date"]'));
  }

  /** The `<time>` the date is shown in, rendered by the toolbar or slotted by the page. */
  get time(): HTMLTimeElement | null {
    return this.element.shadowRoot!.querySelector('time') ?? this.element.querySelector('time');
  }

  /** What the toolbar's polite live region says now. */
  get announcement(): string {
    return readable(this.element.shadowRoot!.querySelector('[part~="status"]'));
  }

  /** The controls that are the toolbar's tab stop (one, in the APG toolbar pattern). */
  get tabStops(): HTMLElement[] {
    return this.controls.filter((control) => control.tabIndex === 0);
  }
}

export function toolbarHarness(element: BantinToolbar): ToolbarHarness {
  return new ToolbarHarness(element);
}
