import { waitUntil } from '@open-wc/testing';
import type { BantinFigure } from '../../src/index.js';
import { readable } from './text.js';

/** What a reader gets from a `<bantin-figure>`: the image, its name, the fallback, the dialog. */
export class FigureHarness {
  constructor(readonly element: BantinFigure) {}

  part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.element.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
  }

  /** The `<figure>` that carries the semantics. */
  get figure(): HTMLElement {
    return this.part('base')!;
  }

  /** The element naming the figure (its `<figcaption>`), through `aria-labelledby`. */
  get nameElement(): HTMLElement | null {
    const id = this.figure.getAttribute('aria-labelledby');
    return id ? this.element.shadowRoot!.getElementById(id) : null;
  }

  /** The caption text a reader sees: slotted, or the `caption` attribute's. */
  get captionText(): string {
    const caption = this.part('caption');
    if (!caption || caption.hidden) return '';
    const slot = caption.querySelector('slot')!;
    const slotted = slot.assignedNodes();
    return slotted.length > 0
      ? slotted
          .map((node) => readable(node))
          .join(' ')
          .trim()
      : readable(slot);
  }

  /** The image shown: the slotted `<img>` or the one rendered from `src`. */
  get image(): HTMLImageElement | null {
    return this.element.querySelector('img') ?? this.part<HTMLImageElement>('image');
  }

  /** The fallback text shown in place of a failed image, or null. */
  get fallbackText(): string | null {
    const fallback = this.part('fallback');
    return fallback ? readable(fallback) : null;
  }

  get enlargeButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('enlarge');
  }

  /** The enlarged view's `<dialog>` while it is rendered (before the figure renders: null). */
  get dialog(): HTMLDialogElement | null {
    return this.element.shadowRoot?.querySelector('dialog') ?? null;
  }

  /** Waits until the image has loaded or failed, and the figure has rendered the outcome. */
  async settled(): Promise<void> {
    const image = this.image;
    if (image) await waitUntil(() => image.complete, 'image did not settle');
    await this.element.updateComplete;
  }

  /** Waits until the enlarged view has closed. */
  async dialogClosed(): Promise<void> {
    await waitUntil(() => !this.dialog, 'dialog did not close');
    await this.element.updateComplete;
  }
}

export function figureHarness(element: BantinFigure): FigureHarness {
  return new FigureHarness(element);
}
