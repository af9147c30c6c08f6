import { html, nothing, svg, type PropertyValues } from 'lit';
import { BantinElement } from '../internal/bantin-element.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { checkProperties, optionalNumberConverter, stringsConverter } from '../internal/converters.js';
import { HasSlotController } from '../internal/has-slot-controller.js';
import { keepImageUrls } from '../internal/image-url.js';
import { loadChunk } from '../internal/load-chunk.js';
import { LocaleController } from '../internal/locale-controller.js';
import type { BantinStrings } from '../internal/strings/index.js';
import { isPositiveNumber, numeric } from '../internal/numbers.js';
import { describe, warn } from '../internal/warn.js';
import { controlStyles } from '../internal/shared.styles.js';
import { figureStyles } from './figure.styles.js';

type EnlargeController = import('./figure-dialog.js').EnlargeController;

const TAG = 'bantin-figure';

const enlargeIcon = svg`<path d="M15 3h6v6M9 21H3v-6M21 3l-7 7M3 21l7-7"/>`;

/**
 * A captioned image. The caption names the figure for screen readers, the image's
 * space is reserved from its width and height so nothing shifts while it loads, it
 * loads lazily, and when it fails the reader sees its alt text in its place with the
 * caption kept.
 *
 * Either slot an `<img>` (it shows without JavaScript) or give `src`, `alt`, `width`
 * and `height`.
 *
 * @tagname bantin-figure
 * @summary A captioned figure with reserved space, lazy loading and a visible fallback.
 *
 * @slot - An `<img>` (or `<picture>`), used instead of `src`.
 * @slot caption - The caption; overrides the `caption` attribute.
 *
 * @csspart base - The `<figure>`.
 * @csspart frame - The box that holds the image and reserves its aspect ratio.
 * @csspart image - The `<img>` rendered from `src`.
 * @csspart fallback - What shows when the image fails: its alt text.
 * @csspart caption - The `<figcaption>`.
 * @csspart credit - The credit line inside the caption.
 * @csspart enlarge - The "Phóng to ảnh" button, with `enlargeable`.
 * @csspart dialog - The modal `<dialog>` showing the enlarged image.
 * @csspart close - The dialog's "Đóng" button.
 * @csspart button - The enlarge and close buttons.
 *
 * @cssprop {<length>} [--bantin-figure-caption-size=0.9em] - Caption size, relative to the article text.
 * @cssprop {<color>} [--bantin-figure-caption-color=var(--bantin-color-text-muted, light-dark(#4a4a4a, #c8c8c8))] - Caption colour.
 * @cssprop [--bantin-figure-caption-align=center] - Caption alignment.
 * @cssprop [--bantin-figure-caption-style=italic] - Caption font style.
 * @cssprop {<color>} [--bantin-figure-placeholder=light-dark(#e9ecef, #2a2a2a)] - Background shown while the image loads.
 * @cssprop {<length>} [--bantin-figure-radius=0] - Corner radius of the image.
 * @cssprop {<color>} [--bantin-color-text-muted=light-dark(#4a4a4a, #c8c8c8)] - Library-wide muted text colour; the caption's default.
 * @cssprop {<length>} [--bantin-control-font-size=1rem] - Text size of the buttons (not scaled with the article, so controls keep their place).
 * @cssprop {<color>} [--bantin-control-color=var(--bantin-color-text, light-dark(#1a1a1a, #f0f0f0))] - Button text colour.
 * @cssprop {<color>} [--bantin-control-color-disabled=light-dark(#5c5c5c, #b3b3b3)] - Text colour of a button at a bound (`aria-disabled`).
 * @cssprop {<color>} [--bantin-control-background=var(--bantin-color-surface, light-dark(#ffffff, #1e1e1e))] - Button background.
 * @cssprop {<color>} [--bantin-control-background-hover=var(--bantin-color-surface-hover, light-dark(#eef2f7, #2b3038))] - Button background under the pointer.
 * @cssprop {<color>} [--bantin-control-border-color=var(--bantin-color-border, light-dark(#6b6b6b, #a3a3a3))] - Button border colour.
 * @cssprop {<length>} [--bantin-control-radius=var(--bantin-radius, 0.375rem)] - Corner radius of the buttons.
 * @cssprop {<length>} [--bantin-radius=0.375rem] - Library-wide corner radius.
 * @cssprop {<color>} [--bantin-color-text=light-dark(#1a1a1a, #f0f0f0)] - Library-wide text colour.
 * @cssprop {<color>} [--bantin-color-surface=light-dark(#ffffff, #1e1e1e)] - Library-wide background of controls and dialogs.
 * @cssprop {<color>} [--bantin-color-surface-hover=light-dark(#eef2f7, #2b3038)] - Library-wide background of a control under the pointer.
 * @cssprop {<color>} [--bantin-color-border=light-dark(#6b6b6b, #a3a3a3)] - Library-wide border colour.
 * @cssprop {<length>} [--bantin-target-size=2.75rem] - Minimum width and height of each button (44 px at the default size).
 * @cssprop {<color>} [--bantin-focus-color=light-dark(#0b57d0, #8ab4f8)] - Focus ring colour.
 */
export class BantinFigure extends BantinElement {
  static override styles = [controlStyles, figureStyles];
  static override get properties() {
    return {
      src: {},
      alt: {},
      width: { converter: optionalNumberConverter },
      height: { converter: optionalNumberConverter },
      srcset: {},
      sizes: {},
      caption: {},
      credit: {},
      enlargeable: { type: Boolean },
      loading: {},
      strings: { converter: stringsConverter(TAG) },
      broken: { state: true },
      slottedImage: { state: true },
    };
  }

  /** Image URL (relative, `http(s):`, `data:image/` or `blob:`); ignored when an `<img>` is slotted. */
  src?: string;

  /** Text alternative of the image; shown in its place if it fails to load. */
  alt?: string;

  /** Intrinsic width in pixels; with `height` it reserves the image's space. */
  width?: number;

  /** Intrinsic height in pixels; with `width` it reserves the image's space. */
  height?: number;

  /** Candidate images for `src`, as in `<img srcset>`. */
  srcset?: string;

  /** Layout widths for `srcset`, as in `<img sizes>`. */
  sizes?: string;

  /** The caption text; a `caption` slot takes precedence. */
  caption = '';

  /** Who took or owns the image, shown under the caption. */
  credit = '';

  /** Offers a "Phóng to ảnh" button that shows the image large in a modal dialog. */
  enlargeable = false;

  /** `lazy` (default) or `eager` for an image at the top of the page. */
  loading: 'lazy' | 'eager' = 'lazy';

  /** Overrides of the built-in strings, e.g. `{"imageUnavailable": "…"}`. */
  strings?: Partial<BantinStrings>;

  private broken = false;
  private slottedImage?: HTMLImageElement;

  readonly #locale = new LocaleController(this, () => this.strings);
  readonly #slots = new HasSlotController(this, 'caption');
  /** `src` and `srcset` as the `<img>` gets them: only URLs an image can have. */
  #src?: string;
  #srcset?: string;
  #enlarger?: EnlargeController;
  #dialogLoading?: Promise<EnlargeController | undefined>;
  #opening?: Promise<void>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Scripts and frameworks can set anything; a removed attribute is null.
    checkProperties(this, TAG, changed, {
      src: undefined,
      alt: undefined,
      srcset: undefined,
      sizes: undefined,
      caption: '',
      credit: '',
      enlargeable: false,
    });
    if (changed.has('src')) {
      this.#src = keepImageUrls(TAG, 'src', this.src);
      // A dropped URL shows the alt text in the image's place.
      this.broken = this.src !== undefined && this.#src === undefined;
    }
    if (changed.has('srcset')) this.#srcset = keepImageUrls(TAG, 'srcset', this.srcset, true);
    for (const name of ['width', 'height'] as const) {
      if (!changed.has(name)) continue;
      const value: unknown = this[name];
      const number = numeric(value);
      if (value === null || value === undefined) {
        this[name] = undefined;
      } else if (isPositiveNumber(number)) {
        this[name] = number;
      } else {
        warn(TAG, name, `"${describe(value)}" is not a positive number of pixels; ignoring it.`);
        this[name] = undefined;
      }
    }
    if (changed.has('loading') && this.loading !== 'lazy' && this.loading !== 'eager') {
      if (this.loading !== null && this.loading !== undefined) {
        warn(TAG, 'loading', `"${describe(this.loading)}" is not "lazy" or "eager"; using "lazy".`);
      }
      this.loading = 'lazy';
    }
  }

  protected override updated(): void {
    // Reserves the image's box before it loads, and keeps it for the fallback. Set
    // through the CSSOM, so no inline style attribute needs a CSP exception.
    const [width, height] = this.#size();
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame')!;
    frame.style.aspectRatio = width && height ? `${width} / ${height}` : '';
  }

  /**
   * Shows the image large in a modal dialog; focus returns to the enlarge button when
   * it closes. Does nothing for a figure that is not in a document or has no image.
   */
  enlarge(): void {
    if (!this.isConnected || !this.hasUpdated || !this.#image()) return;
    this.#opening = this.#loadDialog().then((enlarger) => {
      if (this.isConnected) enlarger?.open();
    });
  }

  /**
   * The caption as text: the slotted caption, else the `caption` attribute. What names
   * the figure, for a dialog, a reader that speaks the article, or a portal's script.
   */
  get captionText(): string {
    const slotted = [...this.children].filter((child) => child.slot === 'caption');
    if (slotted.length > 0)
      return slotted
        .map((child) => child.textContent ?? '')
        .join(' ')
        .trim();
    return typeof this.caption === 'string' ? this.caption.trim() : '';
  }

  /**
   * The text nodes of a caption given by the `caption` attribute, which the figure shows
   * in its own shadow root; none when a `caption` slot overrides it (a slotted caption's
   * text is the figure's own children) or before the figure renders. For a reader that
   * speaks the article and highlights each word it reads: a `Range` over these nodes
   * marks the words on screen (the figure styles `::highlight(bantin-listen)` for them).
   */
  captionTextNodes(): Text[] {
    if (this.querySelector(':scope > [slot="caption"]')) return [];
    const slot = this.renderRoot?.querySelector('slot[name="caption"]');
    return [...(slot?.childNodes ?? [])].filter((node): node is Text => node.nodeType === Node.TEXT_NODE);
  }

  /** Also waits for the enlarge dialog while it loads. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#opening;
    return super.getUpdateComplete();
  }

  protected override firstUpdated(): void {
    if (this.serverRendered) {
      // A server-rendered slot fires no slotchange: read what it was given now.
      this.#readImageSlot(this.renderRoot.querySelector('slot:not([name])'));
    }
    if (!this.src && !this.querySelector(':scope > img, :scope > :not([slot]) img')) {
      warn(TAG, 'src', 'no image given (neither src nor a slotted <img>).');
    } else if (this.src && this.alt === undefined) {
      warn(TAG, 'alt', 'is missing; the caption alone will describe the image.');
    }
  }

  protected override render() {
    const strings = this.#locale.strings;
    const ownImage = this.#src && !this.slottedImage;
    const [width, height] = this.#size();
    const alt = this.slottedImage?.alt ?? this.alt ?? '';
    const hasCaption = this.#slots.test('caption') || this.caption !== '' || this.credit !== '';
    return html`
      <figure part="base" aria-labelledby=${hasCaption ? 'caption' : nothing}>
        <div part="frame" class="frame ${this.broken ? 'broken' : ''}">
          <slot @slotchange=${this.#onImageSlotChange}></slot>
          ${
            ownImage
              ? html`<img
                  part="image"
                  src=${this.#src!}
                  srcset=${ifDefined(this.#srcset)}
                  sizes=${ifDefined(this.sizes || undefined)}
                  alt=${alt}
                  width=${ifDefined(width)}
                  height=${ifDefined(height)}
                  loading=${this.loading}
                  decoding="async"
                  @error=${this.#onImageError}
                  @load=${this.#onImageLoad}
                />`
              : nothing
          }
          ${
            this.broken
              ? html`<div part="fallback" class="fallback">
                  ${alt ? html`<p>${alt}</p>` : nothing}
                  <p class="note">${strings.imageUnavailable}</p>
                </div>`
              : nothing
          }
        </div>
        ${
          this.enlargeable && !this.broken && (ownImage || this.slottedImage)
            ? html`<button
                type="button"
                part="button enlarge"
                class="enlarge"
                aria-haspopup="dialog"
                @pointerenter=${this.#loadDialog}
                @focus=${this.#loadDialog}
                @click=${this.enlarge}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true">${enlargeIcon}</svg
                ><span class="visually-hidden">${strings.enlarge}</span>
              </button>`
            : nothing
        }
        <figcaption id="caption" part="caption" ?hidden=${!hasCaption}>
          <slot name="caption">${this.caption}</slot>
          ${this.credit ? html`<span part="credit" class="credit">${strings.credit}: ${this.credit}</span>` : nothing}
        </figcaption>
      </figure>
      ${this.#enlarger?.render(alt)}
    `;
  }

  /** Loads the dialog (once) and adopts its styles; resolves to nothing without chunks/. */
  readonly #loadDialog = (): Promise<EnlargeController | undefined> =>
    (this.#dialogLoading ??= loadChunk(TAG, import('./figure-dialog.js')).then((module) => {
      if (!module) return undefined;
      this.addStyles(module.dialogStyles);
      return (this.#enlarger = new module.EnlargeController(this, {
        image: () => this.#image(),
        caption: () => this.captionText,
        closeLabel: () => this.#locale.strings.close,
      }));
    }));

  #image(): HTMLImageElement | null {
    return this.slottedImage ?? this.renderRoot?.querySelector<HTMLImageElement>('[part="image"]') ?? null;
  }

  /** The image's intrinsic size, from the attributes or the slotted `<img>`. */
  #size(): [number | undefined, number | undefined] {
    return [
      this.width ?? numberAttribute(this.slottedImage, 'width'),
      this.height ?? numberAttribute(this.slottedImage, 'height'),
    ];
  }

  #onImageSlotChange(event: Event): void {
    this.#readImageSlot(event.target as HTMLSlotElement);
  }

  #readImageSlot(slot: HTMLSlotElement | null): void {
    const assigned = slot?.assignedElements() ?? [];
    const image = assigned
      .map((element) => (element instanceof HTMLImageElement ? element : element.querySelector('img')))
      .find((element): element is HTMLImageElement => element !== null);
    if (image === this.slottedImage) return;
    this.slottedImage?.removeEventListener('error', this.#onImageError);
    this.slottedImage?.removeEventListener('load', this.#onImageLoad);
    this.slottedImage = image;
    this.broken = false;
    if (!image) return;
    if (this.src) warn(TAG, 'src', 'ignored because the figure has a slotted <img>.');
    if (!image.hasAttribute('alt')) {
      warn(TAG, 'alt', 'the slotted <img> has no alt; treating it as described by the caption (alt="").');
      image.alt = '';
    }
    if (!image.hasAttribute('loading')) image.loading = 'lazy';
    image.addEventListener('error', this.#onImageError);
    image.addEventListener('load', this.#onImageLoad);
    // The image may have failed before this element was defined.
    if (image.complete && image.naturalWidth === 0 && image.currentSrc) this.#onImageError();
  }

  readonly #onImageError = (): void => {
    if (this.broken) return;
    this.broken = true;
    const source = this.slottedImage?.currentSrc || this.src || '';
    warn(TAG, 'src', `the image "${source}" could not be loaded; showing its alt text instead.`);
  };

  readonly #onImageLoad = (): void => {
    this.broken = false;
  };
}

function numberAttribute(element: Element | undefined, name: string): number | undefined {
  const value = Number(element?.getAttribute(name));
  return isPositiveNumber(value) ? value : undefined;
}
