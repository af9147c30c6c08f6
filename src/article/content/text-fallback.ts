/**
 * The words without the markup, for when no sanitizer can run (the DOMPurify chunk
 * failed to load, or a Trusted Types page allows no policy for it): tags are stripped
 * from the string and the text is set with `textContent`, which nothing can turn back
 * into markup. The reader gets the article's paragraphs rather than a blank page.
 */
const HIDDEN =
  /<(script|style|template|noscript|xml|title|head|textarea|iframe|object|svg|math)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK =
  /<\/?(?:p|div|h[1-6]|li|tr|br|blockquote|table|ul|ol|section|article|figure|figcaption|caption)\b[^>]*>/gi;
const ACCENTS: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
};
const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  hellip: '…',
  ndash: '–',
  mdash: '—',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
};

/** Numeric entities, the common named ones and Latin letters with accents (`&ecirc;` → ê). */
function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+\d*);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    const accented = /^([a-z])(grave|acute|circ|tilde|uml)$/i.exec(name);
    if (accented) return (accented[1] + ACCENTS[accented[2]]).normalize('NFC');
    return NAMED[name] ?? entity;
  });
}

export function textFallback(html: string, doc: Document): HTMLElement {
  const holder = doc.createElement('div');
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(HIDDEN, '')
    .replace(/\s+/g, ' ')
    .replace(BLOCK, '\n')
    .replace(/<[^>]*>/g, '');
  for (const line of decode(text).split('\n')) {
    const paragraph = line.trim();
    if (paragraph) holder.append(Object.assign(doc.createElement('p'), { textContent: paragraph }));
  }
  return holder;
}
