/**
 * Whether the toolbar offers "Nghe đọc bài", and the reading engine where it does. The
 * toolbar loads this part after its first render, in idle time: most pages show the
 * toolbar long before a reader looks for listen, and the voice lookup can be slow.
 */
import { nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { chunkMissing } from '../../internal/load-chunk.js';
import type { BantinStrings } from '../../internal/strings/index.js';
import type { ListenController, ListenOptions } from './listen-controller.js';
import { findVoice, langOf, listenTarget, speech } from './voice.js';

export interface VoiceCheckOptions extends Omit<ListenOptions, 'target' | 'audio'> {
  /** Whether the host offers the listen action at all. */
  enabled(): boolean;
  /** The id the host's `for` names; empty for the next article. */
  targetId(): string;
  /** The tag to name in a warning. */
  tag: string;
}

/**
 * Offers listen only where the browser has a voice for the article's language (or the
 * portal gives its own recording), and loads the reading engine only then. Looking up
 * voices can be slow (espeak through speech-dispatcher lists thousands), so it happens
 * when the language or the voices change, not at every render.
 */
export class VoiceCheck implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: VoiceCheckOptions;
  /** The speech engine whose `voiceschanged` we follow. */
  #engine?: SpeechSynthesis;
  /** The language the voice was last looked up for, and whether one was found. */
  #voiceLang?: string;
  #voiced = false;
  /** Whether the portal gives its own recording (`<audio slot="listen">`). */
  #recorded = false;
  #listen?: ListenController;
  #listenLoading?: Promise<void>;

  constructor(host: ReactiveElement, options: VoiceCheckOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#voiceLang = undefined;
    this.#host.requestUpdate();
  }

  /** Before each render, so the button is there (or not) in the same update. */
  hostUpdate(): void {
    this.#check();
  }

  hostDisconnected(): void {
    this.#follow(undefined);
  }

  /** The listen controls, where listen is offered (or still reading). */
  render(strings: BantinStrings) {
    return this.#voiced || this.#recorded || this.#listen?.reading ? this.#listen?.render(strings) : nothing;
  }

  #check(): void {
    const host = this.#host;
    const enabled = this.#options.enabled();
    const engine = host.isConnected && enabled ? speech() : undefined;
    this.#follow(engine);
    const target = this.#target();
    const lang = engine ? langOf(target ?? host) : '';
    if (lang !== this.#voiceLang) {
      this.#voiceLang = lang;
      this.#voiced = !!lang && !!findVoice(lang, engine);
    }
    this.#recorded = !!this.#audio();
    if (!engine && !this.#recorded && this.#listen?.reading) this.#listen.stop();
    if ((this.#voiced || this.#recorded) && !this.#listenLoading) {
      this.#listenLoading = import('./listen-controller.js').then(({ ListenController }) => {
        this.#listen = new ListenController(host, {
          ...this.#options,
          target: () => this.#target(),
          audio: () => this.#audio(),
        });
        host.requestUpdate();
      }, chunkMissing(this.#options.tag));
    }
  }

  #target(): HTMLElement | undefined {
    return listenTarget(this.#host, this.#options.targetId());
  }

  /** The portal's own recording of the article, which listen plays instead of a voice. */
  #audio(): HTMLAudioElement | undefined {
    if (!this.#options.enabled()) return undefined;
    return this.#host.querySelector<HTMLAudioElement>(':scope > audio[slot="listen"]') ?? undefined;
  }

  #follow(engine: SpeechSynthesis | undefined): void {
    if (engine === this.#engine) return;
    this.#engine?.removeEventListener('voiceschanged', this.#onVoicesChanged);
    engine?.addEventListener('voiceschanged', this.#onVoicesChanged);
    this.#engine = engine;
    this.#voiceLang = undefined;
  }

  readonly #onVoicesChanged = (): void => {
    this.#voiceLang = undefined;
    this.#host.requestUpdate();
  };
}
