import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController, fill, stringsConverter, type BantinStrings } from '../internal/i18n.js';
import { readScale, subscribeScale, writeScale } from '../internal/preferences.js';
import {
  DEFAULT_LEVELS,
  buildLadder,
  clamp,
  levelsConverter,
  optionalNumberConverter,
  resetLevel,
  step,
  type Ladder,
} from '../internal/scale-ladder.js';
import { applyScale, connectedArticles, onArticleConnected } from '../internal/scale-targets.js';
import { controlStyles } from '../internal/shared.styles.js';
import { warn } from '../internal/warn.js';
import { fontScalerStyles } from './font-scaler.styles.js';

const TAG = 'bantin-font-scaler';

export interface BantinFontScaleChangeDetail {
  /** The new scale, 1 = 100 %. */
  scale: number;
}

/**
 * Buttons that let the reader decrease, reset and increase the article's text size.
 * The size is one CSS custom property, `--bantin-font-scale`, set on the targets, so a
 * change costs the same for a paragraph or a book. The choice is kept in
 * `localStorage` and shared by every scaler on the page and in other tabs.
 *
 * @tagname bantin-font-scaler
 * @summary Text size control: "Giảm cỡ chữ", "Cỡ chữ mặc định", "Tăng cỡ chữ".
 *
 * @fires {BantinFontScaleChangeDetail} bantin-font-scale-change - The reader changed the size. `detail: { scale }`. Bubbles and is composed; not fired when code sets `value`.
 *
 * @csspart base - The group around the three buttons.
 * @csspart button - Each button.
 * @csspart decrease - The decrease button.
 * @csspart reset - The reset button.
 * @csspart increase - The increase button.
 * @csspart status - The visually hidden live region that announces the size.
 *
 * @cssprop {<length>} [--bantin-font-scaler-gap=var(--bantin-space-1, 0.25rem)] - Space between the buttons.
 * @cssprop {<length>} [--bantin-target-size=2.75rem] - Minimum width and height of each button.
 * @cssprop {<color>} [--bantin-focus-color=light-dark(#0b57d0, #8ab4f8)] - Focus ring colour.
 * @cssprop {<color>} [--bantin-control-color=var(--bantin-color-text, light-dark(#1a1a1a, #f0f0f0))] - Button text colour.
 * @cssprop {<color>} [--bantin-control-background=var(--bantin-color-surface, light-dark(#ffffff, #1e1e1e))] - Button background.
 * @cssprop {<color>} [--bantin-control-border-color=var(--bantin-color-border, light-dark(#6b6b6b, #a3a3a3))] - Button border colour.
 */
export class BantinFontScaler extends LitElement {
  static override styles = [controlStyles, fontScalerStyles];

  /** The scale steps (an array, or a space-separated string as in the attribute); clipped by `min` and `max`. */
  @property({ converter: levelsConverter })
  levels: number[] | string = [...DEFAULT_LEVELS];

  /** The smallest scale offered (e.g. `0.9`); defaults to the smallest level. */
  @property({ converter: optionalNumberConverter })
  min?: number;

  /** The largest scale offered (e.g. `2`); defaults to the largest level. */
  @property({ converter: optionalNumberConverter })
  max?: number;

  /** The current scale, 1 = 100 %. A size the reader stored earlier takes precedence over the attribute. */
  @property({ type: Number })
  value = 1;

  /** Id of the element to scale. Without it, every `<bantin-article>` on the page. */
  @property()
  for = '';

  /** The `localStorage` key that keeps the reader's choice; scalers sharing a key stay in sync. */
  @property({ attribute: 'storage-key' })
  storageKey = 'bantin:font-scale';

  /** Shows only the glyphs (A−, A, A+); the words stay in each button's accessible name. */
  @property({ type: Boolean, reflect: true })
  compact = false;

  /** Overrides of the built-in strings, e.g. `{"increase": "Chữ to hơn"}`; also settable as JSON. */
  @property({ converter: stringsConverter(TAG) })
  strings?: Partial<BantinStrings>;

  @state() private announcement = '';

  readonly #locale = new LocaleController(this, () => this.strings);
  #ladder: Ladder = buildLadder(TAG, DEFAULT_LEVELS, undefined, undefined);
  #hasStarted = false;
  #warnedFor = '';
  #unsubscribeStore?: () => void;
  #unsubscribeArticles?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeArticles = onArticleConnected((article) => {
      if (!this.for) applyScale(article, this.value);
    });
    if (this.#hasStarted) this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeArticles?.();
    this.#unsubscribeStore?.();
    this.#unsubscribeArticles = this.#unsubscribeStore = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('levels') || changed.has('min') || changed.has('max')) {
      // Frameworks such as React 19 set the property to the attribute's string.
      const levels = Array.isArray(this.levels)
        ? this.levels
        : levelsConverter.fromAttribute(String(this.levels));
      this.#ladder = buildLadder(TAG, levels, this.min, this.max);
    }
    if (!this.#hasStarted) {
      this.#hasStarted = true;
      this.#subscribe();
      this.value = clamp(readScale(this.storageKey) ?? this.#checkedValue(), this.#ladder);
      this.#apply();
      return;
    }
    if (changed.has('storageKey')) this.#subscribe();
    if (changed.has('value') || changed.has('levels') || changed.has('min') || changed.has('max')) {
      this.value = clamp(this.#checkedValue(), this.#ladder);
      if (readScale(this.storageKey) !== this.value) writeScale(this.storageKey, this.value, this.#onSync);
    }
    if (changed.has('value') || changed.has('for') || changed.has('levels')) this.#apply();
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

  readonly #onSync = (scale: number): void => {
    this.value = scale;
  };

  #subscribe(): void {
    this.#unsubscribeStore?.();
    this.#unsubscribeStore = subscribeScale(this.storageKey, this.#onSync);
  }

  #checkedValue(): number {
    if (Number.isFinite(this.value) && this.value > 0) return this.value;
    warn(TAG, 'value', `"${this.value}" is not a positive number; using 1 (100%).`);
    return 1;
  }

  #targets(): HTMLElement[] {
    if (!this.for) return [...connectedArticles()];
    // The scaler may sit in a toolbar's shadow root; look outward to the document.
    let root: Node = this.getRootNode();
    for (;;) {
      const found = (root as Document | ShadowRoot).getElementById?.(this.for);
      if (found) return [found];
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
    if (this.#warnedFor !== this.for) {
      this.#warnedFor = this.for;
      warn(TAG, 'for', `no element has the id "${this.for}"; scaling every <bantin-article> instead.`);
    }
    return [...connectedArticles()];
  }

  #apply(): void {
    for (const target of this.#targets()) applyScale(target, this.value);
  }

  #onAction(direction: -1 | 0 | 1): void {
    const before = this.value;
    if (direction === 0) this.reset();
    else if (direction > 0) this.increase();
    else this.decrease();
    const after = this.value;
    const strings = this.#locale.strings;
    const size = this.#locale.percent(after);
    let message = fill(strings.sizeAnnouncement, { size });
    if (after === before && direction !== 0) {
      message = fill(direction > 0 ? strings.atMaximum : strings.atMinimum, { size });
    }
    // A repeated message would not be announced again; vary it invisibly.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
    if (after !== before) {
      this.dispatchEvent(
        new CustomEvent<BantinFontScaleChangeDetail>('bantin-font-scale-change', {
          detail: { scale: after },
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
