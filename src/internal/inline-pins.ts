import { SCALED_VALUES } from './intake-rule.js';

type Property = keyof typeof SCALED_VALUES;
const PROPERTIES = Object.keys(SCALED_VALUES) as Property[];

/**
 * Where the prepaint script (src/prepaint.ts) keeps the portal's own value of a property
 * whose place it gave the intake's value, on a reload at the reader's size before the
 * bundle arrived (named after the measurements beside them, `--_bantin-fs` and `-lh`).
 */
const OWN: Record<Property, string> = { 'font-size': '--_bantin-own-fs', 'line-height': '--_bantin-own-lh' };

/**
 * A size or line height in a style attribute with `!important`
 * (`<p style="font-size: 10pt !important">`) beats every rule, the intake's layered one
 * included: such text stayed at 100 % while the rest grew. While scaled, the intake's
 * value takes its place in the attribute, and the portal's own comes back at 100 % (or
 * before each measurement). A value the portal's script wrote meanwhile is kept.
 */
export class InlinePins {
  /** Per element, the portal's own value of each pinned property and what bantin wrote. */
  readonly #pins = new Map<HTMLElement, Map<Property, { own: string; ours?: string }>>();

  /** Notes the `!important` sizes of `element` (called while its own values are in place). */
  note(element: HTMLElement): void {
    // Reading `element.style` gives an element without a style attribute an inline
    // declaration block, which Chromium then restyles the slow way at every size change
    // (measured: 3 → 8 ms at 300 paragraphs, 28 → 100 ms at 3,000): the attribute first.
    if (!this.#pins.has(element) && !element.getAttribute('style')?.includes('important')) return;
    const style = element.style;
    for (const property of PROPERTIES) {
      // The prepaint script's value in place: the portal's own goes back first.
      const own = style.getPropertyValue(OWN[property]);
      if (own) {
        style.removeProperty(OWN[property]);
        style.setProperty(property, own, 'important');
      }
      if (style.getPropertyPriority(property) !== 'important') {
        this.#pins.get(element)?.delete(property);
        continue;
      }
      let pins = this.#pins.get(element);
      if (!pins) this.#pins.set(element, (pins = new Map()));
      pins.set(property, { own: style.getPropertyValue(property) });
    }
  }

  /** Puts the intake's values in place of the portal's `!important` ones. */
  pin(): void {
    for (const [element, pins] of this.#pins) {
      for (const [property, pin] of pins) {
        element.style.setProperty(property, SCALED_VALUES[property], 'important');
        pin.ours = element.style.getPropertyValue(property);
      }
    }
  }

  /** Gives the portal its own values back. */
  release(): void {
    for (const [element, pins] of this.#pins) {
      for (const [property, pin] of pins) {
        if (pin.ours === undefined) continue;
        // A portal script that rewrote the value meanwhile keeps what it wrote.
        if (element.style.getPropertyValue(property) === pin.ours)
          element.style.setProperty(property, pin.own, 'important');
        pin.ours = undefined;
      }
      if (!element.isConnected) this.#pins.delete(element);
    }
  }
}
