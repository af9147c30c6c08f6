/**
 * Words (written with their dot) after which `Intl.Segmenter` cuts a Vietnamese sentence
 * but a sentence never ends: titles and kinds of place ("UBND TP. | Hồ Chí Minh",
 * "GS.TS. | Nguyễn Văn A"). Small, so it travels with the sentence cutter; the spoken
 * forms of the same words are in abbreviations.ts.
 */
export const NO_SENTENCE_END = [
  'TP.',
  'TX.',
  'TT.',
  'H.',
  'X.',
  'P.',
  'Q.',
  'GS.',
  'TS.',
  'PGS.',
  'ThS.',
  'Th.S',
  'Th.S.',
  'GS.TS.',
  'PGS.TS.',
  'BS.',
  'KS.',
  'CN.',
  'Đ/c',
  'Đ/c.',
  'đ/c',
  'Ths.',
  'TS.BS.',
];
