import { describe, warn } from './warn.js';

/**
 * Image URLs limited to what an image can be: relative, `http(s):`, `blob:` and
 * `data:image/`. Nothing else runs from an `<img>`, but a `javascript:` source is
 * still a blocked request and a CSP violation report on every page view.
 */

/**
 * The URL parser ignores leading and trailing controls and spaces and removes tabs
 * and newlines anywhere, so `" java\tscript:"` is a `javascript:` URL; look at it
 * the same way.
 */
function normalise(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

export function isImageUrl(url: string): boolean {
  const cleaned = normalise(url);
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (scheme === 'http' || scheme === 'https' || scheme === 'blob') return true;
  return scheme === 'data' && /^data:image\//i.test(cleaned);
}

export interface SrcsetCandidate {
  url: string;
  /** `640w`, `2x`, or empty. */
  descriptor: string;
}

/**
 * Splits `srcset` as the HTML standard does: a URL runs to the next whitespace (so
 * the comma inside a `data:` URL stays) and ends its candidate if it ends in commas;
 * otherwise its descriptors run to the next comma outside parentheses.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  return Array.from(
    value.matchAll(/[\s,]*([^\s,]\S*?)(?:,+(?=\s|$)|(?=\s|$)((?:[^,(]|\([^)]*\)?)*))/g),
    ([, url, descriptor]) => ({ url: url!, descriptor: descriptor?.trim() ?? '' }),
  );
}

export function formatSrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates.map(({ url, descriptor }) => (descriptor ? `${url} ${descriptor}` : url)).join(', ');
}

/** `src` (or, with `set`, `srcset`) keeping only image URLs; each one dropped is reported. */
export function keepImageUrls(
  tag: string,
  name: string,
  value: string | undefined,
  set = false,
): string | undefined {
  if (value === undefined) return undefined;
  const kept = (set ? parseSrcset(value) : [{ url: value, descriptor: '' }]).filter(({ url }) => {
    if (isImageUrl(url)) return true;
    warn(
      tag,
      name,
      `"${describe(url)}" is not an image URL (relative, http(s):, data:image/, blob:); dropped.`,
    );
    return false;
  });
  return kept.length > 0 ? formatSrcset(kept) : undefined;
}
