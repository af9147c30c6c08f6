import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_READING, type ReadingChoice } from '../../internal/reading-choice.js';
import { readingOwner, type ReadingOwner } from '../../internal/reading-owner.js';
import { resolveFor } from '../../internal/resolve-for.js';

export interface ReadingControllerOptions {
  /** Whether the host offers the display action (and so applies the reader's choice). */
  enabled(): boolean;
  /** The id of the element the choice applies to; empty for every `<bantin-article>`. */
  targetId(): string;
}

/**
 * Connects a toolbar to the owner of the reading preferences: hands it the toolbar's
 * target and shows the owner's choice (`choice`), updating the host when it changes.
 * It never writes the choice itself; the host asks the owner.
 *
 * Like the scaler, it follows a `for` target that appears later or is replaced (ASP.NET
 * UpdatePanel, jQuery `.load()`), so a replaced block is never shown in default colours.
 */
export class ReadingController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ReadingControllerOptions;
  #owner?: ReadingOwner;
  #unsubscribe?: () => void;
  #release?: () => void;
  #governed?: HTMLElement | 'articles';
  #watcher?: MutationObserver;
  /** What the host shows: the owner's choice, as last told. */
  choice: ReadingChoice = DEFAULT_READING;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ReadingControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get owner(): ReadingOwner {
    return (this.#owner ??= readingOwner());
  }

  hostConnected(): void {
    if (this.#sync()) this.#host.requestUpdate();
  }

  /** Before each render (after `willUpdate`), so what it shows is current without another update. */
  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  /** Follows the owner and governs the target while the action is on; true if the choice changed. */
  #sync(): boolean {
    if (!this.#host.isConnected || !this.#options.enabled()) {
      this.#stop();
      return false;
    }
    let changed = false;
    if (!this.#unsubscribe) {
      this.#unsubscribe = this.owner.subscribe(this.#onChange);
      changed = this.choice !== this.owner.choice;
      this.choice = this.owner.choice;
    }
    this.#govern();
    return changed;
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#release?.();
    this.#watcher?.disconnect();
    this.#unsubscribe = this.#release = this.#watcher = this.#governed = undefined;
  }

  readonly #onChange = (choice: ReadingChoice): void => {
    this.choice = choice;
    this.#host.requestUpdate();
  };

  #govern(): void {
    const target = this.#findTarget();
    if (target !== this.#governed) {
      this.#release?.();
      this.#governed = target;
      this.#release = this.owner.govern(target);
    }
    const id = this.#options.targetId();
    if (!id) {
      this.#watcher?.disconnect();
      this.#watcher = undefined;
    } else if (!this.#watcher) {
      const document = this.#host.ownerDocument;
      this.#watcher = new MutationObserver(() => {
        const governed = this.#governed;
        if (governed === 'articles' || !governed?.isConnected || governed.id !== this.#options.targetId()) {
          this.#govern();
        }
      });
      this.#watcher.observe(document, { childList: true, subtree: true });
    }
  }

  /** The element `for` names (as the scaler and listen find it); else every article. */
  #findTarget(): HTMLElement | 'articles' {
    return resolveFor(this.#host, this.#options.targetId()) ?? 'articles';
  }
}
