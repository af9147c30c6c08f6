/**
 * The reader's reading preferences as values: what each may be, and how a stored or
 * given value is read. A value bantin does not know reads as the default.
 */

/** Where the reader's choice is kept, as JSON `{ "theme", "spacing", "font" }`. */
export const READING_KEY = 'bantin:reading';

export const THEMES = ['default', 'dark', 'high-contrast', 'sepia'] as const;
export const SPACINGS = ['default', 'wide'] as const;
/** `default` is the page's own font, until the reader picks one. */
export const FONTS = ['default', 'sans-serif', 'serif'] as const;

export type ReadingTheme = (typeof THEMES)[number];
export type ReadingSpacing = (typeof SPACINGS)[number];
export type ReadingFont = (typeof FONTS)[number];

/** The reader's choice, stored as JSON under `bantin:reading`. */
export interface ReadingChoice {
  readonly theme: ReadingTheme;
  readonly spacing: ReadingSpacing;
  readonly font: ReadingFont;
}

export const DEFAULT_READING: ReadingChoice = Object.freeze({
  theme: 'default',
  spacing: 'default',
  font: 'default',
});

/** The choices and the values each accepts, in the order the panel shows them. */
export const READING_OPTIONS = {
  theme: THEMES,
  spacing: SPACINGS,
  font: FONTS,
} as const satisfies Record<keyof ReadingChoice, readonly string[]>;

export type ReadingKey = keyof ReadingChoice;
export const READING_KEYS = Object.keys(READING_OPTIONS) as ReadingKey[];

/** Whether `value` is one of the values `key` accepts. */
export function isReadingValue<K extends ReadingKey>(key: K, value: unknown): value is ReadingChoice[K] {
  return (READING_OPTIONS[key] as readonly unknown[]).includes(value);
}

/** Reads stored JSON; a missing, broken or unknown part reads as the default. */
export function parseReading(raw: string | null | undefined): ReadingChoice {
  let stored: unknown;
  try {
    stored = raw ? JSON.parse(raw) : undefined;
  } catch {
    stored = undefined;
  }
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    theme: isReadingValue('theme', record['theme']) ? record['theme'] : 'default',
    spacing: isReadingValue('spacing', record['spacing']) ? record['spacing'] : 'default',
    font: isReadingValue('font', record['font']) ? record['font'] : 'default',
  };
}

export function sameReading(a: ReadingChoice, b: ReadingChoice): boolean {
  return READING_KEYS.every((key) => a[key] === b[key]);
}
