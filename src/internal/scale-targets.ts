import { isPositiveNumber } from './numbers.js';
import type { PortalIntake } from './portal-intake.js';
import { describe, warn } from './warn.js';

/**
 * Something the reader's scale applies to. A `<bantin-article>` sizes everything from
 * `--bantin-font-scale` itself; any other element is portal markup, measured by
 * {@link PortalIntake} so that the same custom property scales all of its text while
 * the scale is not 1, and nothing of bantin's applies at 100 %.
 */
export interface ScaleTarget {
  readonly element: HTMLElement;
  /** One custom property: the cost of a size change does not grow with the article. */
  apply(scale: number): void;
  /** The computed size of the target's main text, to check that a change took effect. */
  sampleSize(): number | undefined;
  /** Gives the markup back as it was before bantin. */
  release(): void;
  /** Settles once the target follows the scale (portal markup is taken in first). */
  readonly ready: Promise<unknown>;
}

const targets = new WeakMap<HTMLElement, ScaleTarget>();

export function scaleTarget(element: HTMLElement): ScaleTarget {
  let target = targets.get(element);
  if (!target) {
    target = element.localName === 'bantin-article' ? articleTarget(element) : portalTarget(element);
    targets.set(element, target);
  }
  return target;
}

function setScale(element: HTMLElement, scale: number): void {
  element.style.setProperty('--bantin-font-scale', String(scale));
}

function articleTarget(element: HTMLElement): ScaleTarget {
  return {
    element,
    ready: Promise.resolve(),
    apply: (scale) => setScale(element, scale),
    sampleSize: () => fontSize(mainText(element) ?? element),
    release: () => {
      element.style.removeProperty('--bantin-font-scale');
      targets.delete(element);
    },
  };
}

/** Loaded once; later targets (an AJAX block replaced, say) are taken in at once. */
let intakeModule: typeof import('./portal-intake.js') | undefined;

/**
 * The intake is loaded only when a page names portal markup with `for`; pages that
 * use `<bantin-article>` never download it.
 */
function portalTarget(element: HTMLElement): ScaleTarget {
  let intake: PortalIntake | undefined;
  let released = false;
  const start = (module: typeof import('./portal-intake.js')) => {
    intakeModule = module;
    if (released) return;
    intake = new module.PortalIntake(element);
    // It reads the scale applied so far from the target.
    intake.start();
  };
  const ready = intakeModule
    ? Promise.resolve(start(intakeModule))
    : import('./portal-intake.js').then(start, (error: unknown) =>
        warn(
          'bantin-font-scaler',
          'for',
          `could not load the module that takes in portal markup (${error instanceof Error ? error.message : describe(error)}); ` +
            'copy the whole dist/chunks/ folder beside bantin.bundle.js.',
        ),
      );
  return {
    element,
    ready,
    apply: (scale) => {
      // Written at 100 % too: it tells the prepaint script that the intake has the target.
      setScale(element, scale);
      // At 100 % the intake switches its rule off: the page is exactly its own.
      intake?.setScale(scale);
    },
    sampleSize: () => fontSize(intake?.sample() ?? element),
    release: () => {
      released = true;
      intake?.stop();
      element.style.removeProperty('--bantin-font-scale');
      targets.delete(element);
    },
  };
}

function fontSize(element: Element): number | undefined {
  const size = parseFloat(getComputedStyle(element).fontSize);
  return isPositiveNumber(size) ? size : undefined;
}

/** The first paragraph of body text: what a reader reads most of. */
function mainText(article: HTMLElement): Element | null {
  return (
    article.querySelector(':scope > p:not([slot]), p:not([slot])') ?? article.querySelector('[slot="lead"]')
  );
}
