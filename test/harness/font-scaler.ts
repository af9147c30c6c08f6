import type { BantinFontScaler } from '../../src/index.js';
import { named, readable } from './text.js';

/**
 * What a reader (or a test) does with a `<bantin-font-scaler>`: press its buttons, hear
 * its announcement, see which buttons say they are unavailable. Tests speak in these
 * words instead of `querySelectorAll('button')[2]`.
 */
export class FontScalerHarness {
  constructor(readonly element: BantinFontScaler) {}

  /**
   * The buttons, in order: "Giảm cỡ chữ", "Cỡ chữ mặc định", "Tăng cỡ chữ". Before a
   * server-rendered scaler hydrates, its code is not running: read its markup.
   */
  get buttons(): HTMLButtonElement[] {
    if (this.element.hasUpdated) return this.element.controls;
    return [...(this.element.shadowRoot?.querySelectorAll('button') ?? [])];
  }

  /** Each button's visible text, glyph included (it is also its accessible name). */
  get buttonNames(): string[] {
    return this.buttons.map((button) => readable(button));
  }

  /** The button whose name is `name` ("Tăng cỡ chữ" finds "A+ Tăng cỡ chữ"). */
  buttonNamed(name: string): HTMLButtonElement {
    return named(this.buttons, name, 'scaler button');
  }

  /** The `role="group"` named "Cỡ chữ" that holds the buttons. */
  get group(): HTMLElement {
    return this.#part('base');
  }

  get decreaseButton(): HTMLButtonElement {
    return this.#part('decrease');
  }

  get resetButton(): HTMLButtonElement {
    return this.#part('reset');
  }

  get increaseButton(): HTMLButtonElement {
    return this.#part('increase');
  }

  /** Clicks "Tăng cỡ chữ", as a reader does, and waits for the scaler to render. */
  async increase(): Promise<void> {
    await this.click(this.increaseButton);
  }

  /** Clicks "Giảm cỡ chữ". */
  async decrease(): Promise<void> {
    await this.click(this.decreaseButton);
  }

  /** Clicks "Cỡ chữ mặc định". */
  async reset(): Promise<void> {
    await this.click(this.resetButton);
  }

  async click(button: HTMLButtonElement): Promise<void> {
    button.click();
    await this.element.updateComplete;
  }

  /** What the polite live region says now ("" when it has said nothing). */
  get announcement(): string {
    return readable(this.element.shadowRoot!.querySelector('[part~="status"]'));
  }

  /** The live region itself, for its role and politeness. */
  get liveRegion(): HTMLElement {
    return this.#part('status');
  }

  /** True when `button` tells assistive technology it is unavailable (`aria-disabled`). */
  isUnavailable(button: HTMLButtonElement): boolean {
    return button.getAttribute('aria-disabled') === 'true';
  }

  #part<T extends HTMLElement>(name: string): T {
    const found = this.element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
    if (!found) throw new Error(`<bantin-font-scaler> has no part "${name}"`);
    return found;
  }
}

export function scalerHarness(element: BantinFontScaler): FontScalerHarness {
  return new FontScalerHarness(element);
}
