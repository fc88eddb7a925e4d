import type { Language } from '@/domain/i18n/language';
import { messagesFor } from '@/domain/i18n/messages';
import type { ChartColours } from '@/widgets/charts/model/chart-colours';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';
import { describeChart } from '@/widgets/charts/model/chart-text';
import {
  estimateTextWidth,
  IMAGE_LAYOUT,
  layoutChartImage,
  wrapText,
  type ChartImage,
  type ChartImageText,
  type TextMeasure,
} from './chart-image-layout';
import { barPlot, rankPlot } from './chart-svg-categories';
import { centredBaseline, label, LABEL, type LegendItem, type Plot, type PlotContext } from './chart-svg-plot';
import { timePlot } from './chart-svg-time';
import { element, textElement } from './svg-markup';

/**
 * A chart drawn from its spec as a standalone SVG document, so a pasted chart still says what it is and where it
 * comes from: its title above, then the legend and the chart, then its notes, source line and date. It reads only
 * the spec and plain colours, never the page, so it draws the same whatever draws the chart on the page.
 */

export interface ChartSvgOptions {
  /** The image's width in CSS pixels (the chart's width on the page); the height follows from the chart. */
  width: number;
  /** Plain colours (#rrggbb): CSS variables mean nothing outside the page. */
  colours: ChartColours;
  fontFamily: string;
  /** How wide text is set in fontFamily; an estimate where none is given. */
  measureText?: TextMeasure;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Narrower than a phone's chart and the row names, bars and values would not fit side by side. */
const MIN_WIDTH = 320;
const LEGEND = { lineHeight: 20, swatch: 12, lineSwatch: 22, gap: 6, itemGap: 18, below: 8 };

function plotOf(context: PlotContext): Plot {
  switch (context.spec.kind) {
    case 'time-lines':
      return timePlot(context);
    case 'rank-dots':
      return rankPlot(context);
    default:
      return barPlot(context);
  }
}

/** Each series' swatch and name, in rows that wrap at the chart's width. */
function legendMarkup(items: LegendItem[], { width, colours, measure }: PlotContext) {
  let x = 0;
  let row = 0;
  const markup = items.map((item) => {
    const swatchWidth = item.swatch === 'line' ? LEGEND.lineSwatch : LEGEND.swatch;
    const itemWidth = swatchWidth + LEGEND.gap + measure(item.label, LABEL);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const centre = row * LEGEND.lineHeight + LEGEND.lineHeight / 2;
    const half = LEGEND.swatch / 2;
    const swatch =
      item.swatch === 'bar'
        ? element('rect', { x, y: centre - half, width: LEGEND.swatch, height: LEGEND.swatch, fill: item.colour })
        : item.swatch === 'dot'
          ? element('circle', { cx: x + half, cy: centre, r: half - 1, fill: item.colour })
          : element('line', {
              x1: x,
              y1: centre,
              x2: x + swatchWidth,
              y2: centre,
              stroke: item.colour,
              'stroke-width': 2,
              'stroke-dasharray': item.dash,
            });
    const text = label(item.label, x + swatchWidth + LEGEND.gap, centredBaseline(centre), colours.ink);
    x += itemWidth + LEGEND.itemGap;
    return swatch + text;
  });
  return {
    markup: markup.join(''),
    height: items.length > 0 ? (row + 1) * LEGEND.lineHeight + LEGEND.below : 0,
  };
}

export function buildChartSvg(
  spec: ChartSpec,
  language: Language,
  text: ChartImageText,
  options: ChartSvgOptions,
): ChartImage {
  const t = messagesFor(language);
  const { colours } = options;
  const measure = options.measureText ?? estimateTextWidth;
  const { padding, title, note } = IMAGE_LAYOUT;
  const width = Math.max(MIN_WIDTH, Number.isFinite(options.width) ? options.width : 0) - 2 * padding;
  const wrap = (line: string, style: typeof title | typeof note) =>
    wrapText(line, width, (candidate) => measure(candidate, style));

  const heading = [
    ...wrap(text.title, title).map((line) => ({ line, style: title, fill: colours.ink })),
    // Synthetic data says so right under the title, as the chart's badge does on the page.
    ...(spec.illustrative
      ? wrap(t.illustrative, note).map((line) => ({ line, style: note, fill: colours.warning }))
      : []),
  ];
  const context: PlotContext = { spec, language, width, colours, measure };
  const plot = plotOf(context);
  const legend = legendMarkup(plot.legend, context);
  const notes = [...plot.notes, spec.note?.[language], text.sourceLine, text.asOfLine].flatMap((line) =>
    line ? wrap(line, note) : [],
  );
  const layout = layoutChartImage({ width, height: legend.height + plot.height }, heading.length, notes.length);

  const headingLines = heading
    .map(({ line, style, fill }, index) =>
      textElement(
        'text',
        {
          x: layout.chartLeft,
          // Alphabetic baseline about three quarters down the line box.
          y: padding + index * title.lineHeight + Math.round(title.lineHeight * 0.75),
          'font-size': style.fontSize,
          'font-weight': style.fontWeight,
          fill,
        },
        line,
      ),
    )
    .join('');
  const noteLines = notes
    .map((line, index) =>
      textElement(
        'text',
        {
          x: layout.chartLeft,
          y: layout.notesTop + index * note.lineHeight + Math.round(note.lineHeight * 0.75),
          'font-size': note.fontSize,
          fill: colours.muted,
        },
        line,
      ),
    )
    .join('');

  const chart = element(
    'g',
    { transform: `translate(${layout.chartLeft} ${layout.chartTop})` },
    legend.markup + element('g', { transform: `translate(0 ${legend.height})` }, plot.markup),
  );
  const root = element(
    'svg',
    {
      xmlns: SVG_NS,
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      'font-family': options.fontFamily,
      'font-size': LABEL.fontSize,
    },
    textElement('title', {}, text.title) +
      textElement('desc', {}, describeChart(spec, language)) +
      element('rect', { width: layout.width, height: layout.height, fill: colours.background }) +
      headingLines +
      chart +
      noteLines,
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`, width: layout.width, height: layout.height };
}
