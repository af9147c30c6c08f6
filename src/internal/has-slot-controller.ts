import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isHydrating } from './bantin-element.js';

/**
 * Whether a slot has content, for an element whose markup changes with it (a caption
 * box shown only when there is a caption). The shape of Shoelace's `HasSlotController`:
 * `test(name)` reads the light DOM, and the host re-renders when one of the watched
 * slots changes. While an element hydrates it answers as the server did (no light DOM
 * there), and brings the host up to date with the update that follows.
 */
export class HasSlotController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #names: readonly string[];
  #hydrated = false;

  /** `names` are slot names; `[default]` is the unnamed slot. */
  constructor(host: ReactiveControllerHost & HTMLElement, ...names: string[]) {
    this.#host = host;
    this.#names = names;
    host.addController(this);
  }

  /** True when the slot called `name` (`[default]` for the unnamed one) has content. */
  test(name: string): boolean {
    const host = this.#host;
    if (isServer || isHydrating(host)) {
      this.#hydrated = true;
      return false;
    }
    if (name !== '[default]') return host.querySelector(`:scope > [slot="${CSS.escape(name)}"]`) !== null;
    return [...host.childNodes].some((node) =>
      node.nodeType === 3 ? node.textContent!.trim() !== '' : node.nodeType === 1 && !(node as Element).slot,
    );
  }

  hostConnected(): void {
    this.#host.shadowRoot?.addEventListener('slotchange', this.#onSlotChange);
  }

  hostDisconnected(): void {
    this.#host.shadowRoot?.removeEventListener('slotchange', this.#onSlotChange);
  }

  hostUpdated(): void {
    if (!this.#hydrated) return;
    this.#hydrated = false;
    // A server-rendered slot fires no slotchange: read the light DOM now.
    this.#host.requestUpdate();
  }

  readonly #onSlotChange = (event: Event): void => {
    const name = (event.target as HTMLSlotElement).name || '[default]';
    if (this.#names.includes(name)) this.#host.requestUpdate();
  };
}
