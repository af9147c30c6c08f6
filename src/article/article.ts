import { html, isServer } from 'lit';
import { BantinElement } from '../internal/bantin-element.js';
import { registerArticle, unregisterArticle } from '../internal/shared-registry.js';
import { warn } from '../internal/warn.js';
import { loadChunk } from '../internal/load-chunk.js';
import { adoptArticleTypography } from './article-typography.js';
import { articleStyles } from './article.styles.js';

const TAG = 'bantin-article';
let titleIds = 0;

/**
 * The semantic frame of one news article. The article's words stay in the page's own
 * light DOM (readable without JavaScript, indexable, usable by reader modes); this
 * element gives them article semantics named by the headline and a readable,
 * scalable typography.
 *
 * @tagname bantin-article
 * @summary The article body: headline, lead, body, byline and meta, all scaled by `--bantin-font-scale`.
 *
 * @slot title - The headline: a real heading element, e.g. `<h1 slot="title">`. It names the article.
 * @slot lead - The summary paragraph (the "sapo").
 * @slot - The body: `h2` section headings, paragraphs, lists, tables, quotes and `<bantin-figure>`s.
 * @slot byline - The author.
 * @slot meta - Date, source, tags.
 *
 * @csspart base - The wrapper of all slots.
 * @csspart header - Title, meta and lead.
 * @csspart body - The body.
 * @csspart byline - The byline's container.
 * @csspart address - The article's address (its canonical link, else the page's), shown on paper only.
 *
 * The body can also come as an HTML string from a CMS through the `content` property:
 * it is sanitized, cleaned of Word paste and its photos become `<bantin-figure>`s.
 *
 * @cssprop {<number>} [--bantin-font-scale=1] - The reader's text scale, set by `<bantin-font-scaler>`.
 * @cssprop {<length>} [--bantin-article-font-size=1.125rem] - Body text size at scale 1.
 * @cssprop {<number>} [--bantin-article-line-height=1.7] - Body line height, roomy for Vietnamese diacritics.
 * @cssprop {<length>} [--bantin-article-measure=56ch] - Maximum line length, about 70 characters.
 * @cssprop {<length>} [--bantin-article-title-size=1.75em] - Headline size.
 * @cssprop {<length>} [--bantin-article-lead-size=1.05em] - Lead size.
 * @cssprop {<length>} [--bantin-article-heading-size=1.3em] - Section heading (`h2`) size.
 * @cssprop [--bantin-font-family=system-ui, …, sans-serif] - Font stack.
 * @cssprop {<color>} [--bantin-color-text=light-dark(#1a1a1a, #f0f0f0)] - Text colour.
 * @cssprop {<color>} [--bantin-color-text-muted=light-dark(#4a4a4a, #c8c8c8)] - Meta text colour.
 * @cssprop {<color>} [--bantin-color-border=light-dark(#6b6b6b, #a3a3a3)] - The rule beside block quotes.
 */
export class BantinArticle extends BantinElement {
  static override styles = articleStyles;
  static override get properties() {
    return {
      address: { state: true },
    };
  }

  /** Printed after the article, so a paper copy says where it came from. */
  private address = '';

  #ownsLabel = false;
  #checkedTitle?: Element;
  #contentObserver?: MutationObserver;
  #typography?: CSSStyleSheet;
  #emphasis?: typeof import('./article-emphasis.js');
  #emphasisReady: Promise<unknown> = Promise.resolve();
  #content?: string;
  #contentRuns = 0;
  #contentReady: Promise<void> = Promise.resolve();

  constructor() {
    super();
    // A page may set `content` before this element is defined; take that value over.
    if (Object.hasOwn(this, 'content')) {
      const value = (this as { content?: unknown }).content;
      delete (this as { content?: unknown }).content;
      this.content = value as string;
    }
  }

  /**
   * The article body as an HTML string from a CMS. It is sanitized (`Element.setHTML`
   * where the browser has it, else DOMPurify, loaded on first use as a separate chunk),
   * cleaned of Word paste (inline font sizes and families, `mso-*` styles and classes,
   * `<font>`, `<o:p>`, empty paragraphs, fixed widths), its photos with captions become
   * `<bantin-figure>`s, and the result replaces the default-slot body in the light DOM.
   * Children the page slotted as `title`, `lead`, `meta` and `byline` stay; `slot`
   * attributes inside the string are dropped, so a CMS body cannot replace them.
   *
   * Asynchronous: await `contentReady` (or `updateComplete`) before reading the body.
   * `undefined` or `null` leaves the body as it is; another type is ignored with a warning.
   * Under a Trusted Types CSP, browsers without `setHTML` need `bantin` in `trusted-types`.
   * Not an attribute.
   */
  get content(): string | undefined {
    return this.#content;
  }

  set content(value: string | undefined) {
    if (value === undefined || value === null) return;
    if (typeof value !== 'string') {
      warn(TAG, 'content', `expects an HTML string, not ${typeof value}; the article is unchanged.`);
      return;
    }
    this.#content = value;
    if (isServer) return;
    const run = ++this.#contentRuns;
    this.#contentReady = loadChunk(TAG, import('./content/content.js'))
      .then((module) =>
        module?.applyContent(
          this,
          value,
          (problem) => warn(TAG, 'content', problem),
          () => run === this.#contentRuns,
        ),
      )
      .catch((error: unknown) =>
        warn(TAG, 'content', `could not be taken in (${String(error)}); the article is unchanged.`),
      );
  }

  /** Resolves when the latest `content` is in the light DOM (at once when none is pending); never rejects. */
  get contentReady(): Promise<void> {
    return this.#contentReady;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Read here, not in render(): render also runs on the server, where there is no document.
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    this.address = canonical || location.href;
    // The host carries the role so that aria-labelledby can reach the light-DOM headline.
    if (!this.hasAttribute('role')) this.setAttribute('role', 'article');
    this.#typography = adoptArticleTypography(this.getRootNode() as Document | ShadowRoot);
    // Content is read once rendered (unslotted nodes have no computed style yet).
    if (this.#emphasis) this.#watchContent();
    registerArticle(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#contentObserver?.disconnect();
    this.#contentObserver = undefined;
    unregisterArticle(this);
  }

  /** Also waits until the latest `content` is in and the content's emphasis has been read. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.#contentReady;
    await this.#emphasisReady;
    return complete;
  }

  protected override willUpdate(): void {
    // The server never connects the element; give the served markup its role already.
    if (isServer && !this.hasAttribute('role')) this.setAttribute('role', 'article');
  }

  protected override firstUpdated(): void {
    // A server-rendered slot fires no slotchange, so the name is taken from it now.
    this.#labelFromTitle(this.renderRoot.querySelector<HTMLSlotElement>('slot[name="title"]'));
    this.#emphasisReady = loadChunk(TAG, import('./article-emphasis.js')).then((module) => {
      if (!module) return;
      this.#emphasis = module;
      module.keepEmphasis(this, [...this.querySelectorAll('*')], this.#typography);
      if (this.isConnected) this.#watchContent();
    });
    if (!this.querySelector(':scope > [slot="title"]')) {
      warn(TAG, 'slot="title"', 'no headline given; the article has no accessible name.');
    }
  }

  protected override render() {
    return html`
      <div part="base">
        <div part="header">
          <slot name="title" @slotchange=${this.#onTitleChange}></slot>
          <div class="meta"><slot name="meta"></slot></div>
          <slot name="lead"></slot>
        </div>
        <div part="body"><slot></slot></div>
        <div part="byline" class="byline"><slot name="byline"></slot></div>
        <p part="address" class="address">${this.address}</p>
      </div>
    `;
  }

  /**
   * The typography layer sizes all light-DOM content at once; the content is read once
   * (and again only where nodes arrive later) to keep the emphasis the page gave it.
   */
  #watchContent(): void {
    this.#contentObserver?.disconnect();
    this.#contentObserver = this.#emphasis?.watchEmphasis(this, () => this.#typography);
  }

  #onTitleChange(event: Event): void {
    this.#labelFromTitle(event.target as HTMLSlotElement);
  }

  #labelFromTitle(slot: HTMLSlotElement | null): void {
    const [title] = slot?.assignedElements() ?? [];
    if (this.#ownsLabel || !this.hasAttribute('aria-labelledby')) {
      if (title) {
        if (!title.id) title.id = `bantin-article-title-${++titleIds}`;
        this.setAttribute('aria-labelledby', title.id);
        this.#ownsLabel = true;
      } else if (this.#ownsLabel) {
        this.removeAttribute('aria-labelledby');
      }
    }
    if (!title || title === this.#checkedTitle) return;
    this.#checkedTitle = title;
    if (!/^h[1-6]$/.test(title.localName) && title.getAttribute('role') !== 'heading') {
      warn(
        TAG,
        'slot="title"',
        `<${title.localName}> is not a heading; use <h1 slot="title"> so readers can find the headline.`,
      );
    }
  }
}
