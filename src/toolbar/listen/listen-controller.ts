/**
 * Reads an article aloud, one utterance per sentence, and renders the toolbar's
 * listen controls. Loaded by the toolbar only where a voice exists.
 *
 * Pausing cancels the sentence and resuming speaks it again from its start: the Web
 * Speech API's own pause() is unreliable (Chrome on Android stops for good), and
 * starting the sentence over helps the listener pick up the thread.
 */
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { fill, type BantinStrings } from '../../internal/strings/index.js';
import { parsePositive, readPreference, writePreference } from '../../internal/preferences.js';
import { sentencesOf, type Sentence } from './sentences.js';
import { findVoice, langOf, speech } from './voice.js';

/** The name of the highlight in `CSS.highlights`; style it with `::highlight(bantin-listen)`. */
export const HIGHLIGHT = 'bantin-listen';
const RATES = [0.75, 1, 1.25, 1.5];
const RATE_KEY = 'bantin:listen-rate';

export interface ListenOptions {
  strings(): BantinStrings;
  /** The `Intl` locale the speed is written in. */
  locale(): string;
  /** The element to read. */
  target(): HTMLElement | undefined;
  /** Says something politely in the toolbar's live region. */
  announce(message: string): void;
}

/** One reader at a time: the page has one speech queue. */
let active: ListenController | undefined;
const styled = new WeakSet<Document>();

const icon = (path: ReturnType<typeof svg>) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true">${path}</svg>`;
const hidden = (text: string) => html`<span class="visually-hidden">${text}</span>`;
/** A control shown only while reading. */
const more = (name: string, onClick: () => void, content: unknown) =>
  html`<button type="button" part="button listen-${name}" class="listen-more" @click=${onClick}>
    ${content}
  </button>`;
const speakerIcon = svg`<path d="M11 5 6 9H2v6h4l5 4zM15.5 8.5a5 5 0 0 1 0 7M19 5a10 10 0 0 1 0 14"/>`;
const pauseIcon = svg`<path d="M7 5h3v14H7zM14 5h3v14h-3z"/>`;
const playIcon = svg`<path d="M7 4v16l13-8z"/>`;
const stopIcon = svg`<path d="M6 6h12v12H6z"/>`;
const previousIcon = svg`<path d="M18 6 9 12l9 6zM6 6v12"/>`;
const nextIcon = svg`<path d="m6 6 9 6-9 6zM18 6v12"/>`;

/** Page-level style for the highlight, in a layer so a portal's own rule wins. */
function styleHighlight(doc: Document): void {
  if (styled.has(doc)) return;
  styled.add(doc);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `@layer bantin{::highlight(${HIGHLIGHT}){background-color:#fde047;color:#111}` +
      `@media (forced-colors:active){::highlight(${HIGHLIGHT}){background-color:Highlight;color:HighlightText}}}`,
  );
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * Scrolls only when the sentence leaves the comfortable middle of the screen, so the
 * page does not jump at every sentence; smoothly unless the reader asks for less motion.
 */
function keepInView(range: Range): void {
  const { top, bottom, height } = range.getBoundingClientRect();
  const screen = innerHeight;
  if (!height || (top >= screen * 0.1 && (bottom <= screen * 0.9 || top <= screen * 0.4))) return;
  scrollBy({
    top: top - screen * 0.25,
    behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  });
}

export class ListenController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ListenOptions;
  #state: 'idle' | 'playing' | 'paused' = 'idle';
  #sentences: Sentence[] = [];
  #index = 0;
  #rate: number;
  #lang = '';
  #voice?: SpeechSynthesisVoice;
  #utterance?: SpeechSynthesisUtterance;
  #highlight?: Highlight;
  /** "Đang đọc bài" is said once speech has really begun, not when it was asked for. */
  #announceStart = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ListenOptions) {
    this.#host = host;
    this.#options = options;
    const stored = parsePositive(readPreference(RATE_KEY)) ?? 1;
    this.#rate = RATES.includes(stored) ? stored : 1;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#end();
  }

  /** Whether the article is being read or is paused. */
  get reading(): boolean {
    return this.#state !== 'idle';
  }

  /** Reads the article from its headline. */
  start(): void {
    const target = this.#options.target();
    const lang = target ? langOf(target) : '';
    this.#voice = lang ? findVoice(lang) : undefined;
    this.#sentences = target && this.#voice ? sentencesOf(target, lang) : [];
    if (!this.#sentences.length) {
      this.#say('listenFailed');
      return;
    }
    if (active !== this) active?.stop();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page's one active reader
    active = this;
    this.#lang = this.#voice!.lang.replace(/_/g, '-');
    this.#index = 0;
    this.#play();
  }

  pause(): void {
    if (this.#state !== 'playing') return;
    this.#state = 'paused';
    this.#silence();
    this.#say('listenPaused');
    this.#host.requestUpdate();
  }

  /** Stops reading and clears the highlight; the next start begins at the headline. */
  stop(): void {
    if (!this.reading) return;
    this.#end();
    this.#say('listenStopped');
  }

  next(): void {
    this.#move(1);
  }

  previous(): void {
    this.#move(-1);
  }

  render(strings: BantinStrings) {
    const state = this.#state;
    const [mainIcon, mainLabel] =
      state === 'playing'
        ? [pauseIcon, strings.listenPause]
        : state === 'paused'
          ? [playIcon, strings.listenResume]
          : [speakerIcon, strings.listen];
    const rate = new Intl.NumberFormat(this.#options.locale()).format(this.#rate) + '×';
    return html`<button type="button" part="button listen" @click=${this.#toggle}>
        ${icon(mainIcon)}<span class="label">${mainLabel}</span></button
      >${
        state === 'idle'
          ? nothing
          : [
              more(
                'stop',
                this.#stop,
                html`${icon(stopIcon)}<span class="label">${strings.listenStop}</span>`,
              ),
              more('previous', this.#previous, html`${icon(previousIcon)}${hidden(strings.listenPrevious)}`),
              more('next', this.#next, html`${icon(nextIcon)}${hidden(strings.listenNext)}`),
              more('rate', this.#cycleRate, fill(strings.listenRate, { rate })),
            ]
      }`;
  }

  // Lit calls template listeners with the host as `this`, hence the arrow functions.
  readonly #toggle = () =>
    this.#state === 'idle' ? this.start() : this.#state === 'paused' ? this.#play() : this.pause();
  readonly #stop = () => this.stop();
  readonly #next = () => this.next();
  readonly #previous = () => this.previous();

  readonly #cycleRate = () => {
    this.#rate = RATES[(RATES.indexOf(this.#rate) + 1) % RATES.length]!;
    writePreference(RATE_KEY, String(this.#rate));
    const rate = new Intl.NumberFormat(this.#options.locale()).format(this.#rate) + '×';
    this.#options.announce(fill(this.#options.strings().listenRate, { rate }));
    if (this.#state === 'playing') this.#speak();
    this.#host.requestUpdate();
  };

  #play(): void {
    this.#state = 'playing';
    this.#announceStart = true;
    this.#speak();
    this.#host.requestUpdate();
  }

  #move(step: number): void {
    if (!this.reading) return;
    const index = Math.max(0, this.#index + step);
    if (index >= this.#sentences.length) {
      this.#end();
      this.#say('listenFinished');
      return;
    }
    this.#index = index;
    if (this.#state === 'playing') this.#speak();
    else this.#show(this.#sentences[index]!);
  }

  #speak(): void {
    const engine = speech();
    const sentence = this.#sentences[this.#index]!;
    if (!engine) return this.#fail();
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.lang = this.#lang;
    utterance.voice = this.#voice!;
    utterance.rate = this.#rate;
    // Events of an utterance that was cancelled or replaced are ignored.
    utterance.onstart = () => {
      if (utterance !== this.#utterance) return;
      this.#show(sentence);
      if (this.#announceStart) this.#say('listenReading');
      this.#announceStart = false;
    };
    utterance.onend = () => utterance === this.#utterance && this.#move(1);
    utterance.onerror = (event) => {
      if (utterance !== this.#utterance) return;
      // Another script on the page cancelled our speech: that is a stop, not a failure.
      if (event.error === 'interrupted' || event.error === 'canceled') this.stop();
      else this.#fail();
    };
    this.#silence();
    if (engine.paused) engine.resume();
    this.#utterance = utterance;
    engine.speak(utterance);
  }

  #say(key: keyof BantinStrings): void {
    this.#options.announce(this.#options.strings()[key]);
  }

  #fail(): void {
    this.#end();
    this.#say('listenFailed');
  }

  #silence(): void {
    this.#utterance = undefined;
    const engine = speech();
    if (engine?.speaking || engine?.pending) engine.cancel();
  }

  #show(sentence: Sentence): void {
    if (globalThis.Highlight && CSS.highlights) {
      styleHighlight(sentence.range.startContainer.ownerDocument!);
      this.#highlight = new Highlight(sentence.range);
      CSS.highlights.set(HIGHLIGHT, this.#highlight);
    }
    keepInView(sentence.range);
  }

  #end(): void {
    this.#state = 'idle';
    this.#silence();
    if (this.#highlight && CSS.highlights.get(HIGHLIGHT) === this.#highlight)
      CSS.highlights.delete(HIGHLIGHT);
    this.#highlight = undefined;
    if (active === this) active = undefined;
    // A control that disappears must not take the keyboard focus with it.
    const root = this.#host.shadowRoot!;
    const lost = root.activeElement?.classList.contains('listen-more');
    this.#host.requestUpdate();
    if (lost) {
      void this.#host.updateComplete.then(() => root.querySelector<HTMLElement>('[part~="listen"]')?.focus());
    }
  }
}
