import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { Language } from '@/domain/i18n/language';
import { chartHeight } from './chart-height';
import { barValueAxis, rankValueAxis } from '@/widgets/charts/model/chart-axes';
import { cssColour, seriesColourRole } from '@/widgets/charts/model/chart-colours';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';
import { describeChart, formatChartCell } from '@/widgets/charts/model/chart-text';
import { TimeSeriesCanvas } from './time-series-canvas';

const AXIS = { stroke: 'var(--chart-axis)', tick: { fill: 'var(--chart-axis)', fontSize: 12 } };
const LABEL_STYLE = { fill: 'var(--ink)', fontSize: 12 };

interface LabelProps {
  x?: number | string;
  y?: number | string;
  value?: unknown;
}

/** On a narrow screen the category name sits above its bars instead of in a y-axis that would eat the plot. */
function CategoryAboveBar({ x, y, value }: LabelProps) {
  return (
    <text x={Number(x)} y={Number(y) - 5} fill="var(--ink)" fontSize={12}>
      {String(value)}
    </text>
  );
}

/**
 * On a narrow screen a rank's name and place sit on one line above its dot, running away from the nearer edge,
 * instead of wrapping word by word into the dots above.
 */
function RankAboveDot({
  x,
  y,
  width,
  value,
  towardsStart,
}: LabelProps & { width?: number | string; towardsStart: boolean }) {
  const centre = Number(x) + Number(width ?? 0) / 2;
  return (
    <text x={centre} y={Number(y) - 6} textAnchor={towardsStart ? 'end' : 'start'} fill="var(--ink)" fontSize={12}>
      {String(value)}
    </text>
  );
}

/** Draws a chart spec with recharts. Loaded lazily: the cards paint before this chunk arrives. */
export default function ChartCanvas({
  spec,
  language,
  compact,
  height,
}: {
  spec: ChartSpec;
  language: Language;
  compact: boolean;
  /** A taller layout than the chart's own (the big screen fills its panel): rows and bars grow with it. */
  height?: number;
}) {
  if (spec.kind === 'time-lines')
    return <TimeSeriesCanvas spec={spec} language={language} compact={compact} height={height} />;
  const labelWidth = language === 'zh' ? 150 : 180;
  const style = { width: '100%', height: height ?? chartHeight(spec, compact) };
  const common = {
    responsive: true,
    style,
    title: spec.title[language],
    desc: describeChart(spec, language),
    margin: { top: compact ? 20 : 8, right: compact ? 112 : 120, bottom: 24, left: compact ? 4 : 8 },
  };
  const categoryAxis = compact ? { hide: true, width: 0 } : { width: labelWidth };
  const data = spec.rows.map((row) => ({
    label: row.label[language],
    ...row.values,
    ...Object.fromEntries(
      spec.series.map((series) => [`${series.key}Label`, formatChartCell(spec, row, series.key, language)]),
    ),
    compactLabel: `${row.label[language]} ${formatChartCell(spec, row, spec.series[0]?.key ?? '', language)}`,
  }));

  if (spec.kind === 'rank-dots') {
    const axis = rankValueAxis(spec, language);
    const maxRank = axis.domain[1];
    return (
      <ScatterChart {...common}>
        <CartesianGrid stroke="var(--chart-grid)" horizontal={false} />
        <XAxis
          {...AXIS}
          type="number"
          dataKey="rank"
          domain={axis.domain}
          ticks={axis.ticks}
          reversed
          allowDecimals={false}
          label={{
            value: axis.title,
            position: 'insideBottom',
            offset: -16,
            fill: 'var(--chart-axis)',
            fontSize: 12,
          }}
        />
        <YAxis {...AXIS} {...categoryAxis} type="category" dataKey="label" allowDuplicatedCategory={false} />
        <Scatter
          data={data}
          fill={cssColour(seriesColourRole('rank'))}
          isAnimationActive={false}
          name={spec.series[0]?.label[language]}
        >
          {compact ? (
            <LabelList
              dataKey="compactLabel"
              content={(props) => (
                // The axis is reversed: first place is at the right, so better ranks' labels run leftwards.
                <RankAboveDot
                  x={props.x}
                  y={props.y}
                  width={props.width}
                  value={props.value}
                  towardsStart={(spec.rows[Number(props.index)]?.values.rank ?? maxRank) <= maxRank / 2}
                />
              )}
            />
          ) : (
            <LabelList dataKey="rankLabel" position="top" offset={8} style={LABEL_STYLE} />
          )}
        </Scatter>
      </ScatterChart>
    );
  }

  const axis = barValueAxis(spec, language);
  const isShare = spec.kind === 'share-bars';
  // A phone-width legend of long English labels takes two lines; the plot moves down instead of under it.
  const legendText = spec.series.reduce((length, series) => length + series.label[language].length, 0);
  const legendHeight = compact && legendText > 36 ? 46 : 28;

  return (
    <BarChart {...common} data={data} layout="vertical" barGap={2} barCategoryGap={compact ? 22 : isShare ? 10 : 14}>
      <CartesianGrid stroke="var(--chart-grid)" horizontal={false} />
      <XAxis
        {...AXIS}
        type="number"
        domain={axis.domain}
        ticks={axis.ticks}
        tickFormatter={axis.tickLabel}
        label={{
          value: axis.title,
          position: 'insideBottomRight',
          offset: -16,
          fill: 'var(--chart-axis)',
          fontSize: 12,
        }}
      />
      <YAxis {...AXIS} {...categoryAxis} type="category" dataKey="label" />
      {spec.series.length > 1 ? (
        <Legend
          verticalAlign="top"
          height={legendHeight}
          itemSorter={null}
          wrapperStyle={{ fontSize: 12 }}
          formatter={(value: string) => <span style={{ color: 'var(--ink)' }}>{value}</span>}
        />
      ) : null}
      {spec.series.map((series, index) => (
        <Bar
          key={series.key}
          dataKey={series.key}
          name={series.label[language]}
          fill={cssColour(seriesColourRole(series.key))}
          isAnimationActive={false}
          background={isShare ? { fill: 'var(--surface-muted)' } : undefined}
        >
          {spec.rows.map((row) => (
            <Cell
              key={row.key}
              strokeDasharray={row.derived.includes(series.key) ? '4 3' : undefined}
              stroke={row.derived.includes(series.key) ? 'var(--ink)' : undefined}
            />
          ))}
          <LabelList dataKey={`${series.key}Label`} position="right" style={LABEL_STYLE} />
          {compact && index === 0 ? <LabelList dataKey="label" content={CategoryAboveBar} /> : null}
        </Bar>
      ))}
    </BarChart>
  );
}
