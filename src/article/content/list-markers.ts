/**
 * Reads a typed list marker ("1.", "b)", "iv.", "·", "§", "o") as what an `<ol>` or
 * `<ul>` can show instead. A marker that no list type can show ("1.1.", "(2)",
 * "Điều 3.", the Vietnamese letter "đ)") gives `undefined`, and stays in the text.
 */

export interface Marker {
  ordered: boolean;
  /** The list's `type`: `1`, `a`, `A`, `i`, `I` for `<ol>`; `disc`, `circle`, `square` for `<ul>`. */
  type: string;
  /** The item's number (ordered markers only). */
  value: number;
  /** What a run of items must share to be one list: the type and the punctuation. */
  family: string;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function romanValue(text: string): number | undefined {
  let total = 0;
  const lower = text.toLowerCase();
  for (let index = 0; index < lower.length; index++) {
    const value = ROMAN[lower[index]];
    const next = ROMAN[lower[index + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  // Only canonical numerals: "iiii" or "vx" are not list numbers.
  return total > 0 && total < 40 && toRoman(total) === lower ? total : undefined;
}

function toRoman(value: number): string {
  const digits: [number, string][] = [
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let text = '';
  for (const [size, numeral] of digits) {
    while (value >= size) {
      text += numeral;
      value -= size;
    }
  }
  return text;
}

/** Word's Symbol, Wingdings and Courier New bullets, and typed ones. */
const SQUARE = new Set(['§', '\uF0A7', '▪', '■', '\uF06E']);
const CIRCLE = new Set(['o', '○', '◦', '\uF06F']);
const BULLETS = new Set([
  '·',
  '•',
  '\uF0B7',
  '-',
  '–',
  '—',
  '+',
  '*',
  '\uF0D8',
  'Ø',
  '\uF0FC',
  'ü',
  '➢',
  '►',
  '●',
  '\uF076',
  ...SQUARE,
  ...CIRCLE,
]);

/**
 * `text` is the marker alone, spaces removed. `previous` is the type of the list it
 * would continue, which decides whether "i." is the ninth letter or the first numeral.
 */
export function readMarker(text: string, previous?: string): Marker | undefined {
  if (BULLETS.has(text)) {
    const type = SQUARE.has(text) ? 'square' : CIRCLE.has(text) ? 'circle' : 'disc';
    return { ordered: false, type, value: 0, family: `ul ${text}` };
  }
  const match = /^([0-9]{1,3}|[a-z]{1,6}|[A-Z]{1,6})([.)])$/.exec(text);
  if (!match) return undefined;
  const [, body, punctuation] = match;
  if (/^\d/.test(body)) return { ordered: true, type: '1', value: Number(body), family: `1${punctuation}` };
  const upper = body === body.toUpperCase();
  const roman = romanValue(body);
  const letterFirst =
    body.length === 1 && (previous === 'a' || previous === 'A' || body.toLowerCase() !== 'i');
  if (body.length === 1 && letterFirst) {
    const type = upper ? 'A' : 'a';
    return {
      ordered: true,
      type,
      value: body.toLowerCase().charCodeAt(0) - 96,
      family: `${type}${punctuation}`,
    };
  }
  if (roman) {
    const type = upper ? 'I' : 'i';
    return { ordered: true, type, value: roman, family: `${type}${punctuation}` };
  }
  return undefined;
}

/** A typed marker at the start of a paragraph's text, with the spaces after it. */
export const TYPED_MARKER = /^[\s\u00a0]*([-+•·–*]|[0-9]{1,3}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])[\s\u00a0]+/;
