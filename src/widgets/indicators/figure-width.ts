import { isWideCharacter } from '@/lib/wide-characters';

/** Approximate advance widths in em of a bold system sans-serif: CJK is a full em, digits and most Latin about 0.6. */
function charWidthEm(char: string): number {
  if (isWideCharacter(char)) return 1;
  if (/[.,:;'’|!]/.test(char)) return 0.3;
  if (char === ' ' || char === '/') return 0.3;
  if (/[A-Zmw%]/.test(char)) return 0.75;
  return 0.6;
}

/** Roughly how wide a figure prints, in ems of its font size (estimated, so the layout is known before paint). */
export function figureWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += charWidthEm(char);
  return width;
}

/**
 * On a phone cards sit two to a row when the figure fits half the row on one line: 390 px less the page padding
 * and gap, halved, less the card padding, leaves ~150 px, 6.2 em of the 24 px figure.
 */
export const HALF_ROW_FIGURE_EM = 6.2;

export const fitsHalfRow = (figure: string) => figureWidthEm(figure) <= HALF_ROW_FIGURE_EM;
