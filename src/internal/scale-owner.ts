import { PreferenceOwner } from './preference-owner.js';
import { parsePositive, readPreference, writePreference } from './preferences.js';
import { keepReadingPosition } from './reading-position.js';
import { MAX_SCALE, MIN_SCALE } from './scale-ladder.js';
import { sharedRegistry } from './shared-registry.js';
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

class Owner extends PreferenceOwner<ScaleChange> implements ScaleOwner {
  #choice: number | undefined;
  #pageDefault: number | undefined;
  /** What each governed element scales (the element, or portal markup it holds). */
  readonly #targetsOf = new Map<HTMLElement, ScaleTarget>();

  constructor(key: string) {
    super(key);
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

  async settled(): Promise<void> {
    await Promise.all(this.#targets().map((target) => target.ready));
  }

  protected start(target: HTMLElement | 'articles'): void {
    if (target === 'articles') {
      this.#applyTo([...sharedRegistry().articles].map((article) => this.#targetFor(article)));
    } else {
      const governed = scaleTarget(target);
      this.#targetsOf.set(target, governed);
      this.#applyTo([governed]);
    }
  }

  protected stop(target: HTMLElement): void {
    this.#targetsOf.get(target)?.release();
    this.#targetsOf.delete(target);
  }

  protected joined(article: HTMLElement): void {
    this.#applyTo([this.#targetFor(article)]);
  }

  /** While nothing on the page used it, another tab (or the page) may have changed storage. */
  protected reread(): void {
    const stored = parsePositive(readPreference(this.key));
    this.#choice = stored === undefined ? undefined : clampScale(stored);
    this.#pageDefault = undefined;
  }

  protected fromTab(raw: string | null): void {
    const before = this.scale;
    const stored = parsePositive(raw);
    this.#choice = stored === undefined ? undefined : clampScale(stored);
    this.#changed(before);
  }

  #targetFor(article: HTMLElement): ScaleTarget {
    return scaleTarget(article);
  }

  #targets(): ScaleTarget[] {
    const targets = [...this.#targetsOf.values()];
    if (this.governsArticles) {
      for (const article of sharedRegistry().articles) {
        if (!this.#targetsOf.has(article)) targets.push(this.#targetFor(article));
      }
    }
    return targets;
  }

  #changed(before: number): ScaleChange {
    const scale = this.scale;
    const blocked = scale === before ? [] : this.#applyTo(this.#targets(), before);
    const change: ScaleChange = { scale, blocked };
    if (scale !== before) this.notify(change);
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
