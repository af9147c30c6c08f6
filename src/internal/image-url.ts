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
 * the comma inside a `data:` URL stays), its descriptors to the next comma.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  const length = value.length;
  let position = 0;
  while (position < length) {
    while (position < length && /[\s,]/.test(value[position]!)) position++;
    if (position >= length) break;
    let start = position;
    while (position < length && !/\s/.test(value[position]!)) position++;
    let url = value.slice(start, position);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      start = position;
      let inParentheses = false;
      while (position < length) {
        const char = value[position]!;
        if (char === '(') inParentheses = true;
        else if (char === ')') inParentheses = false;
        else if (char === ',' && !inParentheses) break;
        position++;
      }
      descriptor = value.slice(start, position).trim();
      position++;
    }
    candidates.push({ url, descriptor });
  }
  return candidates;
}

export function formatSrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates.map(({ url, descriptor }) => (descriptor ? `${url} ${descriptor}` : url)).join(', ');
}
