import { DEFAULT_LEVELS } from './scale-ladder.js';
import { STRING_KEYS, type BantinStrings } from './strings/index.js';
import { describe, warn } from './warn.js';

/**
 * Attribute converters and property checks. A page can set any value on any
 * attribute or property (a removed attribute is `null`; frameworks pass numbers,
 * objects, arrays), so each one turns what it is given into a value the element can
 * render, and names the element and attribute in a warning when it had to guess.
 */

/**
 * Checks an element's changed text and boolean properties and writes back what it
 * will render. `defaults` maps each property to its default: text, `undefined` (an
 * optional text) or `false` (a boolean). A removed attribute (`null`) means the
 * default; for text, a number or boolean is written out and anything else (objects,
 * arrays, symbols) ignored; for a boolean, `"false"` reads as false; each with a
 * warning naming the attribute.
 */
export function checkProperties(
  host: object,
  tag: string,
  changed: ReadonlyMap<PropertyKey, unknown>,
  defaults: Record<string, string | boolean | undefined>,
): void {
  const properties = host as Record<string, unknown>;
  for (const [name, fallback] of Object.entries(defaults)) {
    const value = properties[name];
    const boolean = fallback === false;
    if (!changed.has(name) || typeof value === (boolean ? 'boolean' : 'string')) continue;
    let checked: unknown = fallback;
    if (value !== null && value !== undefined) {
      if (boolean) checked = value !== 'false' && Boolean(value);
      else if (/^[nb]/.test(typeof value)) checked = String(value);
      const attribute = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      warn(
        tag,
        attribute,
        `${describe(value)} is not ${boolean ? 'true or false' : 'text'}; using ${JSON.stringify(checked) ?? 'none'}.`,
      );
    }
    properties[name] = checked;
  }
}

/** Lit's Number converter turns "abc" into NaN; keep it, so the element can warn. */
export const optionalNumberConverter = {
  fromAttribute(value: string | null): number | undefined {
    return value === null || value.trim() === '' ? undefined : Number(value);
  },
  toAttribute(value: number | undefined): string | null {
    return value === undefined ? null : String(value);
  },
};

/** Parses `levels="0.9 1 1.1"` (spaces or commas); bad entries become `NaN` for the ladder to report. */
export const levelsConverter = {
  fromAttribute(value: string | null): number[] {
    if (value === null) return [...DEFAULT_LEVELS];
    return value
      .split(/[\s,]+/)
      .filter((token) => token !== '')
      .map((token) => Number(token));
  },
  toAttribute(value: number[] | string): string {
    return Array.isArray(value) ? value.join(' ') : String(value);
  },
};

/**
 * The `levels` property as numbers, whatever it holds: an array (entries that are not
 * numbers become `NaN`), or a string as frameworks such as React 19 set it.
 */
export function toLevels(value: unknown): number[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((level) => (typeof level === 'number' ? level : Number.NaN));
  if (typeof value === 'number') return [value];
  if (typeof value === 'string') return levelsConverter.fromAttribute(value);
  return [Number.NaN];
}

/**
 * `strings` overrides, checked key by key: a JSON string or an object; a value that
 * is not text and a key bantin does not know are each reported and ignored.
 */
export function checkStrings(tag: string, value: unknown): Partial<BantinStrings> | undefined {
  if (value === null || value === undefined) return undefined;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    try {
      parsed = JSON.parse(value);
    } catch {
      // reported below, as text that is not an object
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    warn(tag, 'strings', `${describe(value)} is not a JSON object of strings; using the built-in strings.`);
    return undefined;
  }
  const checked: Partial<Record<keyof BantinStrings, string>> = {};
  for (const [key, text] of Object.entries(parsed)) {
    if (!STRING_KEYS.has(key)) {
      warn(tag, 'strings', `unknown key "${describe(key)}" ignored.`);
    } else if (typeof text !== 'string') {
      warn(tag, 'strings', `"${key}" is ${describe(text)}, not text; ignored.`);
    } else {
      checked[key as keyof BantinStrings] = text;
    }
  }
  return checked;
}

/** Attribute converter for `strings='{"print": "…"}'` that warns instead of throwing. */
export function stringsConverter(tag: string) {
  return {
    fromAttribute(value: string | null): Partial<BantinStrings> | undefined {
      return checkStrings(tag, value);
    },
    toAttribute(value: Partial<BantinStrings> | undefined): string | null {
      return value ? JSON.stringify(value) : null;
    },
  };
}
