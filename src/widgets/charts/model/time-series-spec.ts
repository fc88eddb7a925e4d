import { compareIsoDates } from '@/api/compare-iso-dates';
import type { Indicator, Observation } from '@/api/schemas';
import { formatPeriod } from '@/domain/format';
import { inBothLanguages } from '@/domain/i18n/both-languages';
import { isRegular, periodIndex, type RegularFrequency } from '@/domain/series';
import {
  derivedSharePercent,
  type ChartDefinition,
  type ChartRow,
  type ChartSeries,
  type ChartSpec,
} from './chart-model';

type SpecBase = Pick<ChartSpec, 'id' | 'area' | 'title' | 'asOf' | 'illustrative'>;

interface SeriesInput {
  series: ChartSeries;
  observations: Observation[];
}

/** The last day of a period with no observation, so a gap row still sits at its place on the time axis. */
function periodEnd(index: number, frequency: RegularFrequency): string {
  const [year, monthAfter] =
    frequency === 'monthly'
      ? [Math.floor(index / 12), (index % 12) + 1]
      : frequency === 'quarterly'
        ? [Math.floor(index / 4), (index % 4) * 3 + 3]
        : [index, 12];
  return new Date(Date.UTC(year, monthAfter, 0)).toISOString().slice(0, 10);
}

/** A derived share at every date where both its part and its whole have a value, and nowhere else. */
function derivedShareSeries(definition: ChartDefinition, byId: Map<string, Indicator>): SeriesInput[] {
  if (definition.build !== 'shares') return [];
  return (definition.derivedShares ?? []).flatMap((share) => {
    const part = byId.get(share.partId);
    const whole = byId.get(share.wholeId);
    if (!part || !whole) return [];
    const wholeByDate = new Map(whole.observations.map((observation) => [observation.date, observation]));
    const observations = part.observations.flatMap((observation): Observation[] => {
      const wholeValue = wholeByDate.get(observation.date)?.value;
      if (wholeValue === undefined || wholeValue === 0) return [];
      return [
        {
          date: observation.date,
          value: derivedSharePercent(observation.value, wholeValue),
          derived: true,
          bound: 'exact',
        },
      ];
    });
    return observations.length > 0
      ? [
          {
            series: {
              key: share.id,
              label: inBothLanguages((t, language) => t.chart.derivedSeries(share.label[language])),
              unit: 'percent',
              multiplier: 1,
              derived: true,
            },
            observations,
          },
        ]
      : [];
  });
}

/**
 * A chart's indicators as series on a time axis: one row per date (per period when all series share a regular
 * frequency, with empty rows for missing periods so they are drawn as gaps), every point in the table and exports.
 */
export function buildTimeSeriesSpec(
  definition: ChartDefinition,
  indicators: Indicator[],
  base: SpecBase,
  allIndicators: Indicator[] = indicators,
): ChartSpec | undefined {
  const shares = derivedShareSeries(definition, new Map(allIndicators.map((indicator) => [indicator.id, indicator])));
  const inputs: SeriesInput[] = [
    ...indicators.map((indicator) => ({
      series: { key: indicator.id, label: indicator.name, unit: indicator.unit, multiplier: indicator.multiplier },
      observations: indicator.observations,
    })),
    ...shares,
  ];
  const first = inputs[0];
  if (!first) return undefined;
  const frequencies = new Set(indicators.map((indicator) => indicator.frequency));
  const [shared] = frequencies;
  const frequency = frequencies.size === 1 ? shared : undefined;

  // The key of a row: its period when the frequency is regular, else the date itself.
  const rowKeyOf = (date: string) => (isRegular(frequency) ? String(periodIndex(date, frequency)) : date);
  const rowDates = new Map<string, string>();
  for (const { observations } of inputs) {
    for (const observation of observations) {
      const key = rowKeyOf(observation.date);
      const known = rowDates.get(key);
      if (known === undefined || observation.date > known) rowDates.set(key, observation.date);
    }
  }
  if (isRegular(frequency)) {
    const indices = [...rowDates.keys()].map(Number);
    for (let index = Math.min(...indices); index < Math.max(...indices); index += 1) {
      if (!rowDates.has(String(index))) rowDates.set(String(index), periodEnd(index, frequency));
    }
  }
  const lookups = inputs.map(
    ({ series, observations }) =>
      [series.key, new Map(observations.map((observation) => [rowKeyOf(observation.date), observation]))] as const,
  );
  const rows: ChartRow[] = [...rowDates.entries()]
    .sort(([, a], [, b]) => compareIsoDates(a, b))
    .map(([rowKey, date]) => {
      const points = lookups.map(([seriesKey, byRow]) => [seriesKey, byRow.get(rowKey)] as const);
      return {
        key: date,
        label: inBothLanguages((_messages, language) => formatPeriod(date, frequency, language)),
        values: Object.fromEntries(points.map(([seriesKey, point]) => [seriesKey, point?.value])),
        derived: points.flatMap(([seriesKey, point]) => (point?.derived ? [seriesKey] : [])),
        atLeast: false,
        atLeastSeries: points.flatMap(([seriesKey, point]) => (point?.bound === 'at-least' ? [seriesKey] : [])),
      };
    });
  return {
    ...base,
    kind: 'time-lines',
    unit: first.series.unit ?? 'unit',
    multiplier: first.series.multiplier ?? 1,
    series: inputs.map(({ series }) => series),
    rows,
    frequency,
    note: shares.length > 0 ? inBothLanguages((t) => t.chart.derivedSeriesSharesNote) : undefined,
  };
}
