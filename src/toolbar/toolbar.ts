import { html, isServer, nothing, svg, type PropertyValues } from 'lit';
import { BantinElement } from '../internal/bantin-element.js';
import { HasSlotController } from '../internal/has-slot-controller.js';
import { formatDate, parseDate, type ParsedDate } from '../internal/date.js';
import { RovingTabindexController } from '../internal/roving-tabindex-controller.js';
import { checkProperties, stringsConverter } from '../internal/converters.js';
import { loadChunk } from '../internal/load-chunk.js';
import { LocaleController } from '../internal/locale-controller.js';
import type { BantinStrings } from '../internal/strings/index.js';
import {
  isReadingValue,
  parseReading,
  READING_KEY,
  READING_OPTIONS,
  type ReadingChoice,
  type ReadingKey,
} from '../internal/reading-choice.js';
import { readPreference } from '../internal/preferences.js';
import { controlStyles } from '../internal/shared.styles.js';
import { describe, warn } from '../internal/warn.js';
import type { VoiceCheck } from './listen/voice-check.js';
import type { ReadingController } from './display/reading-controller.js';
import type { ShareController } from './share-controller.js';
import { checkStickyRoom } from './sticky-check.js';
import { toolbarStyles } from './toolbar.styles.js';

const TAG = 'bantin-toolbar';
const KNOWN_ACTIONS = ['print', 'share', 'listen', 'display'] as const;
type Action = (typeof KNOWN_ACTIONS)[number];
const DEFAULT_ACTIONS = 'print share listen display';

/** What `bantin-reading-change` carries: the reader's reading preferences now in effect. */
export interface BantinReadingChangeDetail {
  readonly theme: ReadingChoice['theme'];
  readonly spacing: ReadingChoice['spacing'];
  readonly font: ReadingChoice['font'];
}

/**
 * Runs `task` when the browser is idle (soon after, where there is no
 * requestIdleCallback: Safari); returns what cancels it.
 */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 1);
  return () => clearTimeout(handle);
}

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]';

const printIcon = svg`<path d="M6 9V3h12v6M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v7H6z"/>`;
// Closing tags, not "/>": the build's template minifier drops the slash, and the
// circles would nest inside one another.
const shareIcon = svg`<circle cx="18" cy="5" r="3"></circle><circle cx="6" cy="12" r="3"></circle><circle cx="18" cy="19" r="3"></circle><path d="m8.6 13.5 6.8 4M15.4 6.5l-6.8 4"></path>`;
// Lines of text beside a half-filled circle: how the page looks.
const displayIcon = svg`<path d="M3 5h10M3 10h6M3 15h5M3 20h10"></path><circle cx="17" cy="15" r="4.5"></circle><path d="M17 10.5v9a4.5 4.5 0 0 0 0-9z" fill="currentColor"></path>`;

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
 * (`bantin:listen-rate`). The voice hears abbreviations, dates, times and units as a
 * newsreader says them ("UBND" → "Ủy ban nhân dân"); `pronunciations` adds the portal's
 * own words. A portal's recording in the `listen` slot is played instead of a voice (and
 * offered without one). While reading, the Media Session shows the headline on the lock
 * screen.
 *
 * "Hiển thị" (display) opens a panel of reading preferences: colours (default, dark,
 * high contrast, sepia), spacing (default, wide: the WCAG 1.4.12 values) and font
 * (sans-serif, serif, from the reader's own system fonts). They apply to the article
 * (`for`, else every `<bantin-article>`) as `data-bantin-theme`, `data-bantin-spacing`
 * and `data-bantin-font`, are kept in `localStorage` (`bantin:reading`, JSON
 * `{ "theme", "spacing", "font" }`), followed by other tabs and applied before the first
 * paint by the prepaint script. Colours are for the screen only: on paper, and with
 * `forced-colors: active`, the defaults apply. A portal restyles a theme with the
 * `--bantin-reading-<theme>-bg|fg|link` tokens (`dark`, `high-contrast`, `sepia`) and
 * the fonts with `--bantin-reading-serif` / `--bantin-reading-sans-serif`, set on `:root`
 * or the target; it then answers for their contrast (at least 7:1, 15:1 for high contrast).
 *
 * @tagname bantin-toolbar
 * @summary Publication date, text size, print, share and listen, in one keyboard-friendly toolbar.
 *
 * The bar stays at the top of the screen while its article is read (`position: sticky`
 * within the toolbar's parent, so put it in the same container as the article, or give
 * its own wrapper `display: contents`), so the text size is always one tap away. It
 * only sticks where it takes at most about 15 % of the screen's height (a viewport at
 * least 40rem tall), never on paper; `static` turns it off. Portals with their own
 * fixed header set `--bantin-toolbar-sticky-top`.
 *
 * The date can be in the page before the script runs: a `<time datetime>` child is
 * shown as the publication date (it is given `slot="date"`), readable without
 * JavaScript and printed with the article. The `date` attribute, when present, wins.
 *
 * @slot - The portal's own actions: `<button>`s or links, joined to the arrow-key order.
 * @slot date - A `<time datetime="2023-05-23">23/05/2023</time>`: the date before (and without) JavaScript. A `<time>` child is put here automatically.
 * @slot listen - The portal's own recording, `<audio src="…mp3">` (with a `<track kind="metadata" srclang="vi" src="….vtt" default>` whose cues are the sentences, for the highlight): listen plays it instead of a voice.
 *
 * @fires {CustomEvent<BantinReadingChangeDetail>} bantin-reading-change - The reader changed a reading preference in the display panel, once it is in effect. `detail: { theme, spacing, font }`. Bubbles and is composed; not fired when code sets `theme`, `spacing` or `font`.
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
 * @csspart display - The display button, which opens and closes the display panel (`aria-expanded`).
 * @csspart display-panel - The display panel: three groups of radio buttons.
 * @csspart display-group - Each group (`fieldset`) of the display panel: colours, spacing, font.
 * @csspart display-close - "Đóng", which closes the display panel.
 * @csspart status - The visually hidden live region for confirmations.
 * @csspart feedback - The visible confirmation by the share button, and the link to copy when copying failed.
 * @csspart dismiss - The button that closes the link shown when copying failed.
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
 * @cssprop {<length>} [--bantin-toolbar-sticky-top=0] - Where the bar sticks: the height of a portal's own fixed header.
 * @cssprop {<integer>} [--bantin-toolbar-z-index=2] - Stacking order of the stuck bar.
 * @cssprop {<color>} [--bantin-toolbar-background=Canvas] - The bar's background, which text scrolls under.
 * @cssprop {<length>} [--bantin-font-scaler-gap=var(--bantin-space-1, 0.25rem)] - Space between the scaler's buttons, also kept free for them before they render.
 * @cssprop {<color>} [--bantin-reading-dark-bg=#121212] - Background of the dark theme (relative luminance under 0.1).
 * @cssprop {<color>} [--bantin-reading-dark-fg=#ececec] - Text of the dark theme (15.9:1).
 * @cssprop {<color>} [--bantin-reading-dark-link=#8cb4ff] - Links of the dark theme (9:1).
 * @cssprop {<color>} [--bantin-reading-high-contrast-bg=#000] - Background of the high-contrast theme.
 * @cssprop {<color>} [--bantin-reading-high-contrast-fg=#fff] - Text of the high-contrast theme (21:1).
 * @cssprop {<color>} [--bantin-reading-high-contrast-link=#ff0] - Links of the high-contrast theme (19.6:1).
 * @cssprop {<color>} [--bantin-reading-sepia-bg=#f5ecd7] - Background of the sepia theme (relative luminance 0.84).
 * @cssprop {<color>} [--bantin-reading-sepia-fg=#3a2e1f] - Text of the sepia theme (11.2:1).
 * @cssprop {<color>} [--bantin-reading-sepia-link=#0a3d7a] - Links of the sepia theme (9.1:1).
 * @cssprop {<color>} [--bantin-reading-bg=--bantin-reading-<theme>-bg] - The background of the theme in effect, set on a themed article (read it in the portal's own rules inside one).
 * @cssprop {<color>} [--bantin-reading-fg=--bantin-reading-<theme>-fg] - The text colour of the theme in effect, set on a themed article.
 * @cssprop {<color>} [--bantin-reading-link=--bantin-reading-<theme>-link] - The link colour of the theme in effect, set on a themed article.
 * @cssprop {<number>} [--bantin-reading-line-height=1.8] - The line height of wide spacing, set on the spaced article (a portal may set its own there, under `[data-bantin-spacing=wide]`); portal px line heights taken in by the intake yield to it.
 * @cssprop [--bantin-reading-serif='Noto Serif', 'Times New Roman', …, serif] - The serif font stack (every family with the whole Vietnamese alphabet).
 * @cssprop [--bantin-reading-sans-serif=-apple-system, 'Segoe UI', …, sans-serif] - The sans-serif font stack.
 * @cssprop {<length>} [--bantin-space-1=0.25rem] - Library-wide small space; the default gap between the scaler's buttons.
 */
export class BantinToolbar extends BantinElement {
  static override styles = [controlStyles, toolbarStyles];
  static override get properties() {
    return {
      date: {},
      for: {},
      storageKey: { attribute: 'storage-key' },
      actions: {},
      compact: { type: Boolean },
      static: { type: Boolean, reflect: true },
      pronunciations: { attribute: false },
      strings: { converter: stringsConverter(TAG) },
      status: { state: true },
      displayOpen: { state: true },
    };
  }

  /** Publication date, ISO `2023-05-23` or the portals' `23/05/2023` (a `Date` also works). Without it, a `<time>` child gives the date. */
  date: string | Date = '';

  /** Id of the element the scaler scales (and listen reads); passed to the `<bantin-font-scaler>`. */
  for = '';

  /** The scaler's `localStorage` key. */
  storageKey = 'bantin:font-scale';

  /** The reader actions to show, space separated: `print`, `share`, `listen`, `display`. An empty string shows none. */
  actions = DEFAULT_ACTIONS;

  /** Shows the scaler's glyphs only, for narrow bars. */
  compact = false;

  /** Keeps the bar in place at the top of the article instead of within reach while reading. */
  static = false;

  /** The portal's own words for listen, written form → spoken form (`{"UBND": "Ủy ban nhân dân"}`); adds to and overrides the built-in list. */
  pronunciations?: Record<string, string>;

  /** Overrides of the built-in strings, e.g. `{"toolbar": "…"}`. */
  strings?: Partial<BantinStrings>;

  private status = '';
  private displayOpen = false;

  readonly #locale = new LocaleController(this, () => this.strings);
  /** Whether the portal gave its own `<time>` (the date slot). */
  readonly #slots = new HasSlotController(this, 'date');
  #parsedDate?: ParsedDate;
  #enabled = new Set<Action>(KNOWN_ACTIONS);
  #dateText = '';
  #voiceCheck?: VoiceCheck;
  #voiceCheckLoading?: Promise<void>;
  #cancelIdle?: () => void;
  #share?: ShareController;
  #shareLoading?: Promise<ShareController | undefined>;
  /** The owner's view, loaded once the reader has a choice, opens the panel or code sets one. */
  #reading?: ReadingController;
  #readingLoading?: Promise<ReadingController>;
  /** What code set before the owner was loaded. */
  #pendingReading: Partial<Record<ReadingKey, string>> = {};
  #watchingStorage = false;
  #displayPanel?: typeof import('./display/display-panel.js');
  #displayLoading?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Voices are looked for after the first render, which therefore matches the
    // server's (no speech there), when the browser is idle: listen is never needed at
    // first paint.
    void this.updateComplete.then(() => {
      if (!this.isConnected || this.#voiceCheckLoading) return;
      this.#cancelIdle?.();
      // Cancelled when the toolbar leaves the page: a pending callback would keep it alive.
      this.#cancelIdle = whenIdle(() => {
        this.#cancelIdle = undefined;
        void this.#loadVoiceCheck();
      });
    });
    // The portal's server-rendered date: shown before upgrade, then in the date slot.
    for (const time of this.querySelectorAll(':scope > time:not([slot])')) time.slot = 'date';
    // Back in the page: the first update's willUpdate handles the first connection.
    if (this.hasUpdated) this.#followReading();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watchStorage(false);
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
  }
  readonly #roving = new RovingTabindexController(this, {
    items: () => this.#controls(),
    settled: () => this.renderRoot.querySelector('bantin-font-scaler')?.updateComplete ?? Promise.resolve(),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Scripts and frameworks can set anything; a removed attribute means the default.
    // (`date` also takes a Date: #checkedDate reads it.)
    checkProperties(this, TAG, changed, {
      for: '',
      storageKey: 'bantin:font-scale',
      compact: false,
    });
    if (changed.has('date')) {
      this.#dateText = this.#checkedDate();
      this.#parsedDate = parseDate(this.#dateText);
      if (this.#dateText.trim() !== '' && !this.#parsedDate) {
        warn(
          TAG,
          'date',
          `"${this.#dateText}" is not a real date (use 2023-05-23 or 23/05/2023); showing it as written.`,
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
      this.#followReading();
    }
    if (this.hasUpdated && changed.has('actions')) void this.#loadVoiceCheck();
  }

  protected override firstUpdated(): void {
    // Once per toolbar: a bar sticky in a wrapper hardly taller than itself gets a hint.
    checkStickyRoom(this, TAG);
  }

  /** Prints the page; the toolbar itself is left off the paper. */
  print(): void {
    window.print();
  }

  /**
   * Opens the system share sheet where there is one, else copies the link and says so
   * (the share part loads on the first press).
   */
  async share(): Promise<void> {
    await (await this.#loadShare())?.share();
  }

  /** Hides the share confirmation (or the link shown when copying failed). */
  dismissFeedback(): void {
    this.#share?.dismiss();
  }

  /**
   * The reader's colours: `default`, `dark`, `high-contrast` or `sepia`. Setting it
   * applies and keeps the choice for every article (no event, no announcement).
   */
  // Written out (not ReadingChoice['theme']) so the manifest, and Storybook's control, list the values.
  get theme(): 'default' | 'dark' | 'high-contrast' | 'sepia' {
    return this.#readingChoice().theme;
  }
  set theme(value: 'default' | 'dark' | 'high-contrast' | 'sepia') {
    this.#setReading('theme', value);
  }

  /** The reader's spacing: `default` or `wide` (WCAG 1.4.12). Setting it applies and keeps it. */
  // Written out (not ReadingChoice['spacing']) so the manifest, and Storybook's control, list the values.
  get spacing(): 'default' | 'wide' {
    return this.#readingChoice().spacing;
  }
  set spacing(value: 'default' | 'wide') {
    this.#setReading('spacing', value);
  }

  /** The reader's font: `default` (the page's own), `sans-serif` or `serif`. Setting it applies and keeps it. */
  // Written out (not ReadingChoice['font']) so the manifest, and Storybook's control, list the values.
  get font(): 'default' | 'sans-serif' | 'serif' {
    return this.#readingChoice().font;
  }
  set font(value: 'default' | 'sans-serif' | 'serif') {
    this.#setReading('font', value);
  }

  /** Opens the display panel (loading it the first time); focus stays where it is. */
  async openDisplay(): Promise<void> {
    await this.#loadDisplay();
    this.displayOpen = true;
    await this.updateComplete;
  }

  /** Closes the display panel; focus returns to the display button if it was in the panel. */
  closeDisplay(): void {
    if (!this.displayOpen) return;
    const root = this.renderRoot as ShadowRoot;
    const hadFocus = root.querySelector('[part~="display-panel"]')?.contains(root.activeElement);
    this.displayOpen = false;
    if (hadFocus) this.renderRoot.querySelector<HTMLElement>('[part~="display"]')?.focus();
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
                  <svg viewBox="0 0 24 24" aria-hidden="true">${printIcon}</svg
                  ><span class="label">${strings.print}</span>
                </button>`
              : nothing
          }
          ${
            this.#enabled.has('share')
              ? html`<button type="button" part="button share" @click=${this.share} @focus=${this.#loadShare}>
                  <svg viewBox="0 0 24 24" aria-hidden="true">${shareIcon}</svg
                  ><span class="label">${strings.share}</span>
                </button>`
              : nothing
          }
          ${this.#voiceCheck?.render(strings)}
          ${
            this.#enabled.has('display')
              ? html`<button
                  type="button"
                  part="button display"
                  aria-expanded=${this.displayOpen ? 'true' : 'false'}
                  aria-controls=${this.displayOpen ? 'display-panel' : nothing}
                  @click=${this.#onDisplayClick}
                  @keydown=${this.#onDisplayKeyDown}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true">${displayIcon}</svg
                  ><span class="label">${strings.display}</span>
                </button>`
              : nothing
          }
          <slot @slotchange=${() => this.#roving.update()}></slot>
          <slot name="listen" hidden @slotchange=${() => this.requestUpdate()}></slot>
        </div>
        ${
          this.displayOpen && this.#displayPanel && this.#enabled.has('display')
            ? html`<div class="display-holder" @keydown=${this.#onDisplayKeyDown}>
                ${this.#displayPanel.renderDisplayPanel({
                  strings,
                  choice: this.#reading?.choice ?? this.#readingChoice(),
                  // The reader's action: applied, then announced and told (not so for code).
                  choose: async (key, value) =>
                    this.#displayPanel!.chooseReading(
                      (await this.#loadReading()).owner,
                      strings,
                      this,
                      this.#locale.intlLocale,
                      (message) => this.#announce(message),
                      key,
                      value,
                    ),
                  close: () => this.closeDisplay(),
                })}
              </div>`
            : nothing
        }
        ${this.#share?.render(strings)}
        <span part="status" class="visually-hidden" role="status">${this.status}</span>
      </div>
    `;
  }

  #renderDate(strings: BantinStrings) {
    const label = html`<span class="visually-hidden">${strings.published}: </span>`;
    const slot = html`<slot name="date" @slotchange=${this.#onDateSlotChange}></slot>`;
    if (this.#dateText.trim() === '') {
      // No attribute: the portal's own <time>, if any, is the date.
      return html`<p part="date" class="date" ?hidden=${!this.#slots.test('date')}>${label}${slot}</p>`;
    }
    if (!this.#parsedDate) return html`<p part="date" class="date">${label}${this.#dateText}</p>`;
    return html`<p part="date" class="date">
      ${label}<time datetime=${this.#parsedDate.iso}
        >${formatDate(this.#parsedDate.date, this.#locale.intlLocale)}</time
      >
    </p>`;
  }

  /** The `date` property as text: a removed attribute is no date; a `Date` is taken as is. */
  #checkedDate(): string {
    const value: unknown = this.date;
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    warn(TAG, 'date', `expected text such as "2023-05-23", got ${describe(value)}; showing no date.`);
    return '';
  }

  #onDateSlotChange(event: Event): void {
    // Shown or hidden by #slots; here only the check of what the portal wrote.
    const [time] = (event.target as HTMLSlotElement).assignedElements();
    if (time instanceof HTMLTimeElement && !parseDate(time.dateTime)) {
      warn(
        TAG,
        'date',
        `the <time> child's datetime "${time.dateTime}" is not a real date (use 2023-05-23).`,
      );
    }
  }

  /** Voice discovery and the listen engine, loaded after the first render where listen is on. */
  #loadVoiceCheck(): Promise<unknown> | undefined {
    if (!this.isConnected || !this.#enabled.has('listen')) return undefined;
    return (this.#voiceCheckLoading ??= loadChunk(TAG, import('./listen/voice-check.js')).then((module) => {
      if (!module) return;
      this.#voiceCheck = new module.VoiceCheck(this, {
        tag: TAG,
        enabled: () => this.#enabled.has('listen'),
        targetId: () => (typeof this.for === 'string' ? this.for : ''),
        strings: () => this.#locale.strings,
        locale: () => this.#locale.intlLocale,
        announce: (message) => this.#announce(message),
        pronunciations: () => this.pronunciations,
      });
    }));
  }

  /** The share part, loaded on the first press of (or focus on) the share button. */
  #loadShare(): Promise<ShareController | undefined> {
    this.#shareLoading ??= loadChunk(TAG, import('./share-controller.js')).then((module) => {
      if (!module) return undefined;
      this.addStyles(module.shareStyles);
      return (this.#share = new module.ShareController(this, {
        strings: () => this.#locale.strings,
        announce: (message) => this.#announce(message),
      }));
    });
    return this.#shareLoading;
  }

  #setReading(key: ReadingKey, value: unknown): void {
    if (!isReadingValue(key, value)) {
      warn(
        TAG,
        key,
        `"${describe(value)}" is not one of ${READING_OPTIONS[key].join(', ')}; keeping "${this.#readingChoice()[key]}".`,
      );
      return;
    }
    if (this.#reading) {
      void this.#reading.owner.choose({ [key]: value });
      return;
    }
    this.#pendingReading[key] = value;
    void this.#loadReading();
  }

  /** The choice in effect, also before the owner is loaded (read from storage). */
  #readingChoice(): ReadingChoice {
    if (this.#reading) return this.#reading.owner.choice;
    const stored = parseReading(isServer ? undefined : readPreference(READING_KEY));
    return { ...stored, ...this.#pendingReading } as ReadingChoice;
  }

  /**
   * The owner and its stylesheet load only where they have work: a stored choice to
   * apply, another tab's choice to follow, a reader opening the panel, code setting one.
   * Until then a `storage` listener waits for another tab.
   */
  #followReading(): void {
    if (isServer || this.#reading || !this.isConnected || !this.#enabled.has('display')) {
      this.#watchStorage(false);
      return;
    }
    if (readPreference(READING_KEY) !== undefined) void this.#loadReading();
    else this.#watchStorage(true);
  }

  #watchStorage(on: boolean): void {
    if (on === this.#watchingStorage) return;
    this.#watchingStorage = on;
    if (on) window.addEventListener('storage', this.#onStorage);
    else window.removeEventListener('storage', this.#onStorage);
  }

  readonly #onStorage = (event: StorageEvent): void => {
    if (event.key === READING_KEY) void this.#loadReading();
  };

  #loadReading(): Promise<ReadingController> {
    this.#watchStorage(false);
    this.#readingLoading ??= import('./display/reading-controller.js').then(({ ReadingController }) => {
      // Connected now, the controller starts at once: it governs the target and follows the owner.
      this.#reading = new ReadingController(this, {
        enabled: () => this.#enabled.has('display'),
        targetId: () => (typeof this.for === 'string' ? this.for : ''),
      });
      const pending = this.#pendingReading;
      this.#pendingReading = {};
      if (Object.keys(pending).length > 0) void this.#reading.owner.choose(pending);
      return this.#reading;
    });
    return this.#readingLoading;
  }

  /** The reader picked a choice in the panel: applied, then told to listeners and announced. */
  /** Loads the panel (and the owner) once, with the panel's styles for this shadow root. */
  #loadDisplay(): Promise<void> {
    this.#displayLoading ??= Promise.all([import('./display/display-panel.js'), this.#loadReading()]).then(
      ([module]) => {
        this.#displayPanel = module;
        module.adoptDisplayPanelStyles(this.renderRoot as ShadowRoot);
      },
    );
    return this.#displayLoading;
  }

  readonly #onDisplayClick = async (): Promise<void> => {
    if (this.displayOpen) this.closeDisplay();
    else await this.openDisplay();
  };

  readonly #onDisplayKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.displayOpen) return;
    event.preventDefault();
    event.stopPropagation();
    // From the panel, focus returns to the display button; on the button, it stays there.
    this.closeDisplay();
  };

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

declare global {
  interface GlobalEventHandlersEventMap {
    'bantin-reading-change': CustomEvent<BantinReadingChangeDetail>;
  }
}
