import { warn } from './warn.js';

/** The zoom steps readers know from their browser: 90 % to 200 %. */
export const DEFAULT_LEVELS: readonly number[] = [0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

/** Parses `levels="0.9 1 1.1"` (spaces or commas); bad entries become `NaN` for the element to report. */
export const levelsConverter = {
  fromAttribute(value: string | null): number[] {
    if (value === null) return [...DEFAULT_LEVELS];
    return value
      .split(/[\s,]+/)
      .filter((token) => token !== '')
      .map((token) => Number(token));
  },
  toAttribute(value: number[] | string): string {
    return Array.isArray(value) ? value.join(' ') : value;
  },
};

/** Lit's Number converter turns "abc" into NaN; keep it, so the element can warn. */
export const optionalNumberConverter = {
  fromAttribute(value: string | null): number | undefined {
    return value === null || value.trim() === '' ? undefined : Number(value);
  },
  toAttribute(value: number | undefined): string | null {
    return value === undefined ? null : String(value);
  },
};

export interface Ladder {
  levels: number[];
  min: number;
  max: number;
}

/**
 * The usable steps: valid `levels` clipped by `min`/`max`. Every rejected input is
 * reported once through `warn` and replaced by the default, so the scaler always works.
 */
export function buildLadder(
  tag: string,
  rawLevels: readonly number[] | undefined,
  rawMin: number | undefined,
  rawMax: number | undefined,
): Ladder {
  let levels = (rawLevels ?? DEFAULT_LEVELS).filter((level) => Number.isFinite(level) && level > 0);
  if (rawLevels && levels.length !== rawLevels.length) {
    warn(tag, 'levels', `ignoring entries that are not positive numbers (${rawLevels.join(' ')}).`);
  }
  if (levels.length === 0) levels = [...DEFAULT_LEVELS];
  levels = [...new Set(levels)].sort((a, b) => a - b);

  let min = checkBound(tag, 'min', rawMin);
  let max = checkBound(tag, 'max', rawMax);
  if (min !== undefined && max !== undefined && min > max) {
    warn(tag, 'min', `${min} is above max ${max}; ignoring both.`);
    min = max = undefined;
  }
  const low = min ?? levels[0]!;
  const high = max ?? levels[levels.length - 1]!;
  let clipped = levels.filter((level) => level >= low && level <= high);
  if (clipped.length === 0) {
    warn(tag, 'levels', `no level lies between min ${low} and max ${high}; using the bounds as levels.`);
    clipped = low === high ? [low] : [low, high];
  }
  return { levels: clipped, min: clipped[0]!, max: clipped[clipped.length - 1]! };
}

function checkBound(tag: string, name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (Number.isFinite(value) && value > 0) return value;
  warn(tag, name, `"${value}" is not a positive number; ignoring it.`);
  return undefined;
}

export function clamp(value: number, ladder: Ladder): number {
  return Math.min(ladder.max, Math.max(ladder.min, value));
}

/** The next level above (`+1`) or below (`-1`) `value`; `value` itself at a bound. */
export function step(value: number, ladder: Ladder, direction: 1 | -1): number {
  const epsilon = 1e-9;
  const candidates =
    direction > 0
      ? ladder.levels.filter((level) => level > value + epsilon)
      : ladder.levels.filter((level) => level < value - epsilon).reverse();
  return candidates[0] ?? value;
}

/** 100 % when the ladder allows it, else the level nearest to it. */
export function resetLevel(ladder: Ladder): number {
  return ladder.levels.reduce((best, level) => (Math.abs(level - 1) < Math.abs(best - 1) ? level : best));
}
