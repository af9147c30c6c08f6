import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BantinElement } from '../internal/bantin-element.js';
import { formatDate, parseDate, type ParsedDate } from '../internal/date.js';
import { RovingTabindexController } from '../internal/roving-tabindex-controller.js';
import { checkProperties, stringsConverter } from '../internal/converters.js';
import { LocaleController } from '../internal/locale-controller.js';
import type { BantinStrings } from '../internal/strings/index.js';
import { controlStyles } from '../internal/shared.styles.js';
import { warn } from '../internal/warn.js';
import type { ListenController } from './listen/listen-controller.js';
import { findVoice, langOf, listenTarget, speech } from './listen/voice.js';
import { toolbarStyles } from './toolbar.styles.js';

const TAG = 'bantin-toolbar';
const KNOWN_ACTIONS = ['print', 'share', 'listen'] as const;
type Action = (typeof KNOWN_ACTIONS)[number];
const DEFAULT_ACTIONS = 'print share listen';

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]';

const printIcon = svg`<path d="M6 9V3h12v6M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v7H6z"/>`;
const shareIcon = svg`<circle cx="18" cy="5" r="3"/><circle cx="6" cy="12" r="3"/><circle cx="18" cy="19" r="3"/><path d="m8.6 13.5 6.8 4M15.4 6.5l-6.8 4"/>`;

/**
 * The bulletin toolbar: the publication date, a text-size scaler and the reader's
 * actions (print, share, listen), plus any the portal adds. It is one tab stop; the
 * arrow keys, Home and End move between its controls (WAI-ARIA APG toolbar pattern).
 *
 * "Nghe đọc bài" (listen) reads the article aloud with the browser's own voices, one
 * sentence at a time, and highlights the sentence being read with the CSS Custom
 * Highlight API under the name `bantin-listen` (style it with
 * `::highlight(bantin-listen)`). It shows only where the browser has a voice for the
 * article's language. The article is the element `for` names, else the first
 * `<bantin-article>` after the toolbar. The reading speed is kept in `localStorage`
 * (`bantin:listen-rate`).
 *
 * @tagname bantin-toolbar
 * @summary Publication date, text size, print, share and listen, in one keyboard-friendly toolbar.
 *
 * @slot - The portal's own actions: `<button>`s or links, joined to the arrow-key order.
 *
 * @fires {CustomEvent<BantinFontScaleChangeDetail>} bantin-font-scale-change - The reader changed the size with the toolbar's scaler. `detail: { scale }`. Bubbles out of the toolbar; not fired when code sets a value.
 *
 * @csspart base - The bar around the date and the toolbar.
 * @csspart date - The paragraph holding the `<time>`.
 * @csspart toolbar - The `role="toolbar"` group of controls.
 * @csspart scaler - The `<bantin-font-scaler>`.
 * @csspart button - Each of the toolbar's own buttons.
 * @csspart print - The print button.
 * @csspart share - The share button.
 * @csspart listen - The listen button; while reading, it pauses and resumes.
 * @csspart listen-stop - "Dừng đọc", while reading.
 * @csspart listen-previous - The previous-sentence button, while reading.
 * @csspart listen-next - The next-sentence button, while reading.
 * @csspart listen-rate - The reading-speed button (0.75× to 1.5×), while reading.
 * @csspart status - The visually hidden live region for confirmations.
 *
 * @cssprop {<length>} [--bantin-toolbar-gap=var(--bantin-space-2, 0.5rem)] - Space between controls.
 * @cssprop [--bantin-toolbar-padding=0.5rem 0] - Padding of the bar.
 * @cssprop {<color>} [--bantin-toolbar-border-color=var(--bantin-color-border, light-dark(#6b6b6b, #a3a3a3))] - The rule under the bar.
 * @cssprop {<length>} [--bantin-space-2=0.5rem] - Library-wide medium space; the default gap between controls.
 * @cssprop [--bantin-font-family=system-ui, …, sans-serif] - Font stack of the date and the buttons.
 * @cssprop {<color>} [--bantin-color-text-muted=light-dark(#4a4a4a, #c8c8c8)] - Colour of the date.
 * @cssprop {<length>} [--bantin-control-font-size=1rem] - Text size of the buttons (not scaled with the article, so controls keep their place).
 * @cssprop {<color>} [--bantin-control-color=var(--bantin-color-text, light-dark(#1a1a1a, #f0f0f0))] - Button text colour.
 * @cssprop {<color>} [--bantin-control-color-disabled=light-dark(#5c5c5c, #b3b3b3)] - Text colour of a button at a bound (`aria-disabled`).
 * @cssprop {<color>} [--bantin-control-background=var(--bantin-color-surface, light-dark(#ffffff, #1e1e1e))] - Button background.
 * @cssprop {<color>} [--bantin-control-background-hover=var(--bantin-color-surface-hover, light-dark(#eef2f7, #2b3038))] - Button background under the pointer.
 * @cssprop {<color>} [--bantin-control-border-color=var(--bantin-color-border, light-dark(#6b6b6b, #a3a3a3))] - Button border colour.
 * @cssprop {<length>} [--bantin-control-radius=var(--bantin-radius, 0.375rem)] - Corner radius of the buttons.
 * @cssprop {<length>} [--bantin-radius=0.375rem] - Library-wide corner radius.
 * @cssprop {<color>} [--bantin-color-text=light-dark(#1a1a1a, #f0f0f0)] - Library-wide text colour.
 * @cssprop {<color>} [--bantin-color-surface=light-dark(#ffffff, #1e1e1e)] - Library-wide background of controls and dialogs.
 * @cssprop {<color>} [--bantin-color-surface-hover=light-dark(#eef2f7, #2b3038)] - Library-wide background of a control under the pointer.
 * @cssprop {<color>} [--bantin-color-border=light-dark(#6b6b6b, #a3a3a3)] - Library-wide border colour.
 * @cssprop {<length>} [--bantin-target-size=2.75rem] - Minimum width and height of each button (44 px at the default size).
 * @cssprop {<color>} [--bantin-focus-color=light-dark(#0b57d0, #8ab4f8)] - Focus ring colour.
 */
export class BantinToolbar extends BantinElement {
  static override styles = [controlStyles, toolbarStyles];

  /** Publication date, ISO `2023-05-23` or the portals' `23/05/2023`. */
  @property() date = '';

  /** Id of the element the scaler scales (and listen reads); passed to the `<bantin-font-scaler>`. */
  @property() for = '';

  /** The scaler's `localStorage` key. */
  @property({ attribute: 'storage-key' }) storageKey = 'bantin:font-scale';

  /** The reader actions to show, space separated: `print`, `share`, `listen`. An empty string shows none. */
  @property() actions = DEFAULT_ACTIONS;

  /** Shows the scaler's glyphs only, for narrow bars. */
  @property({ type: Boolean }) compact = false;

  /** Overrides of the built-in strings, e.g. `{"toolbar": "…"}`. */
  @property({ converter: stringsConverter(TAG) })
  strings?: Partial<BantinStrings>;

  @state() private status = '';

  readonly #locale = new LocaleController(this, () => this.strings);
  #parsedDate?: ParsedDate;
  #enabled = new Set<Action>(KNOWN_ACTIONS);
  /** The speech engine whose `voiceschanged` we follow. */
  #engine?: SpeechSynthesis;
  /** The language the voice was last looked up for, and whether one was found. */
  #voiceLang?: string;
  #voiced = false;
  #listen?: ListenController;
  #listenLoading?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Voices are looked for after the first render, which therefore matches the
    // server's (no speech there): the button appears in the next frame at the latest.
    void this.updateComplete.then(this.#onVoicesChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#follow(undefined);
  }
  readonly #roving = new RovingTabindexController(this, {
    items: () => this.#controls(),
    settled: () => this.renderRoot.querySelector('bantin-font-scaler')?.updateComplete ?? Promise.resolve(),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Scripts and frameworks can set anything; a removed attribute means the default.
    checkProperties(this, TAG, changed, {
      date: '',
      for: '',
      storageKey: 'bantin:font-scale',
      compact: false,
    });
    if (changed.has('date')) {
      this.#parsedDate = parseDate(this.date);
      if (this.date.trim() !== '' && !this.#parsedDate) {
        warn(
          TAG,
          'date',
          `"${this.date}" is not a real date (use 2023-05-23 or 23/05/2023); showing it as written.`,
        );
      }
    }
    if (changed.has('actions')) {
      let actions = this.actions as unknown;
      if (typeof actions !== 'string') {
        // A removed attribute is null: the default, quietly.
        if (actions !== null && actions !== undefined) {
          warn(TAG, 'actions', `is a ${typeof actions}, not a list of words; using "${DEFAULT_ACTIONS}".`);
        }
        actions = DEFAULT_ACTIONS;
      }
      const tokens = (actions as string).split(/[\s,]+/).filter(Boolean);
      const unknown = tokens.filter((token) => !(KNOWN_ACTIONS as readonly string[]).includes(token));
      if (unknown.length > 0) {
        warn(
          TAG,
          'actions',
          `unknown action "${unknown.join(' ')}"; known actions are ${KNOWN_ACTIONS.join(', ')}.`,
        );
      }
      this.#enabled = new Set(tokens.filter((token): token is Action => !unknown.includes(token)));
    }
    if (this.hasUpdated) this.#checkVoice();
  }

  /** Prints the page; the toolbar itself is left off the paper. */
  print(): void {
    window.print();
  }

  /** Opens the system share sheet where there is one, else copies the link and says so. */
  async share(): Promise<void> {
    const url = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || location.href;
    const data = { title: document.title, url };
    if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    const strings = this.#locale.strings;
    try {
      await navigator.clipboard.writeText(url);
      this.#announce(strings.linkCopied);
    } catch {
      this.#announce(`${strings.linkNotCopied} ${url}`);
    }
  }

  protected override render() {
    const strings = this.#locale.strings;
    return html`
      <div part="base">
        ${this.#renderDate(strings)}
        <div part="toolbar" role="toolbar" aria-label=${strings.toolbar}>
          <bantin-font-scaler
            part="scaler"
            for=${this.for}
            storage-key=${this.storageKey}
            ?compact=${this.compact}
            .strings=${this.#locale.overrides}
          ></bantin-font-scaler>
          ${
            this.#enabled.has('print')
              ? html`<button type="button" part="button print" @click=${this.print}>
                  <svg viewBox="0 0 24 24" aria-hidden="true">${printIcon}</svg>${strings.print}
                </button>`
              : nothing
          }
          ${
            this.#enabled.has('share')
              ? html`<button type="button" part="button share" @click=${this.share}>
                  <svg viewBox="0 0 24 24" aria-hidden="true">${shareIcon}</svg>${strings.share}
                </button>`
              : nothing
          }
          ${this.#voiced || this.#listen?.reading ? this.#listen?.render(strings) : nothing}
          <slot @slotchange=${() => this.#roving.update()}></slot>
        </div>
        <span part="status" class="visually-hidden" role="status">${this.status}</span>
      </div>
    `;
  }

  /**
   * Offers listen only where the browser has a voice for the article's language, and
   * loads the reading engine only then. Looking up voices can be slow (espeak through
   * speech-dispatcher lists thousands), so it happens when the language or the voices
   * change, not at every render.
   */
  #checkVoice(): void {
    const engine = this.isConnected && this.#enabled.has('listen') ? speech() : undefined;
    this.#follow(engine);
    const target = listenTarget(this, this.for);
    const lang = engine ? langOf(target ?? this) : '';
    if (lang !== this.#voiceLang) {
      this.#voiceLang = lang;
      this.#voiced = !!lang && !!findVoice(lang, engine);
    }
    if (!engine && this.#listen?.reading) this.#listen.stop();
    if (this.#voiced && !this.#listenLoading) {
      this.#listenLoading = import('./listen/listen-controller.js').then(({ ListenController }) => {
        this.#listen = new ListenController(this, {
          strings: () => this.#locale.strings,
          locale: () => this.#locale.intlLocale,
          target: () => listenTarget(this, this.for),
          announce: (message) => this.#announce(message),
        });
        this.requestUpdate();
      });
    }
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
    this.requestUpdate();
  };

  #renderDate(strings: BantinStrings) {
    if (this.date.trim() === '') return nothing;
    const label = html`<span class="visually-hidden">${strings.published}: </span>`;
    if (!this.#parsedDate) return html`<p part="date" class="date">${label}${this.date}</p>`;
    return html`<p part="date" class="date">
      ${label}<time datetime=${this.#parsedDate.iso}
        >${formatDate(this.#parsedDate.date, this.#locale.intlLocale)}</time
      >
    </p>`;
  }

  #announce(message: string): void {
    this.status = message === this.status ? `${message}\u00a0` : message;
  }

  /** The controls in visual order: the scaler's buttons, ours, then the portal's. */
  #controls(): HTMLElement[] {
    const toolbar = this.renderRoot.querySelector('[role="toolbar"]');
    if (!toolbar) return [];
    const scaler = toolbar.querySelector('bantin-font-scaler');
    const own = [...toolbar.querySelectorAll<HTMLElement>(':scope > button')];
    const slot = toolbar.querySelector('slot');
    const slotted = (slot?.assignedElements({ flatten: true }) ?? []).flatMap((element) =>
      element.matches(FOCUSABLE)
        ? [element as HTMLElement]
        : [...element.querySelectorAll<HTMLElement>(FOCUSABLE)],
    );
    return [...(scaler?.controls ?? []), ...own, ...slotted];
  }
}
