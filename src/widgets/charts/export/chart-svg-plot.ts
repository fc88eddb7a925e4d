import type { Language } from '@/domain/i18n/language';
import type { ChartColours } from '@/widgets/charts/model/chart-colours';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';
import type { TextMeasure } from './chart-image-layout';
import { textElement } from './svg-markup';

/* What the image's frame asks of each chart kind's plot, and what every plot draws text with. */

export interface PlotContext {
  spec: ChartSpec;
  language: Language;
  /** The width the plot may fill; it is drawn from x = 0, y = 0. */
  width: number;
  colours: ChartColours;
  measure: TextMeasure;
}

/** One series in the legend, with a swatch like its marks: a bar, a dot or a (dashed) line. */
export interface LegendItem {
  label: string;
  colour: string;
  swatch: 'bar' | 'dot' | 'line';
  dash?: string;
}

export interface Plot {
  markup: string;
  height: number;
  legend: LegendItem[];
  /** Lines the frame adds below the chart, above the source line (what the page says under this chart). */
  notes: string[];
}

/** Labels, ticks and legend text. */
export const LABEL = { fontSize: 12, fontWeight: '400' } as const;

/** The alphabetic baseline that centres a line of 12 px text on y (no dominant-baseline: not every program reads it). */
export const centredBaseline = (y: number) => y + LABEL.fontSize * 0.35;

export const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Where a label centred on x starts, moved inside [low, high] where it would run past either end. */
export function labelLeft(x: number, textWidth: number, low: number, high: number): number {
  return clamp(x - textWidth / 2, low, Math.max(low, high - textWidth));
}

/** A single line of label text at (x, baseline). */
export function label(
  text: string,
  x: number,
  baseline: number,
  fill: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
): string {
  return textElement(
    'text',
    { x, y: baseline, fill, 'text-anchor': anchor === 'start' ? undefined : anchor, 'font-size': LABEL.fontSize },
    text,
  );
}
