/**
 * A scripted `speechSynthesis` for tests: headless browsers have no voices (or, with
 * speech-dispatcher, thousands that differ per machine). It keeps the Web Speech API's
 * shape and its asynchronous events (start, boundary, end, error), and lets a test
 * decide when each sentence ends.
 */

export interface FakeVoiceInit {
  name: string;
  lang: string;
  localService?: boolean;
  default?: boolean;
}

type Handler = ((event: Event) => void) | null;

export class FakeUtterance extends EventTarget {
  text: string;
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  pitch = 1;
  volume = 1;
  onstart: Handler = null;
  onend: Handler = null;
  onerror: Handler = null;
  onboundary: Handler = null;
  onpause: Handler = null;
  onresume: Handler = null;
  onmark: Handler = null;

  constructor(text = '') {
    super();
    this.text = text;
  }

  /** Fires `type` the way engines do: listeners and the `on…` handler. */
  fire(type: string, extra: Record<string, unknown> = {}): void {
    const event = Object.assign(new Event(type), { utterance: this, charIndex: 0, elapsedTime: 0, ...extra });
    this.dispatchEvent(event);
    (this as unknown as Record<string, Handler>)[`on${type}`]?.call(this, event);
  }
}

export class FakeSpeech extends EventTarget {
  voices: SpeechSynthesisVoice[];
  /** Every utterance given to speak(), in order. */
  readonly spoken: FakeUtterance[] = [];
  /** Every utterance that began to be spoken (fired `start`), in order. */
  readonly started: FakeUtterance[] = [];
  /** Called right after an utterance's `start` has been handled by the page. */
  afterStart?: (utterance: FakeUtterance) => void;
  /** Utterances waiting their turn; the first is being spoken. */
  readonly queue: FakeUtterance[] = [];
  paused = false;
  cancels = 0;
  /** Ends each utterance on its own, one task after it starts. */
  auto: boolean;
  onvoiceschanged: Handler = null;

  constructor(voices: FakeVoiceInit[], auto = false) {
    super();
    this.voices = voices.map(voice);
    this.auto = auto;
  }

  get speaking(): boolean {
    return this.queue.length > 0;
  }

  get pending(): boolean {
    return this.queue.length > 1;
  }

  /** The utterance being spoken (it has fired `start`). */
  get current(): FakeUtterance | undefined {
    return this.queue[0];
  }

  /** How many `voiceschanged` listeners the page holds. */
  voicesListeners = 0;

  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    if (args[0] === 'voiceschanged' && args[1]) this.voicesListeners++;
    super.addEventListener(...args);
  }

  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    if (args[0] === 'voiceschanged' && args[1]) this.voicesListeners--;
    super.removeEventListener(...args);
  }

  getVoices(): SpeechSynthesisVoice[] {
    return [...this.voices];
  }

  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
    this.queue.push(utterance);
    if (this.queue.length === 1) this.#begin();
  }

  cancel(): void {
    this.cancels++;
    const [current, ...waiting] = this.queue.splice(0);
    // Chromium reports the cut-off utterance as interrupted and the queued ones as canceled.
    if (current) later(() => current.fire('error', { error: 'interrupted' }));
    for (const utterance of waiting) later(() => utterance.fire('error', { error: 'canceled' }));
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
  }

  /** Ends the sentence being spoken, as the engine does when it has said it. */
  finish(): void {
    const utterance = this.queue.shift();
    if (!utterance) throw new Error('nothing is being spoken');
    // What was already queued starts now; what the page speaks from `end` starts itself.
    const waiting = this.queue.length > 0;
    utterance.fire('end', { charIndex: utterance.text.length });
    if (waiting && this.queue.length > 0) this.#begin();
  }

  /** A word boundary inside the current sentence. */
  boundary(charIndex: number): void {
    this.current?.fire('boundary', { charIndex, name: 'word' });
  }

  /** The engine fails mid-sentence (e.g. the voice cannot be loaded). */
  fail(error = 'synthesis-failed'): void {
    const utterance = this.queue.shift();
    utterance?.fire('error', { error });
  }

  /** Voices arrive or change, as when the browser finishes loading them. */
  setVoices(voices: FakeVoiceInit[]): void {
    this.voices = voices.map(voice);
    const event = new Event('voiceschanged');
    this.dispatchEvent(event);
    this.onvoiceschanged?.call(this, event);
  }

  #begin(): void {
    const utterance = this.queue[0];
    if (!utterance) return;
    later(() => {
      if (this.queue[0] !== utterance) return;
      this.started.push(utterance);
      utterance.fire('start');
      this.afterStart?.(utterance);
      if (this.auto) later(() => this.queue[0] === utterance && this.finish());
    });
  }
}

function voice(init: FakeVoiceInit): SpeechSynthesisVoice {
  return {
    name: init.name,
    lang: init.lang,
    localService: init.localService ?? true,
    default: init.default ?? false,
    voiceURI: `fake:${init.name}`,
  };
}

function later(task: () => void): void {
  setTimeout(task, 0);
}

export const vietnameseVoice: FakeVoiceInit = { name: 'Tiếng Việt (giả lập)', lang: 'vi-VN' };
export const englishVoice: FakeVoiceInit = { name: 'English (fake)', lang: 'en-GB' };

type Speechless = { speechSynthesis?: unknown; SpeechSynthesisUtterance?: unknown };

/**
 * Installs a fake engine (or, with `null`, none at all) on `win` until the returned
 * `restore` is called; the real one comes back untouched.
 */
export function installSpeech(
  fake: FakeSpeech | null,
  win: Window = window,
): { speech: FakeSpeech | null; restore: () => void } {
  const target = win as unknown as Speechless;
  const saved = (['speechSynthesis', 'SpeechSynthesisUtterance'] as const).map(
    (name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const,
  );
  Object.defineProperty(target, 'speechSynthesis', { configurable: true, get: () => fake ?? undefined });
  Object.defineProperty(target, 'SpeechSynthesisUtterance', {
    configurable: true,
    writable: true,
    value: fake ? FakeUtterance : undefined,
  });
  return {
    speech: fake,
    restore: () => {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(target, name, descriptor);
        else delete target[name];
      }
    },
  };
}
