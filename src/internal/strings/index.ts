import { en } from './en.js';
import type { BantinLocale, BantinStrings } from './types.js';
import { vi } from './vi.js';

export type { BantinLocale, BantinStrings } from './types.js';

export const translations: Readonly<Record<BantinLocale, BantinStrings>> = { vi, en };

/** The keys a `strings` override may set; anything else is reported. */
export const STRING_KEYS: ReadonlySet<string> = new Set(Object.keys(vi));

/** The `Intl` locale each language formats numbers and dates with. */
export const intlLocale: Readonly<Record<BantinLocale, string>> = { vi: 'vi-VN', en: 'en-GB' };

/** Replaces `{name}` placeholders; an unknown placeholder stays as written. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? values[key]! : match,
  );
}
