import { isWideCharacter, wrapTokens } from '@/lib/wide-characters';

/* The frame of an exported chart image: its title above, the chart, its notes, source line and date below. */

export interface ChartImageText {
  title: string;
  sourceLine: string;
  asOfLine: string;
}

export interface ChartImage {
  svg: string;
  /** The image's size in CSS pixels: the chart plus the title and source areas. */
  width: number;
  height: number;
}

/** PNG exports are drawn at twice the CSS size so they stay sharp on slides and high-density screens. */
export const PNG_SCALE = 2;

export const IMAGE_LAYOUT = {
  padding: 16,
  gap: 10,
  title: { fontSize: 16, lineHeight: 22, fontWeight: '600' },
  note: { fontSize: 12, lineHeight: 17, fontWeight: '400' },
} as const;

export interface TextStyle {
  fontSize: number;
  fontWeight: string;
}

/** How wide a text is set in a style, in CSS pixels. */
export type TextMeasure = (text: string, style: TextStyle) => number;

/**
 * A width estimate for where no font can be measured: wide (CJK) characters a full em, narrow Latin letters and
 * punctuation less, everything else about half an em. A little generous, so estimated text is not clipped.
 */
export const estimateTextWidth: TextMeasure = (text, { fontSize, fontWeight }) => {
  const bold = Number(fontWeight) >= 600 ? 1.06 : 1;
  let ems = 0;
  for (const character of text) {
    if (isWideCharacter(character)) ems += 1;
    else if (character === ' ') ems += 0.3;
    else if (/[ijlI.,:;'!|()[\]]/.test(character)) ems += 0.32;
    else if (/[A-Z%mwMW]/.test(character)) ems += 0.72;
    else ems += 0.58;
  }
  return ems * fontSize * bold;
};

/** Splits text into lines no wider than maxWidth: Chinese may break between any two characters, English at spaces. */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const tokens = wrapTokens(text);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line !== '' && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Where each part of the image goes, from the chart's drawn size and the number of text lines. */
export function layoutChartImage(chart: { width: number; height: number }, titleLines: number, noteLines: number) {
  const { padding, gap, title, note } = IMAGE_LAYOUT;
  const chartTop = padding + titleLines * title.lineHeight + gap;
  const notesTop = chartTop + chart.height + gap;
  return {
    width: Math.ceil(chart.width + 2 * padding),
    height: Math.ceil(notesTop + noteLines * note.lineHeight + padding),
    chartLeft: padding,
    chartTop,
    notesTop,
  };
}
