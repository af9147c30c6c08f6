/**
 * The words a newsreader would say for a sentence of Vietnamese news: abbreviations
 * expanded, dates, times, ranges, Roman numerals and units spelt out, headings in capitals
 * lowered. The page's text is never changed: each spoken character remembers the written
 * characters it stands for, so what the voice reports (boundaries) maps back to the page.
 * Loaded, with its data, only when listen starts.
 */
import { ABBREVIATIONS } from './abbreviations.js';

export interface SpokenText {
  /** What the voice is given. */
  text: string;
  /** The written characters `[start, end)` that spoken characters `[start, end)` stand for. */
  written(start: number, end: number): [number, number];
}

/** Text with, for each character, the written span it came from and whether a rule wrote it. */
interface Mapped {
  text: string;
  from: number[];
  to: number[];
  spoken: boolean[];
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Replaces every match of `pattern` (global) by what `spell` returns for it; `undefined`
 * keeps the match as written. The new characters stand for the whole written span, and
 * no later rule rewrites them (a portal's "U-B-N-D" stays as given).
 */
function replace(
  input: Mapped,
  pattern: RegExp,
  spell: (match: RegExpExecArray) => string | undefined,
): Mapped {
  const out: Mapped = { text: '', from: [], to: [], spoken: [] };
  let last = 0;
  const copy = (start: number, end: number) => {
    out.text += input.text.slice(start, end);
    out.from.push(...input.from.slice(start, end));
    out.to.push(...input.to.slice(start, end));
    out.spoken.push(...input.spoken.slice(start, end));
  };
  for (const match of input.text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end === start || input.spoken.slice(start, end).includes(true)) continue;
    const spoken = spell(match as RegExpExecArray);
    if (spoken === undefined) continue;
    copy(last, start);
    const from = Math.min(...input.from.slice(start, end));
    const to = Math.max(...input.to.slice(start, end));
    out.text += spoken;
    for (let i = 0; i < spoken.length; i++) {
      out.from.push(from);
      out.to.push(to);
      out.spoken.push(true);
    }
    last = end;
  }
  copy(last, input.text.length);
  return out;
}

// With the `u` flag, only syntax characters may be escaped (not `-` or `/`).
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A key as a pattern. A lone capital with a dot ("H.", "X.") is a place only before a
 * name or number: "Nguyễn Văn H. (SN 1990)" is a person the news does not name.
 */
const pattern = (key: string) => escape(key) + (/^\p{Lu}\.$/u.test(key) ? '(?=\\s*[\\p{Lu}\\d])' : '');

/** 1–3999 from a Roman numeral in capitals, or undefined when it is not a well-formed one. */
export function roman(text: string): number | undefined {
  if (!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(text) || !text) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = values[text[i]!]!;
    const next = values[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Words after which a Roman numeral is a number: "Khóa XIV", "lần thứ XIII", "quý II". */
const ROMAN_AFTER =
  '(?:khóa|khoá|kỳ|kì|lần|lần thứ|thứ|phần|chương|thế kỷ|thế kỉ|đại hội|quý|hạng|tập|mục|điều|giai đoạn)';

/** Units after a number, as a newsreader says them. */
const UNITS: Record<string, string> = {
  ha: 'héc-ta',
  km: 'ki-lô-mét',
  km2: 'ki-lô-mét vuông',
  'km²': 'ki-lô-mét vuông',
  m2: 'mét vuông',
  'm²': 'mét vuông',
  m3: 'mét khối',
  'm³': 'mét khối',
  m: 'mét',
  cm: 'xăng-ti-mét',
  mm: 'mi-li-mét',
  kg: 'ki-lô-gam',
  MW: 'mê-ga-oát',
  kW: 'ki-lô-oát',
  kWh: 'ki-lô-oát giờ',
  '°C': 'độ C',
  '%': 'phần trăm',
  USD: 'đô la Mỹ',
  đ: 'đồng',
};

/**
 * A Vietnamese syllable, diacritics removed: an optional initial consonant, a vowel
 * group, an optional final. Capitals that spell one ("KẾT", "QUẢ") are a heading to be
 * read as words; those that do not ("UBND", "WTO") are letters to be spelt.
 */
const SYLLABLE =
  /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
const bare = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');

/** Builds the speller for one reading: the built-in list with the portal's words over it. */
export function speller(
  pronunciations: Record<string, string> = {},
  vietnamese = true,
): (text: string) => SpokenText {
  const words: Record<string, string> = vietnamese
    ? { ...ABBREVIATIONS, ...pronunciations }
    : { ...pronunciations };
  const keys = Object.keys(words)
    .filter((key) => key.trim() !== '')
    .sort((a, b) => b.length - a.length);
  const known = keys.length
    ? new RegExp(`${NOT_WORD_BEFORE}(?:${keys.map(pattern).join('|')})(?![\\p{L}\\p{N}&])`, 'gu')
    : undefined;
  const units = Object.keys(UNITS)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const rules: [RegExp, (match: RegExpExecArray) => string | undefined][] = vietnamese
    ? [
        // Dates: 19/7/2021, 19-7-2021; "ngày 19/7"; "tháng 7/2021".
        [
          /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])/g,
          ([, day, , month, year]) => date(day!, month!) && `${+day!} tháng ${+month!} năm ${year}`,
        ],
        [
          /(?<=ngày\s+)(\d{1,2})\/(\d{1,2})(?![\d/])/giu,
          ([, day, month]) => date(day!, month!) && `${+day!} tháng ${+month!}`,
        ],
        [/(?<=tháng\s+)(\d{1,2})\/(\d{4})(?!\d)/giu, ([, month, year]) => `${+month!} năm ${year}`],
        // Times: 14h30, 7h, 14:30.
        [
          /(?<![\d:])([01]?\d|2[0-3])h([0-5]\d)?(?:')?(?![\p{L}\d])/gu,
          ([, hour, minute]) => `${+hour!} giờ${minute ? ` ${+minute}` : ''}`,
        ],
        [/(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g, ([, hour, minute]) => `${+hour!} giờ ${+minute!}`],
        // Year ranges: 2021-2025, 2021 – 2025.
        [/(?<=(?<!\d)\d{4})\s*[-–—]\s*(?=\d{4}(?!\d))/g, () => ' đến '],
        // Roman numerals after the words that number things.
        [
          new RegExp(`(?<=${NOT_WORD_BEFORE}${ROMAN_AFTER}\\s+)([IVXLCDM]+)${NOT_WORD_AFTER}`, 'giu'),
          ([numeral]) => {
            const value = roman(numeral!);
            return value === undefined ? undefined : String(value);
          },
        ],
        // Units after a number: 1.200 ha, 35 km, 12,5%.
        [new RegExp(`(?<=\\d)\\s*(${units})(?![\\p{L}\\p{N}])`, 'gu'), ([, unit]) => ` ${UNITS[unit!]}`],
      ]
    : [];
  if (known) rules.unshift([known, ([key]) => words[key!]]);
  if (vietnamese) {
    // What remains of document numbers ("458/KH-UBND" after its parts are expanded): the
    // slash and hyphen between codes are not read.
    rules.push([/(?<=\d)\/(?=\p{Lu})|(?<=\p{L})-(?=\p{Lu})/gu, () => ' ']);
    // Headings in capitals are words, not letters to spell.
    rules.push([
      /\p{L}+/gu,
      ([word]) => {
        const lower = word!.toLocaleLowerCase('vi');
        if (word === lower || word !== word!.toLocaleUpperCase('vi')) return undefined;
        // A lone capital is a letter ("khu A"), unless it bears a tone or vowel mark ("Ở", "Ý").
        if (word!.length < 2 && bare(lower) === lower) return undefined;
        return SYLLABLE.test(bare(lower)) ? lower : undefined;
      },
    ]);
  }
  return (text) => {
    let mapped: Mapped = { text, from: [], to: [], spoken: [] };
    for (let i = 0; i < text.length; i++) {
      mapped.from.push(i);
      mapped.to.push(i + 1);
      mapped.spoken.push(false);
    }
    for (const [pattern, spell] of rules) mapped = replace(mapped, pattern, spell);
    const { from, to } = mapped;
    return {
      text: mapped.text,
      written: (start, end) => {
        const last = Math.max(start, Math.min(end, from.length) - 1);
        if (!from.length) return [0, 0];
        const first = Math.min(start, from.length - 1);
        let min = from[first]!;
        let max = to[first]!;
        for (let i = first; i <= last && i < from.length; i++) {
          min = Math.min(min, from[i]!);
          max = Math.max(max, to[i]!);
        }
        return [min, max];
      },
    };
  };
}

/** Whether a day and month are a calendar date (so "3/4" of a score is left alone). */
function date(day: string, month: string): true | undefined {
  return +day >= 1 && +day <= 31 && +month >= 1 && +month <= 12 ? true : undefined;
}
