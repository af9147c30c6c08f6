import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkStrings } from './converters.js';
import { intlLocale, translations, type BantinLocale, type BantinStrings } from './strings/index.js';
import { describe, warn } from './warn.js';
import { isHydrating } from './bantin-element.js';

/** A BCP 47 shape: a primary language subtag, then subtags (`vi`, `en-GB`, `zh-Hant-TW`). */
const languageTag = /^[a-z]{1,8}(?:[-_][a-z\d]{1,8})*$/i;

/** The lang each element was last warned about, so a re-render does not repeat it. */
const warnedLang = new WeakMap<Element, string>();

/** The nearest `lang`, looking through shadow roots up to the document. */
function nearestLang(start: Element): string {
  let node: Node | null = start;
  while (node) {
    // nodeType, not instanceof: an element adopted into an iframe meets that window's classes.
    if (node.nodeType === 1 && (node as Element).hasAttribute('lang')) {
      return (node as Element).getAttribute('lang') ?? '';
    }
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
  }
  return '';
}

/** Maps a BCP 47 tag to a shipped language; unknown or malformed tags fall back to Vietnamese. */
export function resolveLocale(element: Element): BantinLocale {
  const lang = nearestLang(element).trim();
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  if (languageTag.test(lang) && (primary === 'vi' || primary === 'en')) return primary;
  if (lang !== '' && warnedLang.get(element) !== lang) {
    warnedLang.set(element, lang);
    const problem = languageTag.test(lang) ? 'has no translation' : 'is not a language tag';
    warn(element.localName, 'lang', `"${describe(lang)}" ${problem}; using Vietnamese.`);
  }
  return 'vi';
}

/** Element hosts that follow `lang`; one observer of the page serves them all. */
const followers = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;

function watchLang(host: ReactiveControllerHost): void {
  followers.add(host);
  if (!langObserver) {
    langObserver = new MutationObserver(() => {
      for (const follower of followers) follower.requestUpdate();
    });
    langObserver.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(host: ReactiveControllerHost): void {
  followers.delete(host);
  if (followers.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

/**
 * Gives an element the strings of its nearest `lang`, merged with its checked
 * per-instance overrides, and re-renders it when any `lang` on the page changes.
 */
export class LocaleController implements ReactiveController {
  locale: BantinLocale = 'vi';
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #overrides: () => unknown;
  #raw: unknown;
  #checked?: Partial<BantinStrings>;
  #hydrated = false;

  constructor(host: ReactiveControllerHost & HTMLElement, overrides: () => unknown) {
    this.#host = host;
    this.#overrides = overrides;
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.#host);
  }

  hostDisconnected(): void {
    unwatchLang(this.#host);
  }

  hostUpdate(): void {
    // Hydration keeps the server's text, rendered in the default language: render that
    // first, then the page's language in the update that follows.
    this.#hydrated = isHydrating(this.#host);
    if (!this.#hydrated) this.locale = resolveLocale(this.#host);
  }

  hostUpdated(): void {
    if (this.#hydrated) {
      this.#hydrated = false;
      if (resolveLocale(this.#host) !== this.locale) this.#host.requestUpdate();
    }
  }

  /**
   * The overrides, checked key by key. A script may set the property to anything (a
   * JSON string, an object with numbers in it); each new value is checked once.
   */
  get overrides(): Partial<BantinStrings> | undefined {
    const raw = this.#overrides();
    if (raw !== this.#raw) {
      this.#raw = raw;
      this.#checked = checkStrings(this.#host.localName, raw);
    }
    return this.#checked;
  }

  get strings(): BantinStrings {
    return { ...translations[this.locale], ...this.overrides };
  }

  get intlLocale(): string {
    return intlLocale[this.locale];
  }

  /** "110%" in Vietnamese, "110%" in English, via `Intl`. */
  percent(scale: number): string {
    return new Intl.NumberFormat(this.intlLocale, { style: 'percent', maximumFractionDigits: 0 }).format(
      scale,
    );
  }
}
