import type { Indicator, LocalizedText, Multiplier, Report } from '@/api/schemas';
import { shiftDecimal, toPlainDecimal } from '@/lib/decimal';
import { formatDate } from '@/domain/format';
import { inBothLanguages } from '@/domain/i18n/both-languages';
import { hasTrend } from '@/domain/series';
import { derivedSharePercent, type ChartDefinition, type ChartRow, type ChartSpec } from './chart-model';
import { buildTimeSeriesSpec } from './time-series-spec';

const BASELINE_LABEL = inBothLanguages((t) => t.chart.baseline);

const multiplierExponent: Record<Multiplier, number> = { 1: 0, 10000: 4, 100000000: 8 };

/** The same quantity in another multiplier (4261.7 万 → 0.42617 亿), exactly as a decimal, never via binary ×/÷. */
export function convertMultiplier(value: number, from: Multiplier, to: Multiplier): number {
  return Number(shiftDecimal(toPlainDecimal(value), multiplierExponent[from] - multiplierExponent[to]));
}

/** A chart plots one unit: an indicator in another unit is left out and named in the chart's note. */
function withSetAsideNote(note: LocalizedText | undefined, setAside: Indicator[]): LocalizedText | undefined {
  if (setAside.length === 0) return note;
  const { zh, en } = inBothLanguages((t, language) =>
    t.chart.setAside(setAside.map((indicator) => indicator.name[language])),
  );
  return note ? { zh: `${note.zh} ${zh}`, en: `${note.en} ${en}` } : { zh, en };
}

/** Builds a chart from the indicators the API returned; rows whose indicator is missing or invalid are left out. */
export function buildChartSpec(
  definition: ChartDefinition,
  indicators: Indicator[],
  report: Report,
): ChartSpec | undefined {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const requested = definition.indicatorIds.flatMap((id) => byId.get(id) ?? []);
  const fits = (indicator: Indicator): boolean => {
    if (definition.build === 'shares') return indicator.unit === 'percent';
    if (definition.build === 'ranks') {
      return indicator.unit === 'rank' || indicator.comparisons.some((comparison) => comparison.kind === 'rank');
    }
    return indicator.unit === requested[0]?.unit;
  };
  const found = requested.filter(fits);
  const setAside = requested.filter((indicator) => !fits(indicator));
  const first = found[0];
  const illustrative = found.some((indicator) => indicator.illustrative === true) || undefined;
  const base = {
    id: definition.id,
    area: definition.area,
    title: definition.title,
    asOf: report.asOf,
    illustrative,
    note: withSetAsideNote(undefined, setAside),
  };
  // A series of three or more points is a trend; two points stay the article's before → after bars.
  if (found.some(hasTrend))
    return buildTimeSeriesSpec(definition, found, { ...base, title: definition.trendTitle ?? base.title }, indicators);
  /** Values of one unit in the first indicator's multiplier, so 万 and 亿 bars share one axis. */
  const inChartMultiplier = (indicator: Indicator, value: number | undefined) =>
    value === undefined || !first ? value : convertMultiplier(value, indicator.multiplier, first.multiplier);

  switch (definition.build) {
    case 'before-after': {
      if (!first) return undefined;
      const latestLabel = inBothLanguages((_messages, language) => formatDate(report.asOf, language));
      return {
        ...base,
        kind: 'grouped-bars',
        unit: first.unit,
        multiplier: first.multiplier,
        series: [
          { key: 'baseline', label: BASELINE_LABEL },
          { key: 'latest', label: latestLabel },
        ],
        rows: found.map((indicator) => {
          const baseline = indicator.observations.find((observation) => observation.date === report.baselineDate);
          const latest = indicator.observations.at(-1);
          return {
            key: indicator.id,
            label: indicator.name,
            values: {
              baseline: inChartMultiplier(indicator, baseline?.value),
              latest: inChartMultiplier(indicator, latest?.value),
            },
            derived: [...(baseline?.derived ? ['baseline'] : []), ...(latest?.derived ? ['latest'] : [])],
            atLeast: latest?.bound === 'at-least',
          };
        }),
      };
    }
    case 'value-and-increase': {
      if (!first) return undefined;
      return {
        ...base,
        kind: 'grouped-bars',
        unit: first.unit,
        multiplier: first.multiplier,
        series: [
          { key: 'latest', label: inBothLanguages((t) => t.chart.cumulative) },
          { key: 'increase', label: inBothLanguages((t) => t.chart.netIncrease) },
        ],
        rows: found.map((indicator) => {
          const increase = indicator.comparisons.find((comparison) => comparison.kind === 'net-increase');
          return {
            key: indicator.id,
            label: indicator.name,
            values: {
              latest: inChartMultiplier(indicator, indicator.observations.at(-1)?.value),
              increase: inChartMultiplier(indicator, increase?.value),
            },
            derived: increase?.derived ? ['increase'] : [],
            atLeast: false,
          };
        }),
      };
    }
    case 'shares': {
      const rows: ChartRow[] = found.map((indicator) => {
        const latest = indicator.observations.at(-1);
        return {
          key: indicator.id,
          label: indicator.name,
          values: { share: latest?.value },
          derived: latest?.derived ? ['share'] : [],
          atLeast: latest?.bound === 'at-least',
        };
      });
      for (const share of definition.derivedShares ?? []) {
        const partIndicator = byId.get(share.partId);
        const wholeIndicator = byId.get(share.wholeId);
        const partValue = partIndicator?.observations.at(-1)?.value;
        const whole = wholeIndicator?.observations.at(-1)?.value;
        // A part and a whole of different units have no share; of different multipliers, they are brought to one.
        if (!partIndicator || !wholeIndicator || partIndicator.unit !== wholeIndicator.unit) continue;
        if (partValue === undefined || whole === undefined || whole === 0) continue;
        const part = convertMultiplier(partValue, partIndicator.multiplier, wholeIndicator.multiplier);
        const percent = derivedSharePercent(part, whole);
        if (!Number.isFinite(percent)) continue;
        rows.push({
          key: share.id,
          label: share.label,
          values: { share: percent },
          derived: ['share'],
          atLeast: false,
        });
      }
      if (rows.length === 0) return undefined;
      return {
        ...base,
        kind: 'share-bars',
        unit: 'percent',
        multiplier: 1,
        series: [{ key: 'share', label: inBothLanguages((t) => t.chart.share) }],
        rows,
        note: withSetAsideNote(
          definition.derivedShares?.length ? inBothLanguages((t) => t.chart.derivedSharesNote) : undefined,
          setAside,
        ),
      };
    }
    case 'ranks': {
      if (!first) return undefined;
      return {
        ...base,
        kind: 'rank-dots',
        unit: 'rank',
        multiplier: 1,
        series: [{ key: 'rank', label: inBothLanguages((t) => t.chart.rank) }],
        rows: found.map((indicator) => {
          const rank = indicator.comparisons.find((comparison) => comparison.kind === 'rank');
          return {
            key: indicator.id,
            label: indicator.name,
            values: { rank: rank?.kind === 'rank' ? rank.position : indicator.observations.at(-1)?.value },
            derived: [],
            atLeast: false,
            rankScope: rank?.kind === 'rank' ? rank.scope : 'national',
          };
        }),
      };
    }
  }
}
