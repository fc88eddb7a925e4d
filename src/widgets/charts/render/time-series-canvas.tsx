import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPeriod } from '@/domain/format';
import type { Language } from '@/domain/i18n/language';
import { messagesFor } from '@/domain/i18n/messages';
import { chartHeight } from './chart-height';
import { axisGroups, timeOf, timeTicks, timeValueAxis } from '@/widgets/charts/model/chart-axes';
import { cssColour, lineStyleOf } from '@/widgets/charts/model/chart-colours';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';
import { describeChart, formatChartCell } from '@/widgets/charts/model/chart-text';

const AXIS = { stroke: 'var(--chart-axis)', tick: { fill: 'var(--chart-axis)', fontSize: 12 } };

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
          const axis = timeValueAxis(spec, group, language);
          return (
            <YAxis
              key={group.id}
              {...AXIS}
              yAxisId={group.id}
              orientation={group.id}
              width={language === 'zh' ? 64 : 72}
              reversed={axis.reversed}
              allowDecimals={!axis.reversed}
              domain={axis.domain}
              ticks={axis.ticks}
              tickFormatter={axis.tickLabel}
              label={{
                value: axis.title,
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
              stroke={cssColour(lineStyleOf(spec, series).colour)}
              strokeDasharray={lineStyleOf(spec, series).dash}
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
