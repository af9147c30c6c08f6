import { loadChunk } from '../load-chunk.js';
import type { BantinLocale, BantinStrings } from './types.js';
import { vi } from './vi.js';

export type { BantinLocale, BantinStrings } from './types.js';

/**
 * The tables loaded so far. Vietnamese, the default, is always there; English is loaded
 * the first time an element in English text updates (see `stringsLoading`), since most
 * pages of Vietnamese portals never need it.
 */
const tables: Partial<Record<BantinLocale, BantinStrings>> = { vi };
let english: Promise<void> | undefined;

/** The strings of `locale`; Vietnamese while (or if) another table is unavailable. */
export function stringsOf(locale: BantinLocale): BantinStrings {
  return tables[locale] ?? vi;
}

/**
 * Starts loading the table for `locale` if it is not here yet and returns the promise to
 * wait for; `undefined` when it is here. A table that cannot be loaded (no `chunks/`
 * folder) settles too: the element then speaks Vietnamese.
 */
export function stringsLoading(locale: BantinLocale | undefined, tag: string): Promise<void> | undefined {
  if (locale !== 'en' || tables.en) return undefined;
  return (english ??= loadChunk(tag, import('./en.js')).then((module) => {
    if (module) tables.en = module.en;
  }));
}

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
