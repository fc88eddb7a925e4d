import { formatPeriod } from '@/domain/format';
import { messagesFor } from '@/domain/i18n/messages';
import { axisGroups, timeOf, timeTicks, timeValueAxis, type ValueAxis } from '@/widgets/charts/model/chart-axes';
import { lineStyleOf } from '@/widgets/charts/model/chart-colours';
import { centredBaseline, clamp, label, LABEL, labelLeft, type Plot, type PlotContext } from './chart-svg-plot';
import { element, px } from './svg-markup';

/* A time chart: a line per series over time, a value axis per unit (left, then right), a missing period a gap. */

/** The axis titles sit in a row above the plot, where they need no rotation. */
const TITLE_ROW = 28;
const PLOT_HEIGHT = 200;
/** Below the plot: the date tick labels. */
const DATE_ROW = 24;
const TICK_GAP = 6;
const DERIVED_DOT_RADIUS = 3.5;
/** Room for one date label (2024年1月, Jan 2024) and the space before the next. */
const DATE_TICK_SPACING = 80;
const MAX_DATE_TICKS = 7;

/** Points joined where consecutive periods both have a value; a missing one starts a new segment. */
function segments(points: ({ x: number; y: number } | undefined)[]) {
  const result: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  for (const point of points) {
    if (point) current.push(point);
    else if (current.length > 0) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

export function timePlot(context: PlotContext): Plot {
  const { spec, language, width, colours, measure } = context;
  const t = messagesFor(language);
  const { drawn, tableOnly } = axisGroups(spec);
  const axes = drawn.map((group) => ({ group, axis: timeValueAxis(spec, group, language) }));
  const tickWidth = (axis: ValueAxis) =>
    Math.max(0, ...axis.ticks.map((tick) => measure(axis.tickLabel(tick), LABEL))) + TICK_GAP;
  const [leftAxis, rightAxis] = axes;
  const left = leftAxis ? tickWidth(leftAxis.axis) : 0;
  const right = width - (rightAxis ? tickWidth(rightAxis.axis) : 2 * TICK_GAP);
  const top = TITLE_ROW;
  const bottom = top + PLOT_HEIGHT;

  const times = spec.rows.map((row) => timeOf(row.key));
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? first;
  const x = (time: number) =>
    last > first ? left + ((time - first) / (last - first)) * (right - left) : (left + right) / 2;
  const yOf = (axis: ValueAxis) => (value: number) => {
    const [start, end] = axis.domain;
    const fraction = (clamp(value, Math.min(start, end), Math.max(start, end)) - start) / (end - start || 1);
    return axis.reversed ? top + fraction * PLOT_HEIGHT : bottom - fraction * PLOT_HEIGHT;
  };

  const grid = leftAxis
    ? leftAxis.axis.ticks
        .map((tick) => {
          const y = yOf(leftAxis.axis)(tick);
          return element('line', { x1: left, y1: y, x2: right, y2: y, stroke: colours.grid });
        })
        .join('')
    : '';
  const valueAxes = axes
    .map(({ group, axis }) => {
      const y = yOf(axis);
      const onLeft = group.id === 'left';
      const ticks = axis.ticks
        .map((tick) =>
          label(
            axis.tickLabel(tick),
            onLeft ? left - TICK_GAP : right + TICK_GAP,
            centredBaseline(y(tick)),
            colours.axis,
            onLeft ? 'end' : 'start',
          ),
        )
        .join('');
      return ticks + label(axis.title, onLeft ? 0 : width, 12, colours.axis, onLeft ? 'start' : 'end');
    })
    .join('');

  const dateByTime = new Map(spec.rows.map((row) => [timeOf(row.key), row.key]));
  const dateTicks = timeTicks(spec, clamp(Math.floor((right - left) / DATE_TICK_SPACING), 2, MAX_DATE_TICKS))
    .map((time) => {
      const text = formatPeriod(dateByTime.get(time) ?? '', spec.frequency, language);
      return (
        element('line', { x1: x(time), y1: bottom, x2: x(time), y2: bottom + 4, stroke: colours.axis }) +
        label(text, labelLeft(x(time), measure(text, LABEL), 0, width), bottom + 17, colours.axis)
      );
    })
    .join('');
  const timeAxis = element('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: colours.axis }) + dateTicks;

  const lines = axes.flatMap(({ group, axis }) =>
    group.series.map((series) => {
      const style = lineStyleOf(spec, series);
      const colour = colours[style.colour];
      const y = yOf(axis);
      const points = spec.rows.map((row, index) => {
        const value = row.values[series.key];
        return value === undefined || !Number.isFinite(value)
          ? undefined
          : { x: x(times[index] ?? first), y: y(value) };
      });
      return segments(points)
        .map((segment) =>
          segment.length === 1 && segment[0]
            ? element('circle', { cx: segment[0].x, cy: segment[0].y, r: 2, fill: colour })
            : element('path', {
                d: segment.map((point, index) => `${index === 0 ? 'M' : 'L'}${px(point.x)} ${px(point.y)}`).join(''),
                fill: 'none',
                stroke: colour,
                'stroke-width': 2,
                'stroke-dasharray': style.dash,
                'stroke-linejoin': 'round',
              }),
        )
        .join('');
    }),
  );

  // A wholly derived series says so in its label; marking each of its points would only add noise.
  const markedKeys = (row: (typeof spec.rows)[number]) =>
    row.derived.filter((key) => !spec.series.some((series) => series.key === key && series.derived));
  const derivedDots = axes.flatMap(({ group, axis }) =>
    group.series.flatMap((series) =>
      spec.rows.flatMap((row, index) => {
        const value = row.values[series.key];
        if (value === undefined || !Number.isFinite(value) || !markedKeys(row).includes(series.key)) return [];
        return [
          element('circle', {
            cx: x(times[index] ?? first),
            cy: yOf(axis)(value),
            r: DERIVED_DOT_RADIUS,
            fill: colours.background,
            stroke: colours.ink,
            'stroke-width': 1.5,
          }),
        ];
      }),
    ),
  );

  return {
    markup: grid + valueAxes + timeAxis + lines.join('') + derivedDots.join(''),
    height: bottom + DATE_ROW,
    legend: axes.flatMap(({ group }) =>
      group.series.map((series) => {
        const style = lineStyleOf(spec, series);
        return { label: series.label[language], colour: colours[style.colour], swatch: 'line', dash: style.dash };
      }),
    ),
    notes: [
      ...(spec.rows.some((row) => markedKeys(row).length > 0) ? [t.series.derivedPointNote] : []),
      ...(tableOnly.length > 0
        ? [`${t.series.seriesTableOnly}${tableOnly.map((series) => series.label[language]).join(t.punctuation.list)}`]
        : []),
    ],
  };
}
