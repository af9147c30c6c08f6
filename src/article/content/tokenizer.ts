/**
 * Finds where the tags and attributes of an HTML string are, following the states of
 * the HTML standard's tokenizer (§13.2.5) that decide them: tags, attributes with
 * quoted and unquoted values, comments, bogus comments (`<![if …]>`, `<!DOCTYPE>`,
 * `<?xml …>`), and the raw text of `<script>`, `<style>`, `<textarea>`, `<title>` and
 * the like. It decodes nothing and builds nothing: it reports positions.
 *
 * Why by hand: Chromium raises a `style-src-attr` (or `script-src-attr`) CSP report for
 * every `style` (or `on…`) attribute the browser's parser meets, in any document of the
 * page, inert or not (DOMParser, `parseHTMLUnsafe`, `<template>`, `setHTML`,
 * `createHTMLDocument`, even `setAttribute('style')` on a detached element). Those
 * attributes must leave the string before any browser parser sees it. The maintained
 * tokenizers weigh too much for a reader on a slow phone: htmlparser2's Tokenizer is
 * 25 KB gzip (its entity tables), parse5 49 KB; positions need no entity tables.
 */

/** An attribute of a start tag, as offsets into the string. */
export interface AttributeSpan {
  /** The attribute name, lower-cased as the parser will store it. */
  name: string;
  /** Offset of the name's first character. */
  start: number;
  /** Offset just past the name. */
  nameEnd: number;
  /** Offset just past the value (or the name, when there is no value). */
  end: number;
}

export interface TokenHandlers {
  /** Text between tags, as offsets (character references left as written). */
  text?(start: number, end: number): void;
  startTag?(name: string, attributes: AttributeSpan[], start: number, end: number): void;
  endTag?(name: string, start: number, end: number): void;
  comment?(start: number, end: number): void;
}

/** Elements whose content the tokenizer reads as text up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const SPACE = /[\t\n\f\r ]/;
const ALPHA = /[A-Za-z]/;

/** Walks `html` once, reporting its tokens in order. */
export function tokenize(html: string, handlers: TokenHandlers): void {
  const length = html.length;
  let position = 0;
  let textStart = 0;
  // Inside <svg> or <math>, <style> and <title> are ordinary elements and CDATA sections exist.
  let foreign = 0;

  const flushText = (end: number) => {
    if (end > textStart) handlers.text?.(textStart, end);
  };
  const bogusComment = (from: number, bodyStart: number) => {
    const close = html.indexOf('>', bodyStart);
    const end = close < 0 ? length : close + 1;
    handlers.comment?.(from, end);
    return end;
  };

  while (position < length) {
    const open = html.indexOf('<', position);
    if (open < 0) break;
    const next = html[open + 1];
    if (next === '!') {
      flushText(open);
      if (html.startsWith('--', open + 2)) {
        // `<!-->` and `<!--->` close at once; otherwise the first `-->` or `--!>` does.
        let end: number;
        if (html[open + 4] === '>') end = open + 5;
        else if (html.startsWith('->', open + 4)) end = open + 6;
        else {
          const search = /--!?>/g;
          search.lastIndex = open + 4;
          const match = search.exec(html);
          end = match ? match.index + match[0].length : length;
        }
        handlers.comment?.(open, end);
        position = end;
      } else if (foreign && html.startsWith('[CDATA[', open + 2)) {
        const close = html.indexOf(']]>', open + 9);
        position = close < 0 ? length : close + 3;
        handlers.text?.(open, position);
      } else {
        position = bogusComment(open, open + 2);
      }
      textStart = position;
      continue;
    }
    if (next === '?') {
      flushText(open);
      position = textStart = bogusComment(open, open + 2);
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? open + 2 : open + 1;
    if (!ALPHA.test(html[nameStart] ?? '')) {
      if (closing && html[nameStart] === '>') {
        // `</>` is dropped by the parser.
        flushText(open);
        position = textStart = nameStart + 1;
      } else if (closing && nameStart < length) {
        flushText(open);
        position = textStart = bogusComment(open, nameStart);
      } else {
        // A lone `<` is text.
        position = open + 1;
      }
      continue;
    }
    flushText(open);
    let cursor = nameStart;
    while (cursor < length && !SPACE.test(html[cursor]) && html[cursor] !== '/' && html[cursor] !== '>')
      cursor++;
    const name = html.slice(nameStart, cursor).toLowerCase();
    const attributes: AttributeSpan[] = [];
    let selfClosing = false;
    // Before attribute name, attribute name, after name, value: the tokenizer's states, in a loop.
    while (cursor < length) {
      const char = html[cursor];
      if (SPACE.test(char)) {
        cursor++;
        continue;
      }
      if (char === '>') break;
      if (char === '/') {
        selfClosing = html[cursor + 1] === '>';
        cursor++;
        continue;
      }
      selfClosing = false;
      const start = cursor;
      // An `=` that starts a name belongs to the name.
      cursor++;
      while (cursor < length && !/[\t\n\f\r />=]/.test(html[cursor])) cursor++;
      const nameEnd = cursor;
      while (cursor < length && SPACE.test(html[cursor])) cursor++;
      if (html[cursor] === '=') {
        cursor++;
        while (cursor < length && SPACE.test(html[cursor])) cursor++;
        const quote = html[cursor];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, cursor + 1);
          cursor = close < 0 ? length : close + 1;
        } else {
          while (cursor < length && !SPACE.test(html[cursor]) && html[cursor] !== '>') cursor++;
        }
      } else {
        cursor = nameEnd;
      }
      attributes.push({ name: html.slice(start, nameEnd).toLowerCase(), start, nameEnd, end: cursor });
    }
    // A tag cut off by the end of the string is dropped by the parser, with its attributes.
    if (cursor >= length) {
      textStart = length;
      break;
    }
    const end = cursor + 1;
    position = textStart = end;
    if (closing) {
      handlers.endTag?.(name, open, end);
      if ((name === 'svg' || name === 'math') && foreign) foreign--;
      continue;
    }
    handlers.startTag?.(name, attributes, open, end);
    if ((name === 'svg' || name === 'math') && !selfClosing) foreign++;
    if (name === 'plaintext' && !foreign) {
      handlers.text?.(end, length);
      position = textStart = length;
    } else if (RAW_TEXT.has(name) && !foreign) {
      const close = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig');
      close.lastIndex = end;
      const match = close.exec(html);
      position = match ? match.index : length;
      handlers.text?.(end, position);
      textStart = position;
    }
  }
  flushText(length);
}

/** The attribute that carries a `style` value past the parser, for the cleanup to read. */
export const STYLE_ATTRIBUTE = 'data-bantin-style';

/**
 * `html` with every `style` attribute renamed to {@link STYLE_ATTRIBUTE} (the cleanup
 * reads Word's list levels, bold, italics and alignment from it), every inline event
 * handler (`on…`) removed, and every `<style>` element removed (Chromium reports
 * `style-src-elem` for one parsed by DOMParser; the sanitizers drop it anyway), so
 * that parsing it raises no CSP report in any engine.
 */
export function withoutInlineAttributes(html: string): string {
  const parts: string[] = [];
  let copied = 0;
  let styleElement: number | undefined;
  tokenize(html, {
    startTag(name, attributes, start) {
      if (styleElement !== undefined) return;
      if (name === 'style') {
        parts.push(html.slice(copied, start));
        copied = start;
        styleElement = start;
        return;
      }
      for (const attribute of attributes) {
        if (attribute.name === 'style') {
          parts.push(html.slice(copied, attribute.start), STYLE_ATTRIBUTE);
          copied = attribute.nameEnd;
        } else if (attribute.name.startsWith('on')) {
          parts.push(html.slice(copied, attribute.start));
          copied = attribute.end;
        }
      }
    },
    endTag(name, _start, end) {
      if (name === 'style' && styleElement !== undefined) {
        copied = end;
        styleElement = undefined;
      }
    },
  });
  // A <style> left open runs to the end of the string, as the parser would read it.
  if (styleElement === undefined) parts.push(html.slice(copied));
  return parts.join('');
}
