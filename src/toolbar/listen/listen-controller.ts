/**
 * Reads an article aloud, one utterance per sentence, and renders the toolbar's
 * listen controls. Loaded by the toolbar only where a voice exists, or where the portal
 * gives its own recording (`<audio slot="listen">`), which it then plays instead.
 *
 * The voice is given the words a newsreader would say ("Ủy ban nhân dân" for "UBND");
 * the highlight stays on the page's own words.
 *
 * Pausing cancels the sentence and resuming speaks it again from its start: the Web
 * Speech API's own pause() is unreliable (Chrome on Android stops for good), and
 * starting the sentence over helps the listener pick up the thread.
 */
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { fill, type BantinStrings } from '../../internal/strings/index.js';
import { parsePositive, readPreference, writePreference } from '../../internal/preferences.js';
import { describe, warn } from '../../internal/warn.js';
import { claimMediaSession, releaseMediaSession, setPlaybackState } from './media-session.js';
import { NO_SENTENCE_END } from './no-sentence-end.js';
import { sentencesOf, type Sentence } from './sentences.js';
import type { SpokenText } from './spoken.js';
import { findVoice, langOf, speech } from './voice.js';

/** The name of the highlight in `CSS.highlights`; style it with `::highlight(bantin-listen)`. */
export const HIGHLIGHT = 'bantin-listen';
/** The word being said, where the voice reports word boundaries: `::highlight(bantin-listen-word)`. */
export const WORD_HIGHLIGHT = 'bantin-listen-word';
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
  /** The portal's own recording of the article, played instead of a voice. */
  audio?(): HTMLAudioElement | undefined;
  /** The portal's own words, written form → spoken form. */
  pronunciations?(): unknown;
}

/** The spoken forms and their data: a chunk of their own, loaded when reading starts. */
let spokenForms: Promise<typeof import('./spoken.js')> | undefined;

/** The portal's pronunciations, or none (with a warning) when they are not text → text. */
function checkPronunciations(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    warn(
      'bantin-toolbar',
      'pronunciations',
      `expected an object of written → spoken words, got ${describe(value)}; using the built-in list.`,
    );
    return {};
  }
  const words: Record<string, string> = {};
  for (const [written, spoken] of Object.entries(value)) {
    if (typeof spoken === 'string' && written.trim()) words[written] = spoken;
    else
      warn(
        'bantin-toolbar',
        'pronunciations',
        `"${written}" is not given as text (${describe(spoken)}); ignoring it.`,
      );
  }
  return words;
}

/** A cue of the portal's recording and the sentence of the page it says. */
interface Cue {
  start: number;
  end: number;
  sentence?: Sentence;
}

const squash = (text: string) =>
  text.replace(/\s+/g, ' ').replace(/\.\/$/, '.').trim().toLocaleLowerCase('vi');

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
      `::highlight(${WORD_HIGHLIGHT}){text-decoration:underline 0.15em;text-underline-offset:0.2em}` +
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
  #wordHighlight?: Highlight;
  /** Each reading's spoken forms (the built-in list with the portal's words over it). */
  #spell?: (text: string) => SpokenText;
  /** The `pronunciations` object the speller was built from, and the builder. */
  #words?: unknown;
  #speller?: (typeof import('./spoken.js'))['speller'];
  #vietnamese = false;
  /** The portal's recording being played, and its cues. */
  #audio?: HTMLAudioElement;
  #cues: Cue[] = [];
  /** Counts starts, so a start that waited for its data knows whether it still stands. */
  #starts = 0;
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
    this.#starts++;
    this.#end();
  }

  /** Whether the article is being read or is paused. */
  get reading(): boolean {
    return this.#state !== 'idle';
  }

  /** Reads the article from its headline (or plays the portal's recording from its start). */
  async start(): Promise<void> {
    const start = ++this.#starts;
    const target = this.#options.target();
    const audio = this.#options.audio?.();
    const lang = target ? langOf(target) : '';
    const voice = !audio && lang ? findVoice(lang) : undefined;
    if (!audio && !(target && voice)) return this.#say('listenFailed');
    // A recording starts at once, in the reader's click: browsers (Safari first) refuse
    // to play sound once the click is more than a moment old. Its cues follow.
    if (audio) this.#begin(target, [], audio);
    const forms = await (spokenForms ??= import('./spoken.js'));
    if (start !== this.#starts) return;
    const vietnamese = /^vi(?:[-_]|$)/i.test(lang);
    const given = this.#options.pronunciations?.();
    const words = checkPronunciations(given);
    const noEnd = vietnamese
      ? [...NO_SENTENCE_END, ...Object.keys(words).filter((key) => key.endsWith('.'))]
      : [];
    const sentences = target ? sentencesOf(target, lang, noEnd) : [];
    if (audio) {
      const cues = await cuesOf(audio, sentences);
      if (start !== this.#starts || audio !== this.#audio) return;
      this.#sentences = sentences;
      this.#cues = cues;
      this.#onTime();
      return;
    }
    if (!sentences.length) return this.#say('listenFailed');
    this.#voice = voice;
    this.#lang = voice!.lang.replace(/_/g, '-');
    this.#spell = forms.speller(words, vietnamese);
    this.#words = given;
    this.#speller = forms.speller;
    this.#vietnamese = vietnamese;
    this.#begin(target, sentences);
  }

  /** Becomes the page's reader, on the lock screen too, and plays from the start. */
  #begin(target: Element | undefined, sentences: Sentence[], audio?: HTMLAudioElement): void {
    if (this.reading) this.#end();
    if (active !== this) active?.stop();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page's one active reader
    active = this;
    this.#sentences = sentences;
    this.#cues = [];
    this.#audio = audio;
    this.#index = 0;
    if (audio) {
      this.#listenTo(audio, true);
      audio.currentTime = 0;
    }
    claimMediaSession(target, {
      play: () => (this.#state === 'idle' ? void this.start() : this.#play()),
      pause: () => this.pause(),
      stop: () => this.stop(),
      previous: () => this.previous(),
      next: () => this.next(),
    });
    this.#play();
  }

  pause(): void {
    if (this.#state !== 'playing') return;
    this.#state = 'paused';
    // A recording pauses where it is; a voice is silenced and resumes at the sentence's start.
    if (this.#audio) this.#audio.pause();
    else this.#silence();
    setPlaybackState('paused');
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
    this.#state === 'idle' ? void this.start() : this.#state === 'paused' ? this.#play() : this.pause();
  readonly #stop = () => this.stop();
  readonly #next = () => this.next();
  readonly #previous = () => this.previous();

  readonly #cycleRate = () => {
    this.#rate = RATES[(RATES.indexOf(this.#rate) + 1) % RATES.length]!;
    writePreference(RATE_KEY, String(this.#rate));
    const rate = new Intl.NumberFormat(this.#options.locale()).format(this.#rate) + '×';
    this.#options.announce(fill(this.#options.strings().listenRate, { rate }));
    if (this.#audio) this.#audio.playbackRate = this.#rate;
    else if (this.#state === 'playing') this.#speak();
    this.#host.requestUpdate();
  };

  #play(): void {
    if (this.#state === 'playing') return;
    this.#state = 'playing';
    this.#announceStart = true;
    setPlaybackState('playing');
    if (this.#audio) this.#playAudio(this.#audio);
    else this.#speak();
    this.#host.requestUpdate();
  }

  #playAudio(audio: HTMLAudioElement): void {
    audio.playbackRate = this.#rate;
    audio.play().catch((error: unknown) => {
      // A pause or stop before playback began rejects play(): that is no failure.
      if (audio === this.#audio && this.#state === 'playing' && (error as Error)?.name !== 'AbortError')
        this.#fail();
    });
  }

  /** Follows (or, with `on` false, stops following) the recording's progress. */
  #listenTo(audio: HTMLAudioElement, on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    audio[method]('playing', this.#onPlaying);
    audio[method]('timeupdate', this.#onTime);
    audio[method]('seeked', this.#onTime);
    audio[method]('pause', this.#onAudioPause);
    audio[method]('ended', this.#onEnded);
    audio[method]('error', this.#onAudioError);
    for (const track of audio.textTracks) track[method]('cuechange', this.#onTime);
  }

  readonly #onPlaying = () => {
    if (this.#announceStart) this.#say('listenReading');
    this.#announceStart = false;
  };

  /** The cue being played decides the sentence highlighted. */
  readonly #onTime = () => {
    const audio = this.#audio;
    if (!audio) return;
    const time = audio.currentTime;
    let index = -1;
    for (let i = 0; i < this.#cues.length; i++) if (this.#cues[i]!.start <= time + 0.001) index = i;
    const cue = this.#cues[index];
    if (!cue || time >= cue.end) return;
    if (index !== this.#index || !this.#highlight) {
      this.#index = index;
      if (cue.sentence) this.#show(cue.sentence);
    }
  };

  /** Paused by someone else (the page, the system, the recording taken out): the controls say so. */
  readonly #onAudioPause = () => {
    const audio = this.#audio;
    if (this.#state !== 'playing' || !audio?.paused || audio.ended) return;
    this.#state = 'paused';
    setPlaybackState('paused');
    this.#say('listenPaused');
    this.#host.requestUpdate();
  };

  readonly #onEnded = () => {
    this.#end();
    this.#say('listenFinished');
  };

  readonly #onAudioError = () => this.#fail();

  #move(step: number): void {
    if (!this.reading) return;
    const audio = this.#audio;
    if (audio) return this.#seek(audio, step);
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

  /** Previous or next cue of the recording; without cues, ten seconds back or on. */
  #seek(audio: HTMLAudioElement, step: number): void {
    if (!this.#cues.length) {
      audio.currentTime = Math.max(0, audio.currentTime + step * 10);
      return;
    }
    const index = Math.max(0, this.#index + step);
    const cue = this.#cues[index];
    if (!cue) {
      this.#end();
      this.#say('listenFinished');
      return;
    }
    this.#index = index;
    audio.currentTime = cue.start;
    if (cue.sentence) this.#show(cue.sentence);
  }

  #speak(): void {
    const engine = speech();
    const sentence = this.#sentences[this.#index]!;
    if (!engine) return this.#fail();
    // Pronunciations the portal sets while the article is read apply from the next sentence.
    const given = this.#options.pronunciations?.();
    if (given !== this.#words && this.#speller) {
      this.#words = given;
      this.#spell = this.#speller(checkPronunciations(given), this.#vietnamese);
    }
    const spoken = this.#spell?.(sentence.text) ?? { text: sentence.text, written: (a, b) => [a, b] };
    const utterance = new SpeechSynthesisUtterance(spoken.text);
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
    utterance.onboundary = (event) => {
      if (utterance !== this.#utterance || event.name === 'sentence') return;
      // The voice counts in the spoken text; the page's words are found through the map.
      const start = event.charIndex;
      const length = event.charLength || (/^[^\s]*/.exec(spoken.text.slice(start))?.[0].length ?? 0);
      this.#showWord(sentence, ...spoken.written(start, start + Math.max(1, length)));
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
      this.#clearWord();
    }
    keepInView(sentence.range);
  }

  /** Highlights the written characters `[start, end)` of the sentence being spoken. */
  #showWord(sentence: Sentence, start: number, end: number): void {
    const first = sentence.points[start];
    const last = sentence.points[Math.min(end, sentence.points.length) - 1];
    if (!first || !last || !globalThis.Highlight || !CSS.highlights) return;
    const range = new Range();
    range.setStart(...first);
    range.setEnd(last[0], last[1] + 1);
    this.#wordHighlight = new Highlight(range);
    CSS.highlights.set(WORD_HIGHLIGHT, this.#wordHighlight);
  }

  #clearWord(): void {
    if (this.#wordHighlight && CSS.highlights.get(WORD_HIGHLIGHT) === this.#wordHighlight)
      CSS.highlights.delete(WORD_HIGHLIGHT);
    this.#wordHighlight = undefined;
  }

  #end(): void {
    const wasReading = this.reading;
    this.#state = 'idle';
    this.#silence();
    const audio = this.#audio;
    if (audio) {
      this.#listenTo(audio, false);
      audio.pause();
      audio.currentTime = 0;
    }
    this.#audio = undefined;
    if (this.#highlight && CSS.highlights.get(HIGHLIGHT) === this.#highlight)
      CSS.highlights.delete(HIGHLIGHT);
    this.#highlight = undefined;
    if (this.#wordHighlight) this.#clearWord();
    if (wasReading) releaseMediaSession();
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

/**
 * The recording's cues (from its `<track kind="metadata">`), each matched to the page's
 * sentence with the same words, else to the sentence at its place. Waits for the track
 * to load; a recording without one has no cues (no highlight, previous/next by ten seconds).
 */
async function cuesOf(audio: HTMLAudioElement, sentences: Sentence[]): Promise<Cue[]> {
  const element = [...audio.querySelectorAll('track')].find(
    (track) => (track.kind || 'subtitles') === 'metadata' || track.default,
  );
  const track = element?.track;
  if (!element || !track) return [];
  if (track.mode === 'disabled') track.mode = 'hidden';
  if (element.readyState !== HTMLTrackElement.LOADED && element.readyState !== HTMLTrackElement.ERROR) {
    await new Promise<void>((resolve) => {
      element.addEventListener('load', () => resolve(), { once: true });
      element.addEventListener('error', () => resolve(), { once: true });
    });
  }
  const texts = sentences.map((sentence) => squash(sentence.text));
  let next = 0;
  return [...(track.cues ?? [])].map((cue, index) => {
    const text = squash((cue as VTTCue).text ?? '');
    const found = texts.indexOf(text, next);
    const at = found >= 0 ? found : texts.indexOf(text);
    if (found >= 0) next = found + 1;
    return { start: cue.startTime, end: cue.endTime, sentence: sentences[at >= 0 ? at : index] };
  });
}
