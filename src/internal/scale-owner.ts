import { onOtherTabChange, parsePositive, readPreference, writePreference } from './preferences.js';
import { keepReadingPosition } from './reading-position.js';
import { MAX_SCALE, MIN_SCALE } from './scale-ladder.js';
import { onArticleConnected, sharedRegistry } from './shared-registry.js';
import { scaleTarget, type ScaleTarget } from './scale-targets.js';

/** Scales outside this range make an article unreadable; they are clamped. */
export const SCALE_RANGE = { min: MIN_SCALE, max: MAX_SCALE } as const;

export interface ScaleChange {
  /** The reader's scale now in effect, 1 = 100 %. */
  readonly scale: number;
  /**
   * Targets whose text did not change size although the scale did (a style bantin
   * cannot reach holds it). Empty when every target followed.
   */
  readonly blocked: readonly HTMLElement[];
}

/**
 * The one owner of the reader's scale for a storage key. It holds the reader's raw
 * choice (never a scaler's clamped view of it), persists it, follows other tabs,
 * applies it to every target while keeping the reading position, and only then tells
 * its listeners. Shared by every copy of bantin on the page (see shared-registry.ts),
 * so this interface only grows.
 */
export interface ScaleOwner {
  readonly key: string;
  /** The reader's stored choice; `undefined` until the reader picks a size. */
  readonly choice: number | undefined;
  /** The scale in effect: the choice, else the page's default, else 1. */
  readonly scale: number;
  /** The reader (or the page's code) picks a size; returns once it is applied. */
  choose(scale: number): ScaleChange;
  /** A size the page asks for when the reader has not chosen one; not stored. */
  proposeDefault(scale: number): void;
  subscribe(listener: (change: ScaleChange) => void): () => void;
  /** Applies the scale to `target` (an element, or every `<bantin-article>`) until released. */
  govern(target: HTMLElement | 'articles'): () => void;
  /** Settles once every target follows the scale (portal markup may be taken in later). */
  settled(): Promise<void>;
}

export function clampScale(scale: number): number {
  return Math.min(SCALE_RANGE.max, Math.max(SCALE_RANGE.min, scale));
}

class Owner implements ScaleOwner {
  readonly key: string;
  #choice: number | undefined;
  #pageDefault: number | undefined;
  readonly #listeners = new Set<(change: ScaleChange) => void>();
  /** Element targets with the number of scalers governing each. */
  readonly #governed = new Map<HTMLElement, { target: ScaleTarget; count: number }>();
  #articleGovernors = 0;
  #stopArticles?: () => void;
  #stopTabs?: () => void;

  constructor(key: string) {
    this.key = key;
    const stored = parsePositive(readPreference(key));
    this.#choice = stored === undefined ? undefined : clampScale(stored);
  }

  get choice(): number | undefined {
    return this.#choice;
  }

  get scale(): number {
    return this.#choice ?? this.#pageDefault ?? 1;
  }

  choose(scale: number): ScaleChange {
    const next = clampScale(scale);
    const before = this.scale;
    this.#choice = next;
    writePreference(this.key, String(next));
    return this.#changed(before);
  }

  proposeDefault(scale: number): void {
    if (this.#pageDefault !== undefined) return;
    const before = this.scale;
    this.#pageDefault = clampScale(scale);
    this.#changed(before);
  }

  subscribe(listener: (change: ScaleChange) => void): () => void {
    this.#listeners.add(listener);
    this.#followTabs();
    return () => {
      this.#listeners.delete(listener);
      this.#followTabs();
    };
  }

  govern(target: HTMLElement | 'articles'): () => void {
    if (target === 'articles') {
      if (this.#articleGovernors++ === 0) {
        this.#stopArticles = onArticleConnected((article) => this.#applyTo([this.#targetFor(article)]));
        this.#applyTo([...sharedRegistry().articles].map((article) => this.#targetFor(article)));
      }
    } else {
      const entry = this.#governed.get(target);
      if (entry) entry.count++;
      else {
        const governed = { target: scaleTarget(target), count: 1 };
        this.#governed.set(target, governed);
        this.#applyTo([governed.target]);
      }
    }
    this.#followTabs();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#release(target);
      this.#followTabs();
    };
  }

  async settled(): Promise<void> {
    await Promise.all(this.#targets().map((target) => target.ready));
  }

  #release(target: HTMLElement | 'articles'): void {
    if (target === 'articles') {
      if (--this.#articleGovernors === 0) {
        this.#stopArticles?.();
        this.#stopArticles = undefined;
      }
      return;
    }
    const entry = this.#governed.get(target);
    if (entry && --entry.count === 0) {
      this.#governed.delete(target);
      entry.target.release();
    }
  }

  /** Other tabs matter only while something on this page shows or applies the scale. */
  #followTabs(): void {
    const needed = this.#listeners.size > 0 || this.#governed.size > 0 || this.#articleGovernors > 0;
    if (needed && !this.#stopTabs) {
      // While nothing on the page used it, another tab (or the page) may have changed storage.
      const stored = parsePositive(readPreference(this.key));
      this.#choice = stored === undefined ? undefined : clampScale(stored);
      this.#pageDefault = undefined;
      this.#stopTabs = onOtherTabChange(this.key, (raw) => {
        const before = this.scale;
        const stored = parsePositive(raw);
        this.#choice = stored === undefined ? undefined : clampScale(stored);
        this.#changed(before);
      });
    } else if (!needed && this.#stopTabs) {
      this.#stopTabs();
      this.#stopTabs = undefined;
    }
  }

  #targetFor(article: HTMLElement): ScaleTarget {
    return scaleTarget(article);
  }

  #targets(): ScaleTarget[] {
    const targets = [...this.#governed.values()].map((entry) => entry.target);
    if (this.#articleGovernors > 0) {
      for (const article of sharedRegistry().articles) {
        if (!this.#governed.has(article)) targets.push(this.#targetFor(article));
      }
    }
    return targets;
  }

  #changed(before: number): ScaleChange {
    const scale = this.scale;
    const blocked = scale === before ? [] : this.#applyTo(this.#targets(), before);
    const change: ScaleChange = { scale, blocked };
    if (scale !== before) for (const listener of [...this.#listeners]) listener(change);
    return change;
  }

  /**
   * Sets the scale on the targets, keeping the words at the top of the viewport in
   * place, and reports the targets whose text did not follow.
   */
  #applyTo(targets: ScaleTarget[], before?: number): HTMLElement[] {
    if (targets.length === 0) return [];
    const scale = this.scale;
    const blocked: HTMLElement[] = [];
    keepReadingPosition(() => {
      const sizesBefore = before === undefined ? [] : targets.map((target) => target.sampleSize());
      for (const target of targets) target.apply(scale);
      if (before === undefined) return;
      targets.forEach((target, index) => {
        const was = sizesBefore[index];
        const now = target.sampleSize();
        if (was === undefined || now === undefined) return;
        if (Math.abs(now / was / (scale / before) - 1) > 0.02) blocked.push(target.element);
      });
    });
    return blocked;
  }
}

/** The owner of the scale stored under `key`, shared by every copy of bantin on the page. */
export function scaleOwner(key: string): ScaleOwner {
  const owners = sharedRegistry().scaleOwners as Map<string, ScaleOwner>;
  let owner = owners.get(key);
  if (!owner) owners.set(key, (owner = new Owner(key)));
  return owner;
}
