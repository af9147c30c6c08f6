import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkStrings } from './converters.js';
import { intlLocale, stringsOf, type BantinLocale, type BantinStrings } from './strings/index.js';
import { resolveLocale } from './resolve-lang.js';
import { isHydrating } from './bantin-element.js';

/**
 * Element hosts that follow `lang`: one observer of the page serves them all, and every
 * copy of bantin on the page, so it lives behind a `Symbol.for` key on `globalThis`.
 * The shape is a contract between versions: fields may be added, never changed.
 */
interface LangFollowers {
  readonly hosts: Set<{ requestUpdate(): void }>;
  observer?: MutationObserver;
}

const LANG_KEY = Symbol.for('bantin.lang.v1');

function langFollowers(): LangFollowers {
  const holder = globalThis as typeof globalThis & { [LANG_KEY]?: LangFollowers };
  return (holder[LANG_KEY] ??= { hosts: new Set() });
}

function watchLang(host: ReactiveControllerHost): void {
  const followers = langFollowers();
  followers.hosts.add(host);
  if (!followers.observer) {
    followers.observer = new MutationObserver(() => {
      for (const follower of followers.hosts) follower.requestUpdate();
    });
    followers.observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(host: ReactiveControllerHost): void {
  const followers = langFollowers();
  followers.hosts.delete(host);
  if (followers.hosts.size === 0) {
    followers.observer?.disconnect();
    followers.observer = undefined;
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
    return { ...stringsOf(this.locale), ...this.overrides };
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

export { resolveLocale } from './resolve-lang.js';
