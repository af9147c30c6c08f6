import { describe } from './warn.js';

/**
 * The texts of bantin's warnings about bad input, by problem. Most pages never warn, so
 * they are a chunk, loaded by `warnAbout` the first time one is needed; each says what
 * was wrong and what the element does instead (the element and attribute come first,
 * from `warn`).
 */
export const texts = {
  // Any element
  notText: (value: unknown, boolean: boolean, checked: unknown) =>
    `${describe(value)} is not ${boolean ? 'true or false' : 'text'}; using ${JSON.stringify(checked) ?? 'none'}.`,
  stringsNotObject: (value: unknown) =>
    `${describe(value)} is not a JSON object of strings; using the built-in strings.`,
  stringsUnknownKey: (key: string) => `unknown key "${describe(key)}" ignored.`,
  stringsNotText: (key: string, text: unknown) => `"${key}" is ${describe(text)}, not text; ignored.`,
  lang: (lang: string, known: boolean) =>
    `"${describe(lang)}" ${known ? 'has no translation' : 'is not a language tag'}; using Vietnamese.`,

  // <bantin-article>
  contentNotHtml: (type: string) => `expects an HTML string, not ${type}; the article is unchanged.`,
  contentFailed: (error: unknown) => `could not be taken in (${String(error)}); the article is unchanged.`,
  noTitle: () => 'no headline given; the article has no accessible name.',
  titleNotHeading: (name: string) =>
    `<${name}> is not a heading; use <h1 slot="title"> so readers can find the headline.`,

  // <bantin-figure>
  notPixels: (value: unknown) => `"${describe(value)}" is not a positive number of pixels; ignoring it.`,
  loading: (value: unknown) => `"${describe(value)}" is not "lazy" or "eager"; using "lazy".`,
  noImage: () => 'no image given (neither src nor a slotted <img>).',
  noAlt: () => 'is missing; the caption alone will describe the image.',
  srcIgnored: () => 'ignored because the figure has a slotted <img>.',
  slottedNoAlt: () => 'the slotted <img> has no alt; treating it as described by the caption (alt="").',
  imageFailed: (source: string) => `the image "${source}" could not be loaded; showing its alt text instead.`,
  notImageUrl: (url: string) =>
    `"${describe(url)}" is not an image URL (relative, http(s):, data:image/, blob:); dropped.`,

  // <bantin-font-scaler>
  notScale: (value: unknown) => `"${describe(value)}" is not a positive number; using 1 (100%).`,
  outsideLevels: (scale: number, min: number, max: number, clipped: number) =>
    `${scale} is outside this scaler's levels (${min}–${max}); using ${clipped}.`,
  blocked: (names: string[]) =>
    `the text of ${names.join(', ')} did not change size; a style bantin cannot reach fixes it ` +
    '(text inside another shadow root or an iframe, or a script that resets font sizes).',
  noTarget: (id: string) =>
    `no element has the id "${describe(id)}"; scaling every <bantin-article> instead.`,
  percentages: (values: number[]) =>
    `${values.join(' ')} read as percentages: ${values.map((value) => value / 100).join(' ')}.`,
  outsideRange: (values: number[]) => `${values.join(' ')} outside 0.5–4 (50%–400%); clamped.`,
  badLevels: (values: readonly number[]) =>
    `ignoring entries that are not positive numbers (${values.join(' ')}).`,
  minAboveMax: (min: number, max: number) => `${min} is above max ${max}; ignoring both.`,
  noLevelBetween: (low: number, high: number) =>
    `no level lies between min ${low} and max ${high}; using the bounds as levels.`,
  notPositive: (value: unknown) => `"${describe(value)}" is not a positive number; ignoring it.`,
  noStorage: (error: unknown) =>
    `localStorage is not available, so the reader's choices last only for this page (${String(error)}).`,

  // <bantin-toolbar>
  notDate: (text: string) =>
    `"${text}" is not a real date (use 2023-05-23 or 23/05/2023); showing it as written.`,
  dateNotText: (value: unknown) =>
    `expected text such as "2023-05-23", got ${describe(value)}; showing no date.`,
  timeNotDate: (datetime: string) =>
    `the <time> child's datetime "${datetime}" is not a real date (use 2023-05-23).`,
  actionsNotText: (type: string, fallback: string) =>
    `is a ${type}, not a list of words; using "${fallback}".`,
  unknownAction: (unknown: string[], known: readonly string[]) =>
    `unknown action "${unknown.join(' ')}"; known actions are ${known.join(', ')}.`,
  notOneOf: (value: unknown, options: readonly string[], kept: string) =>
    `"${describe(value)}" is not one of ${options.join(', ')}; keeping "${kept}".`,
};
