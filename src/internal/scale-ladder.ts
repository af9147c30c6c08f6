import { isPositiveNumber, numeric } from './numbers.js';
import { describe, warn } from './warn.js';

/** The zoom steps readers know from their browser: 90 % to 200 %. */
export const DEFAULT_LEVELS: readonly number[] = [0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

/**
 * The range any scale is kept in: half size to four times. Below it the article is
 * unreadably small (and at 0 it vanishes); above it a phone shows a word per line.
 */
export const MIN_SCALE = 0.5;
export const MAX_SCALE = 4;

/** Values above this are a portal developer writing percentages: `150` means 150 %. */
const PERCENT_ABOVE = 10;

export interface Ladder {
  levels: number[];
  min: number;
  max: number;
}

const list = (values: readonly number[]) => values.join(' ');

/**
 * Positive scales made sane: values above 10 read as percentages, then everything
 * clamped to 0.5–4. Each kind of correction is reported once, with what it became.
 */
export function saneScales(tag: string, name: string, values: readonly number[]): number[] {
  const percentages = values.filter((value) => value > PERCENT_ABOVE);
  let scales = values.map((value) => (value > PERCENT_ABOVE ? value / 100 : value));
  if (percentages.length > 0) {
    warn(tag, name, `${list(percentages)} read as percentages: ${list(percentages.map((v) => v / 100))}.`);
  }
  const outside = scales.filter((value) => value < MIN_SCALE || value > MAX_SCALE);
  if (outside.length > 0) {
    scales = scales.map((value) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, value)));
    warn(tag, name, `${list(outside)} outside ${MIN_SCALE}–${MAX_SCALE} (50%–400%); clamped.`);
  }
  return scales;
}

/** One scale made sane, as `saneScales` does; for `value` and stored scales. */
export function saneScale(tag: string, name: string, value: number): number {
  return saneScales(tag, name, [value])[0]!;
}

/**
 * The usable steps: valid `levels` clipped by `min`/`max`. Every rejected input is
 * reported once through `warn` and replaced by the default, so the scaler always works.
 */
export function buildLadder(
  tag: string,
  rawLevels: readonly number[] | undefined,
  rawMin: unknown,
  rawMax: unknown,
): Ladder {
  let levels = (rawLevels ?? DEFAULT_LEVELS).filter(isPositiveNumber);
  if (rawLevels && levels.length !== rawLevels.length) {
    warn(tag, 'levels', `ignoring entries that are not positive numbers (${list(rawLevels)}).`);
  }
  if (levels.length === 0) levels = [...DEFAULT_LEVELS];
  levels = [...new Set(saneScales(tag, 'levels', levels))].sort((a, b) => a - b);

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

function checkBound(tag: string, name: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = numeric(value);
  if (isPositiveNumber(number)) return saneScale(tag, name, number);
  warn(tag, name, `"${describe(value)}" is not a positive number; ignoring it.`);
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
