/**
 * Reads a typed list marker ("1.", "b)", "iv.", "·", "§", "o", the Vietnamese "đ)") as
 * the list it belongs to. A marker that is no list item's ("1.1.", "(2)", "Điều 3.")
 * gives `undefined`, and stays in the text.
 */

export interface Marker {
  ordered: boolean;
  /** The list's `type`: `1`, `a`, `A`, `i`, `I` for `<ol>`; `disc`, `circle`, `square` for `<ul>`. */
  type: string;
  /** The item's number (ordered markers only). */
  value: number;
  /** What a run of items must share to be one list: the type and the punctuation. */
  family: string;
  /** The marker as written, e.g. "a)". */
  text: string;
}

/**
 * The letters of points in Vietnamese documents (a, b, c, d, đ, e, g, h…): the alphabet
 * without f, j, w, z and without the vowels with marks.
 */
const VIETNAMESE_POINTS = 'abcdđeghiklmnopqrstuvxy';

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
    return { ordered: false, type, value: 0, family: `ul ${text}`, text };
  }
  const match = /^([0-9]{1,3}|[a-zđ]{1,6}|[A-ZĐ]{1,6})([.)])$/.exec(text);
  if (!match) return undefined;
  const [, body, punctuation] = match;
  if (/^\d/.test(body))
    return { ordered: true, type: '1', value: Number(body), family: `1${punctuation}`, text };
  const upper = body === body.toUpperCase();
  const roman = romanValue(body);
  const letterFirst =
    body.length === 1 && (previous === 'a' || previous === 'A' || body.toLowerCase() !== 'i');
  if (body.length === 1 && letterFirst) {
    const type = upper ? 'A' : 'a';
    const letter = body.toLowerCase();
    return {
      ordered: true,
      type,
      // "đ" has no place in the Latin alphabet: its place among Vietnamese points.
      value: letter === 'đ' ? VIETNAMESE_POINTS.indexOf(letter) + 1 : letter.charCodeAt(0) - 96,
      family: `${type}${punctuation}`,
      text,
    };
  }
  if (roman) {
    const type = upper ? 'I' : 'i';
    return { ordered: true, type, value: roman, family: `${type}${punctuation}`, text };
  }
  return undefined;
}

/** Where `marker` stands among Vietnamese points ("đ)" after "d)", "g)" after "e)"), from 1; else 0. */
function vietnamesePlace(marker: Marker): number {
  return marker.type === 'a' || marker.type === 'A'
    ? VIETNAMESE_POINTS.indexOf(marker.text[0].toLowerCase()) + 1
    : 0;
}

/** Whether `marker` comes right after `previous` in the same list: 2 after 1, b after a, đ after d. */
export function follows(previous: Marker, marker: Marker): boolean {
  if (previous.family !== marker.family) return false;
  if (!marker.ordered) return true;
  return latinStep(previous, marker) || vietnameseStep(previous, marker);
}

function latinStep(previous: Marker, marker: Marker): boolean {
  return marker.value === previous.value + 1 && !/đ/i.test(previous.text + marker.text);
}

function vietnameseStep(previous: Marker, marker: Marker): boolean {
  const place = vietnamesePlace(previous);
  return place > 0 && vietnamesePlace(marker) === place + 1;
}

/**
 * Whether a list's markers must stay as written: "a)" and "1)" (no list type shows the
 * parenthesis in every engine) and Vietnamese points ("đ)", or "g)" right after "e)"),
 * which no list type counts. `markers` are the list's own, in order.
 */
export function keepsWrittenMarkers(markers: readonly Marker[]): boolean {
  return markers.some(
    (marker, index) =>
      marker.ordered &&
      (marker.text.endsWith(')') ||
        /đ/i.test(marker.text) ||
        (index > 0 && vietnameseStep(markers[index - 1], marker) && !latinStep(markers[index - 1], marker))),
  );
}

/** A typed marker at the start of a paragraph's text, with the spaces after it. */
export const TYPED_MARKER =
  /^[\s\u00a0]*([-+•·–*]|[0-9]{1,3}[.)]|[a-zA-ZđĐ][.)]|[ivxIVX]{1,5}[.)])[\s\u00a0]+/;
