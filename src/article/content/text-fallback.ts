/**
 * The words without the markup, for when no sanitizer can run (the DOMPurify chunk
 * failed to load, or a Trusted Types page allows no policy for it): the tokenizer tells
 * text from tags, block tags end a paragraph, and the text is set with `textContent`,
 * which nothing can turn back into markup. The reader gets the article's paragraphs
 * rather than a blank page.
 */
import { tokenize } from './tokenizer.js';

/** Elements whose content a reader never saw, or that the article drops anyway. */
const HIDDEN = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'xml',
  'title',
  'textarea',
  'iframe',
  'object',
  'svg',
  'math',
]);
const BLOCK = new Set(
  'p div h1 h2 h3 h4 h5 h6 li tr br blockquote table ul ol section article figure figcaption caption'.split(
    ' ',
  ),
);
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
  let line = '';
  let hidden: string | undefined;
  const flush = () => {
    const paragraph = decode(line.replace(/\s+/g, ' ')).trim();
    if (paragraph) holder.append(Object.assign(doc.createElement('p'), { textContent: paragraph }));
    line = '';
  };
  tokenize(html, {
    text(start, end) {
      if (!hidden) line += html.slice(start, end);
    },
    startTag(name, attributes) {
      if (hidden) return;
      if (HIDDEN.has(name)) hidden = name;
      else if (BLOCK.has(name)) flush();
      else if (name === 'img') {
        // The image itself, built attribute by attribute: its alt text is part of the article.
        const value = (wanted: string) => {
          const attribute = attributes.find((candidate) => candidate.name === wanted);
          return (
            attribute &&
            decode(html.slice(attribute.nameEnd, attribute.end).replace(/^\s*=\s*(["']?)([\s\S]*)\1$/, '$2'))
          );
        };
        const image = doc.createElement('img');
        const [src, alt] = [value('src'), value('alt')];
        if (src && /^https?:$/.test(new URL(src, document.baseURI).protocol)) image.setAttribute('src', src);
        if (alt !== undefined) image.setAttribute('alt', alt);
        if (image.hasAttribute('src') || alt) {
          flush();
          holder.append(image);
        }
      }
    },
    endTag(name) {
      if (hidden) {
        if (name === hidden) hidden = undefined;
      } else if (BLOCK.has(name)) {
        flush();
      }
    },
  });
  flush();
  return holder;
}
