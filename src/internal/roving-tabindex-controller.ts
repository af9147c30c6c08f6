import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingTabindexOptions {
  /** The controls in visual order; disabled and hidden ones are skipped. */
  items: () => HTMLElement[];
  /** Settles before the tab stops are set after an update, e.g. a nested element's render. */
  settled?: () => Promise<unknown>;
}

const KEYS = new Set(['ArrowRight', 'ArrowLeft', 'Home', 'End']);

/**
 * One tab stop for a group of controls, with the arrow keys, Home and End moving
 * between them (WAI-ARIA APG toolbar pattern, https://www.w3.org/WAI/ARIA/apg/patterns/toolbar/).
 * Only the last-focused control (at first, the first one) has `tabindex="0"`, so Tab
 * returns to where the reader left off. The controls may sit in other elements' shadow
 * roots or be slotted: events are read through `composedPath()`.
 *
 * Listeners go on the host when it connects, never during a server render.
 */
export class RovingTabindexController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RovingTabindexOptions;
  #current?: HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RovingTabindexOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKeyDown);
    this.#host.addEventListener('focusin', this.#onFocusOrClick);
    this.#host.addEventListener('click', this.#onFocusOrClick);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKeyDown);
    this.#host.removeEventListener('focusin', this.#onFocusOrClick);
    this.#host.removeEventListener('click', this.#onFocusOrClick);
  }

  async hostUpdated(): Promise<void> {
    await this.#options.settled?.();
    this.update();
  }

  /** The controls that can take focus now. */
  get items(): HTMLElement[] {
    return this.#options
      .items()
      .filter((item) => !item.hasAttribute('disabled') && item.getClientRects().length > 0);
  }

  /** Sets the tab stops again, e.g. after a slot's content changed. */
  update(): void {
    const items = this.items;
    const current = this.#current && items.includes(this.#current) ? this.#current : items[0];
    for (const item of items) item.tabIndex = item === current ? 0 : -1;
  }

  /**
   * Focus moving between two controls inside one nested shadow root never reaches the
   * host as `focusin`, so clicks and the arrow moves also record the current control.
   */
  readonly #onFocusOrClick = (event: Event): void => {
    const items = this.items;
    const item = event
      .composedPath()
      .find((node): node is HTMLElement => items.includes(node as HTMLElement));
    if (item && item !== this.#current) {
      this.#current = item;
      this.update();
    }
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (!KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.items;
    const index = items.indexOf(event.composedPath()[0] as HTMLElement);
    if (index === -1) return;
    const last = items.length - 1;
    const next = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key]!;
    event.preventDefault();
    const item = items[next]!;
    this.#current = item;
    this.update();
    item.focus();
  };
}
