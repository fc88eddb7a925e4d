import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Multiplier, UnitId } from '@/api/schemas';
import { englishScaleFor, formatAxisTick, formatAxisUnit, formatOrdinal, formatPeriod } from '@/domain/format';
import type { Language } from '@/domain/i18n/language';
import { messagesFor } from '@/domain/i18n/messages';
import { chartHeight } from './chart-height';
import type { ChartSeries, ChartSpec } from '@/widgets/charts/model/chart-model';
import { describeChart, formatChartCell, seriesUnit } from '@/widgets/charts/model/chart-text';
import { niceTicks, rankTicks } from './nice-ticks';

/** Colour and dash together, so lines stay apart in print and for readers who do not see the colours. */
const LINE_STYLES = [
  { stroke: 'var(--chart-latest)', dash: undefined },
  { stroke: 'var(--chart-baseline)', dash: '6 3' },
  { stroke: 'var(--positive)', dash: '2 3' },
  { stroke: 'var(--warning)', dash: '10 3 2 3' },
  { stroke: 'var(--ink)', dash: '1 4' },
];
const AXIS = { stroke: 'var(--chart-axis)', tick: { fill: 'var(--chart-axis)', fontSize: 12 } };
/** One axis on each side at most: a third unit would have to share one, so its series stay in the table. */
const AXIS_IDS = ['left', 'right'] as const;

interface AxisGroup {
  id: (typeof AXIS_IDS)[number];
  unit: UnitId;
  multiplier: Multiplier;
  series: ChartSeries[];
}

/** Series grouped by unit and multiplier: each group gets its own axis, never another's. */
export function axisGroups(spec: ChartSpec): { drawn: AxisGroup[]; tableOnly: ChartSeries[] } {
  const groups: Omit<AxisGroup, 'id'>[] = [];
  for (const series of spec.series) {
    const { unit, multiplier } = seriesUnit(spec, series);
    const group = groups.find((candidate) => candidate.unit === unit && candidate.multiplier === multiplier);
    if (group) group.series.push(series);
    else groups.push({ unit, multiplier, series: [series] });
  }
  return {
    drawn: groups.slice(0, AXIS_IDS.length).map((group, index) => ({ ...group, id: AXIS_IDS[index] ?? 'left' })),
    tableOnly: groups.slice(AXIS_IDS.length).flatMap((group) => group.series),
  };
}

const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Ticks at the first period of a year where there are enough years (else evenly spaced rows), at most `count`. */
function timeTicks(spec: ChartSpec, count: number): number[] {
  const monthOf = (row: ChartSpec['rows'][number]) => Number(row.key.slice(5, 7));
  const yearStarts =
    spec.frequency === 'monthly'
      ? spec.rows.filter((row) => monthOf(row) === 1)
      : spec.frequency === 'quarterly'
        ? spec.rows.filter((row) => monthOf(row) <= 3)
        : [];
  const candidates = yearStarts.length >= 2 ? yearStarts : spec.rows;
  const step = Math.max(1, Math.ceil(candidates.length / count));
  return candidates.filter((_, index) => index % step === 0).map((row) => timeOf(row.key));
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { markedKeys?: string[] };
  dataKey?: unknown;
}

/** Only derived points get a mark (an open circle): they are computed, not reported. */
function DerivedDot({ cx, cy, payload, dataKey }: DotProps) {
  if (cx === undefined || cy === undefined || !payload?.markedKeys?.includes(String(dataKey))) return <g />;
  return <circle cx={cx} cy={cy} r={3.5} fill="var(--surface)" stroke="var(--ink)" strokeWidth={1.5} />;
}

/** A time chart: one line per series on a time axis; a missing period leaves a gap. */
export function TimeSeriesCanvas({
  spec,
  language,
  compact,
  height,
}: {
  spec: ChartSpec;
  language: Language;
  compact: boolean;
  height?: number;
}) {
  const { drawn, tableOnly } = axisGroups(spec);
  const dateByTime = new Map(spec.rows.map((row) => [timeOf(row.key), row.key]));
  const data = spec.rows.map((row) => ({
    time: timeOf(row.key),
    // recharts breaks a line at null (never at a value it would have to invent).
    ...Object.fromEntries(spec.series.map((series) => [series.key, row.values[series.key] ?? null])),
    // A wholly derived series says so in its label; marking each of its points would only add noise.
    markedKeys: row.derived.filter((key) => !spec.series.some((series) => series.key === key && series.derived)),
  }));
  const rowByTime = new Map(spec.rows.map((row) => [timeOf(row.key), row]));
  const periodOf = (time: number) => {
    const date = dateByTime.get(time);
    return date ? formatPeriod(date, spec.frequency, language) : '';
  };
  const styleOf = (series: ChartSeries) =>
    LINE_STYLES[spec.series.indexOf(series) % LINE_STYLES.length] ?? { stroke: 'var(--chart-latest)', dash: undefined };

  return (
    <>
      <LineChart
        responsive
        style={{ width: '100%', height: height ?? chartHeight(spec, compact) }}
        title={spec.title[language]}
        desc={describeChart(spec, language)}
        data={data}
        margin={{ top: 12, right: drawn.length > 1 ? 8 : 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
        <XAxis
          {...AXIS}
          type="number"
          dataKey="time"
          scale="time"
          domain={['dataMin', 'dataMax']}
          ticks={timeTicks(spec, compact ? 4 : 7)}
          tickFormatter={periodOf}
        />
        {drawn.map((group) => {
          const values = spec.rows.flatMap((row) => group.series.flatMap((series) => row.values[series.key] ?? []));
          const max = Math.max(...values, 0);
          const scale = englishScaleFor(max, group.multiplier);
          const rank = group.unit === 'rank';
          const ticks =
            group.unit === 'percent' ? [0, 25, 50, 75, 100] : rank ? rankTicks(Math.max(...values, 1)) : niceTicks(max);
          return (
            <YAxis
              key={group.id}
              {...AXIS}
              yAxisId={group.id}
              orientation={group.id}
              width={language === 'zh' ? 64 : 72}
              reversed={rank}
              allowDecimals={!rank}
              domain={rank ? [1, ticks.at(-1) ?? 1] : [0, ticks.at(-1) ?? 1]}
              ticks={ticks}
              tickFormatter={(value: number) =>
                rank ? formatOrdinal(value, language) : formatAxisTick(value, group.multiplier, language, scale)
              }
              label={{
                value: rank
                  ? messagesFor(language).rankAxis
                  : group.unit === 'percent'
                    ? '%'
                    : formatAxisUnit(group.unit, group.multiplier, language, scale),
                angle: -90,
                position: group.id === 'left' ? 'insideLeft' : 'insideRight',
                fill: 'var(--chart-axis)',
                fontSize: 12,
                style: { textAnchor: 'middle' },
              }}
            />
          );
        })}
        <Tooltip
          labelFormatter={(time) => periodOf(Number(time))}
          formatter={(_value, _name, item) => {
            const row = rowByTime.get(Number((item.payload as { time?: number } | undefined)?.time));
            return row ? formatChartCell(spec, row, String(item.dataKey), language) : '';
          }}
          contentStyle={{ background: 'var(--surface)', borderColor: 'var(--line)', color: 'var(--ink)' }}
        />
        {drawn.flatMap((group) => group.series).length > 1 ? (
          <Legend
            verticalAlign="bottom"
            itemSorter={null}
            wrapperStyle={{ fontSize: 12 }}
            formatter={(value: string) => <span style={{ color: 'var(--ink)' }}>{value}</span>}
          />
        ) : null}
        {drawn.flatMap((group) =>
          group.series.map((series) => (
            <Line
              key={series.key}
              yAxisId={group.id}
              type="linear"
              dataKey={series.key}
              name={series.label[language]}
              stroke={styleOf(series).stroke}
              strokeDasharray={styleOf(series).dash}
              strokeWidth={2}
              dot={DerivedDot}
              activeDot={{ r: 4 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          )),
        )}
      </LineChart>
      {data.some((point) => point.markedKeys.length > 0) ? (
        <p className="mt-1 text-xs text-muted">{messagesFor(language).series.derivedPointNote}</p>
      ) : null}
      {tableOnly.length > 0 ? (
        <p className="mt-1 text-xs text-muted">
          {messagesFor(language).series.seriesTableOnly}
          {tableOnly.map((series) => series.label[language]).join(messagesFor(language).punctuation.list)}
        </p>
      ) : null}
    </>
  );
}
