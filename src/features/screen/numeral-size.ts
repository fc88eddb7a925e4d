import { isWideCharacter } from '@/lib/wide-characters';

/** Roughly how wide a character is in em at a bold weight: CJK characters are square, Latin and digits narrower. */
function characterWidthEm(character: string): number {
  if (isWideCharacter(character)) return 1;
  if (/[\s.,:]/.test(character)) return 0.32;
  if (character === '%') return 0.9;
  if (/[0-9]/.test(character)) return 0.62;
  return 0.68;
}

/**
 * The largest font size (px) at which `text` fits on one line of `width` design pixels, capped at `max`.
 * The big screen knows its widths in advance (a fixed canvas), so an estimate is enough and nothing is measured.
 */
export function numeralFontSize(text: string, width: number, max: number): number {
  const em = [...text].reduce((sum, character) => sum + characterWidthEm(character), 0);
  return em === 0 ? max : Math.max(24, Math.min(max, Math.floor(width / em)));
}
