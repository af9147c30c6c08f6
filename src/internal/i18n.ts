import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isHydrating } from './bantin-element.js';
import { warn } from './warn.js';

/** Every string a bantin element shows or announces. */
export interface BantinStrings {
  textSize: string;
  decrease: string;
  reset: string;
  increase: string;
  /** `{size}` is replaced by the formatted percentage. */
  sizeAnnouncement: string;
  atMinimum: string;
  atMaximum: string;
  /** Announced when the page kept its text size although the reader asked for another. */
  sizeUnchanged: string;
  toolbar: string;
  published: string;
  print: string;
  share: string;
  linkCopied: string;
  linkNotCopied: string;
  imageUnavailable: string;
  credit: string;
  enlarge: string;
  close: string;
  /** The listen button: reads the article aloud. */
  listen: string;
  listenPause: string;
  listenResume: string;
  listenStop: string;
  listenPrevious: string;
  listenNext: string;
  /** `{rate}` is replaced by the formatted speed, e.g. "1,25×". */
  listenRate: string;
  listenReading: string;
  listenPaused: string;
  listenStopped: string;
  listenFinished: string;
  listenFailed: string;
}

export type BantinLocale = 'vi' | 'en';

const vi: BantinStrings = {
  textSize: 'Cỡ chữ',
  decrease: 'Giảm cỡ chữ',
  reset: 'Cỡ chữ mặc định',
  increase: 'Tăng cỡ chữ',
  sizeAnnouncement: 'Cỡ chữ {size}',
  atMinimum: 'Đã ở cỡ chữ nhỏ nhất, {size}',
  atMaximum: 'Đã ở cỡ chữ lớn nhất, {size}',
  sizeUnchanged: 'Không thay đổi được cỡ chữ trên trang này',
  toolbar: 'Công cụ bản tin',
  published: 'Ngày đăng',
  print: 'In bài viết',
  share: 'Chia sẻ',
  linkCopied: 'Đã sao chép liên kết bài viết',
  linkNotCopied: 'Không sao chép được liên kết. Hãy sao chép liên kết dưới đây:',
  imageUnavailable: 'Không tải được hình ảnh',
  credit: 'Ảnh',
  enlarge: 'Phóng to ảnh',
  close: 'Đóng',
  listen: 'Nghe đọc bài',
  listenPause: 'Tạm dừng',
  listenResume: 'Đọc tiếp',
  listenStop: 'Dừng đọc',
  listenPrevious: 'Câu trước',
  listenNext: 'Câu sau',
  listenRate: 'Tốc độ đọc {rate}',
  listenReading: 'Đang đọc bài',
  listenPaused: 'Đã tạm dừng đọc',
  listenStopped: 'Đã dừng đọc',
  listenFinished: 'Đã đọc hết bài',
  listenFailed: 'Không đọc được bài viết',
};

const en: BantinStrings = {
  textSize: 'Text size',
  decrease: 'Decrease text size',
  reset: 'Default text size',
  increase: 'Increase text size',
  sizeAnnouncement: 'Text size {size}',
  atMinimum: 'Already at the smallest text size, {size}',
  atMaximum: 'Already at the largest text size, {size}',
  sizeUnchanged: 'The text size could not be changed on this page',
  toolbar: 'Article tools',
  published: 'Published',
  print: 'Print article',
  share: 'Share',
  linkCopied: 'Article link copied',
  linkNotCopied: 'Could not copy the link. Please copy it from here:',
  imageUnavailable: 'Image could not be loaded',
  credit: 'Photo',
  enlarge: 'Enlarge image',
  close: 'Close',
  listen: 'Listen to the article',
  listenPause: 'Pause',
  listenResume: 'Resume',
  listenStop: 'Stop reading',
  listenPrevious: 'Previous sentence',
  listenNext: 'Next sentence',
  listenRate: 'Reading speed {rate}',
  listenReading: 'Reading the article aloud',
  listenPaused: 'Reading paused',
  listenStopped: 'Stopped reading',
  listenFinished: 'Finished reading the article',
  listenFailed: 'The article could not be read aloud',
};

export const translations: Readonly<Record<BantinLocale, BantinStrings>> = { vi, en };

/** The `Intl` locale each language formats numbers and dates with. */
export const intlLocale: Readonly<Record<BantinLocale, string>> = { vi: 'vi-VN', en: 'en-GB' };

const warnedLangs = new Set<string>();

/** The nearest `lang`, looking through shadow roots up to the document. */
function nearestLang(start: Element): string {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang') ?? '';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/** Maps a BCP 47 tag to a shipped language; unknown tags fall back to Vietnamese. */
export function resolveLocale(element: Element): BantinLocale {
  const lang = nearestLang(element).trim();
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'vi' || primary === 'en') return primary;
  if (primary !== '' && !warnedLangs.has(lang)) {
    warnedLangs.add(lang);
    warn(element.localName, 'lang', `"${lang}" has no translation; using Vietnamese.`);
  }
  return 'vi';
}

/** Element hosts that follow `lang`; one observer serves them all. */
const followers = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;

function watchLang(host: ReactiveControllerHost): void {
  followers.add(host);
  if (!langObserver) {
    langObserver = new MutationObserver(() => {
      for (const follower of followers) follower.requestUpdate();
    });
    langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
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
 * Gives an element the strings of its nearest `lang`, merged with per-instance
 * overrides, and re-renders it when any `lang` on the page changes.
 */
export class LocaleController implements ReactiveController {
  locale: BantinLocale = 'vi';
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #overrides: () => Partial<BantinStrings> | undefined;
  #hydrated = false;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    overrides: () => Partial<BantinStrings> | undefined,
  ) {
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

  get strings(): BantinStrings {
    return { ...translations[this.locale], ...this.#overrides() };
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

/** Attribute converter for `strings='{"print": "…"}'` that warns instead of throwing. */
export function stringsConverter(tag: string) {
  return {
    fromAttribute(value: string | null): Partial<BantinStrings> | undefined {
      if (value === null || value.trim() === '') return undefined;
      try {
        const parsed: unknown = JSON.parse(value);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
          return parsed as Partial<BantinStrings>;
        }
      } catch {
        // fall through to the warning below
      }
      warn(tag, 'strings', 'is not a JSON object of strings; using the built-in strings.');
      return undefined;
    },
    toAttribute(value: Partial<BantinStrings> | undefined): string | null {
      return value ? JSON.stringify(value) : null;
    },
  };
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
