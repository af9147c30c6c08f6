import { PreferenceOwner } from './preference-owner.js';
import { readPreference, writePreference } from './preferences.js';
import {
  DEFAULT_READING,
  isReadingValue,
  parseReading,
  READING_KEY,
  READING_KEYS,
  sameReading,
  type ReadingChoice,
} from './reading-choice.js';
import { keepReadingPosition } from './reading-position.js';
import { sharedRegistry } from './shared-registry.js';

/**
 * The one owner of the reader's reading preferences (colours, spacing, font), shared
 * by every copy of bantin on the page. Data flows one way: the reader or the page's
 * code asks it to choose, it stores the choice, applies it to every target (as
 * `data-bantin-theme`, `data-bantin-spacing`, `data-bantin-font`, read by the rules of
 * reading-styles.ts), and only then tells its listeners, which show it. It follows
 * other tabs. This interface only grows.
 */
export interface ReadingOwner {
  /** The choice in effect. */
  readonly choice: ReadingChoice;
  /** Stores and applies a change; settles once it is in effect. Unknown values are ignored. */
  choose(change: Partial<Record<keyof ReadingChoice, unknown>>): Promise<ReadingChoice>;
  subscribe(listener: (choice: ReadingChoice) => void): () => void;
  /** Applies the choice to `target` (an element, or every `<bantin-article>`) until released. */
  govern(target: HTMLElement | 'articles'): () => void;
}

class Owner extends PreferenceOwner<ReadingChoice> implements ReadingOwner {
  #choice: ReadingChoice = DEFAULT_READING;
  readonly #adopted = new WeakSet<Document | ShadowRoot>();
  #styles?: Promise<typeof import('./reading-styles.js')>;

  constructor() {
    super(READING_KEY);
  }

  get choice(): ReadingChoice {
    return this.#choice;
  }

  async choose(change: Partial<Record<keyof ReadingChoice, unknown>>): Promise<ReadingChoice> {
    const next = { ...this.#choice };
    for (const key of READING_KEYS) {
      const value = change[key];
      if (isReadingValue(key, value)) (next as Record<string, string>)[key] = value;
    }
    if (!sameReading(next, this.#choice)) {
      this.#choice = next;
      writePreference(READING_KEY, JSON.stringify(next));
    }
    await this.#changed();
    return this.#choice;
  }

  protected start(): void {}

  protected stop(target: HTMLElement): void {
    mark(target, DEFAULT_READING);
  }

  protected joined(article: HTMLElement): void {
    void this.#apply([article]);
  }

  protected override governed(): void {
    void this.#apply(this.#targets());
  }

  /** While nothing on the page used it, another tab may have changed storage. */
  protected reread(): void {
    this.#choice = parseReading(readPreference(READING_KEY));
  }

  protected fromTab(raw: string | null): void {
    this.#choice = parseReading(raw);
    void this.#changed();
  }

  #targets(): HTMLElement[] {
    const targets = this.elements();
    if (this.governsArticles) targets.push(...sharedRegistry().articles);
    return targets;
  }

  async #changed(): Promise<void> {
    await this.#apply(this.#targets());
    this.notify(this.#choice);
  }

  /**
   * Marks the targets (and their documents' root, which the prepaint script marked
   * first), once the rules are in place, keeping the words at the top of the screen
   * where they were.
   */
  async #apply(targets: HTMLElement[]): Promise<void> {
    const choice = this.#choice;
    if (!sameReading(choice, DEFAULT_READING)) {
      this.#styles ??= import('./reading-styles.js');
      const { adoptReadingStyles } = await this.#styles;
      for (const target of targets) {
        const root = target.getRootNode() as Document | ShadowRoot;
        adoptReadingStyles(
          root.nodeType === 9 || root.nodeType === 11 ? root : target.ownerDocument,
          this.#adopted,
        );
        adoptReadingStyles(target.ownerDocument, this.#adopted);
      }
      if (choice !== this.#choice) return;
    }
    const documents = new Set<Document>(typeof document === 'undefined' ? [] : [document]);
    for (const target of targets) documents.add(target.ownerDocument);
    keepReadingPosition(() => {
      for (const doc of documents) mark(doc.documentElement, choice);
      for (const target of targets) mark(target, choice);
    });
  }
}

/** Sets the data attributes the reading rules select; the defaults leave none. */
function mark(element: HTMLElement, choice: ReadingChoice): void {
  for (const key of READING_KEYS) {
    const name = `data-bantin-${key}`;
    if (choice[key] === 'default') element.removeAttribute(name);
    else if (element.getAttribute(name) !== choice[key]) element.setAttribute(name, choice[key]);
  }
}

/** The owner of the reading preferences, shared by every copy of bantin on the page. */
export function readingOwner(): ReadingOwner {
  const registry = sharedRegistry();
  return (registry.readingOwner ??= new Owner()) as ReadingOwner;
}
