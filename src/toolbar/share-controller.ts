import { css, html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import type { BantinStrings } from '../internal/strings/index.js';

type Feedback = { copied: true } | { copied: false; url: string };

export interface ShareControllerOptions {
  strings(): BantinStrings;
  /** Says a message in the host's live region. */
  announce(message: string): void;
}

/** The visible confirmation by the share button, adopted when this part loads. */
export const shareStyles = css`
  .feedback {
    position: absolute;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-end: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    max-inline-size: 100%;
    box-sizing: border-box;
    margin: 0;
    padding: 0.5rem 0.75rem;
    font-size: 1rem;
    line-height: 1.5;
    background: var(--bantin-color-surface, light-dark(#ffffff, #1e1e1e));
    border: 2px solid;
    border-radius: var(--bantin-radius, 0.375rem);
  }

  .feedback input {
    flex: 1 1 12rem;
    min-block-size: var(--bantin-target-size, 2.75rem);
    font: inherit;
  }

  /* Where light-dark() is unknown (see toolbar.styles.ts), a white surface. */
  @supports not (color: light-dark(#000, #fff)) {
    .feedback {
      background: var(--bantin-color-surface, #ffffff);
    }
  }

  @media print {
    .feedback {
      display: none;
    }
  }
`;

/**
 * The toolbar's share action: the system share sheet where there is one, else the link
 * copied to the clipboard with a visible confirmation by the button (or, when copying
 * fails, the link shown selected for the reader to copy). Few readers press share, so
 * the toolbar loads this part on the first press of (or focus on) the share button.
 */
export class ShareController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: ShareControllerOptions;
  /** What the share button visibly says next to it: copied, or the link to copy by hand. */
  #feedback?: Feedback;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveElement, options: ShareControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Opens the system share sheet where there is one, else copies the link and says so. */
  async share(): Promise<void> {
    const url = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || location.href;
    const data = { title: document.title, url };
    if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    const strings = this.#options.strings();
    try {
      await navigator.clipboard.writeText(url);
      this.#options.announce(strings.linkCopied);
      this.#show({ copied: true });
    } catch {
      this.#options.announce(`${strings.linkNotCopied} ${url}`);
      this.#show({ copied: false, url });
      // The reader copies the link by hand: it is selected, ready for Ctrl+C or a long press.
      await this.#host.updateComplete;
      const field = this.#host.renderRoot.querySelector<HTMLInputElement>('.feedback input');
      field?.focus();
      field?.select();
    }
  }

  /** Hides the confirmation (or the link shown when copying failed). */
  dismiss(): void {
    clearTimeout(this.#timer);
    const root = this.#host.renderRoot as ShadowRoot;
    const hadFocus = root.querySelector('.feedback')?.contains(root.activeElement);
    this.#feedback = undefined;
    this.#host.requestUpdate();
    if (hadFocus) root.querySelector<HTMLElement>('[part~="share"]')?.focus();
  }

  render(strings: BantinStrings) {
    const feedback = this.#feedback;
    if (!feedback) return nothing;
    // Shown by the share button for sighted readers; the live region tells screen readers.
    if (feedback.copied) {
      return html`<p part="feedback" class="feedback" aria-hidden="true">${strings.linkCopied}</p>`;
    }
    return html`<div part="feedback" class="feedback" @keydown=${this.#onKeyDown}>
      <label for="link">${strings.linkNotCopied}</label>
      <input id="link" type="text" readonly .value=${feedback.url} />
      <button type="button" part="button dismiss" @click=${() => this.dismiss()}>${strings.close}</button>
    </div>`;
  }

  #show(feedback: Feedback): void {
    clearTimeout(this.#timer);
    this.#feedback = feedback;
    this.#host.requestUpdate();
    // A confirmation fades after a while; a link to copy stays until the reader dismisses it.
    if (feedback.copied) this.#timer = setTimeout(() => this.dismiss(), 6000);
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.dismiss();
  };
}
