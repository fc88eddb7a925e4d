/**
 * Characters East Asian typography sets a full em wide (Unicode's Wide and Fullwidth classes, in the blocks these
 * pages can show: Hangul Jamo, CJK and its punctuation, Hangul syllables, compatibility ideographs, vertical and
 * full-width forms). Every width estimate and every line-wrap rule here uses this one list.
 */
const WIDE_RANGES =
  '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';

const WIDE_CHARACTER = new RegExp(`[${WIDE_RANGES}]`);

/** Whether one character is set a full em wide (two cells of a fixed-width column). */
export const isWideCharacter = (character: string) => WIDE_CHARACTER.test(character);

/** Where text may wrap: after each wide character, at spaces between other words (each with its trailing spaces). */
export const wrapTokens = (text: string): string[] =>
  text.match(new RegExp(`[${WIDE_RANGES}]|[^\\s${WIDE_RANGES}]+\\s*|\\s+`, 'g')) ?? [];
