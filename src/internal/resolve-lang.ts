import type { BantinLocale } from './strings/types.js';
import { describe, warn } from './warn.js';

/**
 * Which language applies to an element: one answer for every element and controller
 * (the strings an element shows, the voice that reads an article).
 */

/** A BCP 47 shape: a primary language subtag, then subtags (`vi`, `en-GB`, `zh-Hant-TW`). */
const languageTag = /^[a-z]{1,8}(?:[-_][a-z\d]{1,8})*$/i;

/** The lang each element was last warned about, so a re-render does not repeat it. */
const warnedLang = new WeakMap<Element, string>();

/** The nearest `lang`, looking through shadow roots up to the document; "" where none is set. */
export function nearestLang(start: Element): string {
  let node: Node | null = start;
  while (node) {
    // nodeType, not instanceof: an element adopted into an iframe meets that window's classes.
    if (node.nodeType === 1 && (node as Element).hasAttribute('lang')) {
      return ((node as Element).getAttribute('lang') ?? '').trim();
    }
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
  }
  return '';
}

/** The shipped language for a BCP 47 tag, or undefined for one bantin has no strings for. */
export function shippedLocale(lang: string): BantinLocale | undefined {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  return languageTag.test(lang) && (primary === 'vi' || primary === 'en') ? primary : undefined;
}

/** The element's language among those shipped; unknown or malformed tags fall back to Vietnamese, with a warning. */
export function resolveLocale(element: Element): BantinLocale {
  const lang = nearestLang(element);
  const locale = shippedLocale(lang);
  if (locale) return locale;
  if (lang !== '' && warnedLang.get(element) !== lang) {
    warnedLang.set(element, lang);
    const problem = languageTag.test(lang) ? 'has no translation' : 'is not a language tag';
    warn(element.localName, 'lang', `"${describe(lang)}" ${problem}; using Vietnamese.`);
  }
  return 'vi';
}
