import { html, isServer, nothing, type PropertyValues } from 'lit';
import { BantinElement } from '../internal/bantin-element.js';
import {
  levelsConverter,
  optionalNumberConverter,
  checkProperties,
  stringsConverter,
  toLevels,
} from '../internal/converters.js';
import { LocaleController } from '../internal/locale-controller.js';
import { fill, type BantinStrings } from '../internal/strings/index.js';
import {
  DEFAULT_LEVELS,
  buildLadder,
  clamp,
  resetLevel,
  saneScale,
  step,
  type Ladder,
} from '../internal/scale-ladder.js';
import { readingPositionReady } from '../internal/reading-position.js';
import { scaleOwner, type ScaleChange, type ScaleOwner } from '../internal/scale-owner.js';
import { controlStyles } from '../internal/shared.styles.js';
import { isPositiveNumber, numeric } from '../internal/numbers.js';
import { describe, warn } from '../internal/warn.js';
import { fontScalerStyles } from './font-scaler.styles.js';
import { ScaleTargetGovernor } from './scale-target-governor.js';

const TAG = 'bantin-font-scaler';
const DEFAULT_KEY = 'bantin:font-scale';

export interface BantinFontScaleChangeDetail {
  /** The new scale, 1 = 100 %. */
  scale: number;
}

/**
 * Buttons that let the reader decrease, reset and increase the article's text size.
 * The size is one CSS custom property, `--bantin-font-scale`, set on the targets, so a
 * change costs the same for a paragraph or a book; existing portal markup named by
 * `for` is taken in once so that every character follows it. The reader's choice has
 * one owner per `storage-key`, kept in `localStorage` and shared by every scaler on the
 * page (even from another copy of bantin) and in other tabs; each scaler shows its own
 * clamped view of it and never overrides it.
 *
 * @tagname bantin-font-scaler
 * @summary Text size control: "Giảm cỡ chữ", "Cỡ chữ mặc định", "Tăng cỡ chữ".
 *
 * @fires {CustomEvent<BantinFontScaleChangeDetail>} bantin-font-scale-change - The reader changed the size. `detail: { scale }`. Bubbles and is composed; not fired when code sets `value`.
 *
 * @csspart base - The group around the three buttons.
 * @csspart button - Each button.
 * @csspart decrease - The decrease button.
 * @csspart reset - The reset button.
 * @csspart increase - The increase button.
 * @csspart status - The visually hidden live region that announces the size.
 *
 * @cssprop {<length>} [--bantin-font-scaler-gap=var(--bantin-space-1, 0.25rem)] - Space between the buttons.
 * @cssprop {<length>} [--bantin-space-1=0.25rem] - Library-wide small space; the default gap between the buttons.
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
export class BantinFontScaler extends BantinElement {
  static override styles = [controlStyles, fontScalerStyles];
  static override get properties() {
    return {
      levels: { converter: levelsConverter },
      min: { converter: optionalNumberConverter },
      max: { converter: optionalNumberConverter },
      value: { type: Number },
      for: {},
      storageKey: { attribute: 'storage-key' },
      compact: { type: Boolean, reflect: true },
      strings: { converter: stringsConverter(TAG) },
      announcement: { state: true },
      ownerScale: { state: true },
    };
  }

  /** The scale steps (an array, or a space-separated string as in the attribute); clipped by `min` and `max`. */
  levels: number[] | string = [...DEFAULT_LEVELS];

  /** The smallest scale offered (e.g. `0.9`); defaults to the smallest level. */
  min?: number;

  /** The largest scale offered (e.g. `2`); defaults to the largest level. */
  max?: number;

  /**
   * The current scale, 1 = 100 %, as this scaler shows it (clipped to its levels). In
   * markup it is the page's default for readers who never chose a size; a size the
   * reader stored takes precedence. Set by code, it changes the reader's size (clipped
   * to this scaler's levels, with a warning when outside) unless this scaler already
   * shows that size: a narrow scaler never overrides a wider choice.
   */
  get value(): number {
    const scale = isServer || this.hydrating || this.#owner === undefined ? this.#initial : this.ownerScale;
    return clamp(scale, this.#ladder);
  }

  set value(raw: number) {
    const wanted = this.#checked(raw);
    const owner = this.#owner;
    if (!owner || !this.#started) {
      // Before the owner is asked, it is the page's default (the attribute, or a framework's property).
      this.#initial = wanted;
      return;
    }
    const next = this.#clampWarning(wanted);
    if (next !== this.value) owner.choose(next);
  }

  /** Id of the element to scale. Without it, every `<bantin-article>` on the page. */
  for = '';

  /** The `localStorage` key that keeps the reader's choice; scalers sharing a key stay in sync. */
  storageKey = DEFAULT_KEY;

  /** Shows only the glyphs (A−, A, A+); the words stay in each button's accessible name. */
  compact = false;

  /** Overrides of the built-in strings, e.g. `{"increase": "Chữ to hơn"}`; also settable as JSON. */
  strings?: Partial<BantinStrings>;

  private announcement = '';

  /** The owner's scale, from its last notification; this scaler shows its clamp. Never written back. */
  private ownerScale = 1;

  readonly #locale = new LocaleController(this, () => this.strings);
  #ladder: Ladder = buildLadder(TAG, DEFAULT_LEVELS, undefined, undefined);
  #owner?: ScaleOwner;
  #unsubscribe?: () => void;
  readonly #targets = new ScaleTargetGovernor(this, TAG);
  /** The `value` given before the owner was asked: the page's default size. */
  #initial = 1;
  #started = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connectOwner();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#disconnectOwner();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Scripts and frameworks can set anything; a removed attribute is null.
    checkProperties(this, TAG, changed, { for: '', storageKey: DEFAULT_KEY, compact: false });
    if (changed.has('levels') || changed.has('min') || changed.has('max')) {
      // Frameworks such as React 19 set the property to the attribute's string.
      this.#ladder = buildLadder(TAG, toLevels(this.levels), this.min, this.max);
    }
    const owner = this.#owner;
    // The server knows no reader: it renders the attribute's size, and so does the
    // render that hydrates it (hydration keeps the server's DOM as it is); the
    // reader's size follows in the update that firstUpdated asks for.
    if (isServer || !owner || this.hydrating) return;
    // `for` and `storage-key` may also change between connection and the first update.
    if (changed.has('storageKey') && owner.key !== this.#key()) {
      this.#disconnectOwner();
      this.#connectOwner();
    } else if (changed.has('for')) {
      this.#targets.govern(owner, this.#id());
    }
    if (!this.#started) {
      this.#started = true;
      // The page's default, clipped like any value, so the article shows what the scaler does.
      if (this.hasAttribute('value') || this.#initial !== 1) {
        this.#owner!.proposeDefault(this.#clampWarning(this.#initial));
      }
      this.ownerScale = this.#owner!.scale;
    }
  }

  /** Also waits until the target follows the scale (portal markup is taken in first). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.#owner?.settled();
    // The keeper of the reading position is in place once the scaler is.
    if (!isServer) await readingPositionReady();
    return complete;
  }

  protected override firstUpdated(): void {
    if (this.serverRendered) this.requestUpdate();
  }

  /**
   * The three buttons, decrease, reset and increase, in that order; empty before the
   * first render. For a container that moves focus across its controls, such as
   * `<bantin-toolbar>`'s arrow keys, without reaching into this shadow root.
   */
  get controls(): HTMLButtonElement[] {
    return this.hasUpdated ? [...this.renderRoot.querySelectorAll('button')] : [];
  }

  /** Moves one level up; what the "Tăng cỡ chữ" button does. Does not fire the change event. */
  increase(): void {
    this.value = step(this.value, this.#ladder, 1);
  }

  /** Moves one level down; what the "Giảm cỡ chữ" button does. Does not fire the change event. */
  decrease(): void {
    this.value = step(this.value, this.#ladder, -1);
  }

  /** Returns to 100 % (or the level nearest to it); what "Cỡ chữ mặc định" does. */
  reset(): void {
    this.value = resetLevel(this.#ladder);
  }

  protected override render() {
    const strings = this.#locale.strings;
    const atMin = this.value <= this.#ladder.min;
    const atMax = this.value >= this.#ladder.max;
    const atDefault = this.value === resetLevel(this.#ladder);
    return html`
      <div part="base" role="group" aria-label=${strings.textSize}>
        <button
          type="button"
          part="button decrease"
          aria-disabled=${atMin ? 'true' : 'false'}
          @click=${() => this.#onAction(-1)}
        >
          <span class="glyph">A−</span> <span class="label">${strings.decrease}</span>
        </button>
        <button
          type="button"
          part="button reset"
          aria-disabled=${atDefault ? 'true' : 'false'}
          @click=${() => this.#onAction(0)}
        >
          <span class="glyph">A</span> <span class="label">${strings.reset}</span>
        </button>
        <button
          type="button"
          part="button increase"
          aria-disabled=${atMax ? 'true' : 'false'}
          @click=${() => this.#onAction(1)}
        >
          <span class="glyph">A+</span> <span class="label">${strings.increase}</span>
        </button>
      </div>
      <span part="status" class="visually-hidden" role="status">${this.announcement || nothing}</span>
    `;
  }

  #connectOwner(): void {
    const owner = (this.#owner = scaleOwner(this.#key()));
    this.#unsubscribe = owner.subscribe(this.#onOwnerChange);
    this.ownerScale = owner.scale;
    this.#targets.govern(owner, this.#id());
    this.requestUpdate();
  }

  #disconnectOwner(): void {
    this.#unsubscribe?.();
    this.#targets.release();
    this.#unsubscribe = this.#owner = undefined;
  }

  readonly #onOwnerChange = (change: ScaleChange): void => {
    this.ownerScale = change.scale;
  };

  /** A positive, sane scale from whatever a page set; 1 with a warning otherwise. */
  #checked(value: unknown): number {
    const number = numeric(value);
    if (isPositiveNumber(number)) return saneScale(TAG, 'value', number);
    warn(TAG, 'value', `"${describe(value)}" is not a positive number; using 1 (100%).`);
    return 1;
  }

  /** `scale` clipped to this scaler's levels, saying so when it had to. */
  #clampWarning(scale: number): number {
    const clipped = clamp(scale, this.#ladder);
    if (clipped !== scale) {
      warn(
        TAG,
        'value',
        `${scale} is outside this scaler's levels (${this.#ladder.min}–${this.#ladder.max}); using ${clipped}.`,
      );
    }
    return clipped;
  }

  /**
   * `for` and `storage-key` as text, whatever a script set; they are read on
   * connection, before `willUpdate` reports a bad value.
   */
  #id(): string {
    return typeof this.for === 'string' ? this.for : '';
  }

  #key(): string {
    return typeof this.storageKey === 'string' ? this.storageKey : DEFAULT_KEY;
  }

  #onAction(direction: -1 | 0 | 1): void {
    const owner = this.#owner;
    if (!owner) return;
    const before = this.value;
    const next =
      direction === 0 ? resetLevel(this.#ladder) : step(this.value, this.#ladder, direction > 0 ? 1 : -1);
    // At a bound nothing moves: the reader's own choice beyond this scaler's range stays.
    const moves = next !== owner.scale && !(next === before && direction !== 0);
    const change = moves ? owner.choose(next) : undefined;
    const strings = this.#locale.strings;
    const size = this.#locale.percent(clamp(owner.scale, this.#ladder));
    let message = fill(strings.sizeAnnouncement, { size });
    if (next === before && direction !== 0) {
      message = fill(direction > 0 ? strings.atMaximum : strings.atMinimum, { size });
    } else if (change && change.blocked.length > 0) {
      // Never tell the reader about a size they do not get.
      message = strings.sizeUnchanged;
      const names = change.blocked.map((element) =>
        element.id ? `#${element.id}` : `<${element.localName}>`,
      );
      warn(
        TAG,
        'for',
        `the text of ${names.join(', ')} did not change size; a style bantin cannot reach fixes it ` +
          '(text inside another shadow root or an iframe, or a script that resets font sizes).',
      );
    }
    // A repeated message would not be announced again; vary it invisibly.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
    if (change) {
      this.dispatchEvent(
        new CustomEvent<BantinFontScaleChangeDetail>('bantin-font-scale-change', {
          detail: { scale: change.scale },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bantin-font-scale-change': CustomEvent<BantinFontScaleChangeDetail>;
  }
}
