import { barValueAxis, rankValueAxis, type ValueAxis } from '@/widgets/charts/model/chart-axes';
import { seriesColourRole } from '@/widgets/charts/model/chart-colours';
import { formatChartCell } from '@/widgets/charts/model/chart-text';
import { wrapText } from './chart-image-layout';
import { centredBaseline, clamp, label, LABEL, labelLeft, type Plot, type PlotContext } from './chart-svg-plot';
import { element } from './svg-markup';

/* The charts with a row per indicator: bars (values and shares) and rank dots, each row named at the left. */

const ROW_PADDING = 8;
const LINE_HEIGHT = 15;
/** Between the row names and the plot, and between a bar's end and its value. */
const GAP = 8;
const BAR = { height: 14, shareHeight: 18, gap: 2 };
const DOT_RADIUS = 5;
const RANK_ROW_HEIGHT = 44;
/** Below the plot: a row of tick labels, then the axis title. */
const AXIS_HEIGHT = 38;

/** The row names, wrapped into a column at most a third of the width. */
function rowNames({ spec, language, width, measure }: PlotContext) {
  const maxWidth = Math.round(width / 3);
  const measureLabel = (text: string) => measure(text, LABEL);
  const lines = spec.rows.map((row) => wrapText(row.label[language], maxWidth, measureLabel));
  return { lines, width: Math.min(maxWidth, Math.max(0, ...lines.flat().map(measureLabel))) };
}

function nameMarkup(lines: string[], right: number, centre: number, fill: string): string {
  const first = centre - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return lines
    .map((line, index) => label(line, right, centredBaseline(first + index * LINE_HEIGHT), fill, 'end'))
    .join('');
}

/** A horizontal value axis along the bottom of the rows: grid lines up the plot, tick labels, and its title. */
function axisMarkup(
  axis: ValueAxis,
  x: (value: number) => number,
  plot: { left: number; right: number; bottom: number },
  titleAnchor: 'middle' | 'end',
  { colours }: PlotContext,
) {
  const grid = axis.ticks
    .map((tick) => element('line', { x1: x(tick), y1: 0, x2: x(tick), y2: plot.bottom, stroke: colours.grid }))
    .join('');
  const ticks = axis.ticks
    .map((tick) => label(axis.tickLabel(tick), x(tick), plot.bottom + 16, colours.axis, 'middle'))
    .join('');
  const line = element('line', {
    x1: plot.left,
    y1: plot.bottom,
    x2: plot.right,
    y2: plot.bottom,
    stroke: colours.axis,
  });
  const titleX = titleAnchor === 'end' ? plot.right : (plot.left + plot.right) / 2;
  return { grid, axis: line + ticks + label(axis.title, titleX, plot.bottom + 33, colours.axis, titleAnchor) };
}

/** Horizontal bars, one bar per series in each row, its exact value (and derived mark) at the bar's end. */
export function barPlot(context: PlotContext): Plot {
  const { spec, language, width, colours, measure } = context;
  const axis = barValueAxis(spec, language);
  const share = spec.kind === 'share-bars';
  const names = rowNames(context);
  const cells = spec.rows.map((row) => spec.series.map((series) => formatChartCell(spec, row, series.key, language)));
  const valueRoom = Math.max(0, ...cells.flat().map((text) => measure(text, LABEL))) + GAP;
  const left = names.width + GAP;
  const right = Math.max(left + width / 4, width - valueRoom);
  const [start, end] = axis.domain;
  const x = (value: number) => left + ((clamp(value, start, end) - start) / (end - start || 1)) * (right - left);
  const barHeight = share ? BAR.shareHeight : BAR.height;
  const barsHeight = spec.series.length * barHeight + (spec.series.length - 1) * BAR.gap;

  let top = 0;
  const rows = spec.rows.map((row, rowIndex) => {
    const lines = names.lines[rowIndex] ?? [];
    const height = Math.max(barsHeight, lines.length * LINE_HEIGHT) + 2 * ROW_PADDING;
    const centre = top + height / 2;
    top += height;
    const bars = spec.series.map((series, seriesIndex) => {
      const barTop = centre - barsHeight / 2 + seriesIndex * (barHeight + BAR.gap);
      const value = row.values[series.key];
      const text = cells[rowIndex]?.[seriesIndex] ?? '—';
      const track = share
        ? element('rect', { x: left, y: barTop, width: right - left, height: barHeight, fill: colours.track })
        : '';
      if (value === undefined || !Number.isFinite(value))
        return track + label(text, left + GAP, centredBaseline(barTop + barHeight / 2), colours.ink);
      const derived = row.derived.includes(series.key);
      const bar = element('rect', {
        x: left,
        y: barTop,
        width: Math.max(0, x(value) - left),
        height: barHeight,
        fill: colours[seriesColourRole(series.key)],
        // As on the page: a derived value's bar has a dashed outline.
        stroke: derived ? colours.ink : undefined,
        'stroke-dasharray': derived ? '4 3' : undefined,
      });
      return track + bar + label(text, x(value) + GAP / 2, centredBaseline(barTop + barHeight / 2), colours.ink);
    });
    return nameMarkup(lines, names.width, centre, colours.ink) + bars.join('');
  });

  const { grid, axis: axisLines } = axisMarkup(axis, x, { left, right, bottom: top }, 'end', context);
  return {
    markup: grid + rows.join('') + axisLines,
    height: top + AXIS_HEIGHT,
    legend: spec.series.map((series) => ({
      label: series.label[language],
      colour: colours[seriesColourRole(series.key)],
      swatch: 'bar',
    })),
    notes: [],
  };
}

/** A dot per indicator on a rank axis with 1st at the right, its rank in words above it. */
export function rankPlot(context: PlotContext): Plot {
  const { spec, language, width, colours, measure } = context;
  const axis = rankValueAxis(spec, language);
  const names = rowNames(context);
  const left = names.width + 2 * GAP;
  const right = width - GAP;
  const [start, end] = axis.domain;
  // Reversed: the best rank at the right end.
  const x = (rank: number) => left + ((end - clamp(rank, start, end)) / (end - start || 1)) * (right - left);

  let top = 0;
  const rows = spec.rows.map((row, rowIndex) => {
    const lines = names.lines[rowIndex] ?? [];
    const height = Math.max(RANK_ROW_HEIGHT, lines.length * LINE_HEIGHT + 2 * ROW_PADDING);
    const centre = top + height / 2;
    top += height;
    const text = formatChartCell(spec, row, 'rank', language);
    const rank = row.values.rank;
    const name = nameMarkup(lines, names.width, centre, colours.ink);
    if (rank === undefined || !Number.isFinite(rank))
      return name + label(text, left, centredBaseline(centre), colours.ink);
    const dotY = centre + DOT_RADIUS;
    const textLeft = labelLeft(x(rank), measure(text, LABEL), names.width + GAP, width);
    return (
      name +
      element('circle', { cx: x(rank), cy: dotY, r: DOT_RADIUS, fill: colours[seriesColourRole('rank')] }) +
      label(text, textLeft, dotY - DOT_RADIUS - 5, colours.ink)
    );
  });

  const { grid, axis: axisLines } = axisMarkup(axis, x, { left, right, bottom: top }, 'middle', context);
  return {
    markup: grid + rows.join('') + axisLines,
    height: top + AXIS_HEIGHT,
    legend: spec.series.map((series) => ({
      label: series.label[language],
      colour: colours[seriesColourRole(series.key)],
      swatch: 'dot',
    })),
    notes: [],
  };
}
