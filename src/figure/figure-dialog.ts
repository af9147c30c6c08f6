/**
 * The enlarge dialog of `<bantin-figure>`. Most figures are never enlarged, so this is
 * loaded only when a reader first points at, focuses or presses "Phóng to ảnh" (or code
 * calls `enlarge()`): it is in place before the press that opens it.
 */
import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

export const dialogStyles = css`
  /* On a phone the enlarged image is the whole screen: the dialog covers the viewport,
     the image fills what the caption bar leaves, and the page's pinch-zoom stays on
     (no touch-action lock), so the reader can zoom further into a detail. */
  dialog {
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    color: var(--bantin-color-text, light-dark(#1a1a1a, #f0f0f0));
    background: var(--bantin-color-surface, light-dark(#ffffff, #1e1e1e));
    border: 0;
  }

  dialog[open] {
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.8);
  }

  .zoom {
    min-block-size: 0;
    overflow: auto;
    touch-action: pan-x pan-y pinch-zoom;
  }

  dialog img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
  }

  .enlarged-caption {
    flex: 1 1 12rem;
    margin: 0;
    font-size: 1rem;
    line-height: 1.6;
  }

  /* Engines without light-dark(): the light colours (see figure.styles.ts). */
  @supports not (color: light-dark(#000, #fff)) {
    dialog {
      color: var(--bantin-color-text, #1a1a1a);
      background: var(--bantin-color-surface, #ffffff);
      border: 1px solid var(--bantin-color-border, #6b6b6b);
    }
  }
`;

export interface EnlargedView {
  /** The image's address, as the figure shows it. */
  src: string;
  alt: string;
  /** The figure's caption text, which names the dialog. */
  caption: string;
  /** "Đóng" / "Close". */
  closeLabel: string;
  onClose: () => void;
}

/** A native modal dialog: it keeps focus inside, closes on Escape and makes the page inert. */
export function renderDialog(view: EnlargedView): TemplateResult {
  return html`<dialog
    part="dialog"
    aria-labelledby="enlarged-caption"
    @close=${view.onClose}
    @click=${onClick}
  >
    <div class="zoom"><img src=${view.src} alt=${view.alt} /></div>
    <div class="bar">
      <p id="enlarged-caption" class="enlarged-caption">${view.caption}</p>
      <button type="button" part="button close" autofocus @click=${onCloseClick}>${view.closeLabel}</button>
    </div>
  </dialog>`;
}

/** Opens `dialog` as a modal; false when it cannot be (its document was detached meanwhile). */
export function openDialog(dialog: HTMLDialogElement): boolean {
  if (dialog.open) return true;
  try {
    dialog.showModal();
    return true;
  } catch {
    return false;
  }
}

function onClick(event: MouseEvent): void {
  // A click on the backdrop lands on the dialog itself.
  if (event.target === event.currentTarget) (event.currentTarget as HTMLDialogElement).close();
}

function onCloseClick(event: Event): void {
  (event.currentTarget as Element).closest('dialog')?.close();
}

/** What the dialog reads from its figure, when it renders. */
export interface EnlargeSource {
  /** The figure's image (its own or the slotted one). */
  image(): HTMLImageElement | null;
  /** The figure's caption text, which names the dialog. */
  caption(): string;
  /** "Đóng" / "Close". */
  closeLabel(): string;
}

/**
 * The dialog's state and behaviour for one figure: opened by `enlarge()`, shown as a
 * modal once rendered, closed by the reader (focus goes back to "Phóng to ảnh") or when
 * the figure leaves the page (a modal removed with its figure must not come back open).
 */
export class EnlargeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  readonly #source: EnlargeSource;
  #open = false;
  #show = false;

  constructor(
    host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    source: EnlargeSource,
  ) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  /** Opens the dialog with the next update; only this opens it, never a later update. */
  open(): void {
    if (this.#open) return;
    this.#open = this.#show = true;
    this.#host.requestUpdate();
  }

  /** The dialog while open; `alt` is the image's text alternative as the figure has it. */
  render(alt: string): TemplateResult | typeof nothing {
    const image = this.#open ? this.#source.image() : null;
    if (!image) return nothing;
    return renderDialog({
      src: image.currentSrc || image.src,
      alt,
      caption: this.#source.caption() || alt,
      closeLabel: this.#source.closeLabel(),
      onClose: () => void this.#onClose(),
    });
  }

  hostUpdated(): void {
    if (!this.#show) return;
    this.#show = false;
    const dialog = this.#host.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    // e.g. the figure's iframe was detached meanwhile; the figure stays as it was.
    if (!this.#host.isConnected || !openDialog(dialog)) this.#close();
  }

  hostDisconnected(): void {
    this.#close();
  }

  #close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#host.requestUpdate();
  }

  async #onClose(): Promise<void> {
    this.#close();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('.enlarge')?.focus();
  }
}
