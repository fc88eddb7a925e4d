import type { Multiplier, UnitId } from '@/api/schemas';
import { shiftDecimal, toPlainDecimal } from '@/lib/decimal';
import { englishScaleFor, formatAxisUnit, type EnglishScale } from '@/domain/format';
import type { Language } from '@/domain/i18n/language';
import type { Messages } from '@/domain/i18n/messages';
import type { ChartSeries, ChartSpec } from '@/widgets/charts/model/chart-model';
import { seriesUnit } from '@/widgets/charts/model/chart-text';

/** One native chart of a slide: pptxgenjs' chart type name, its data and its axis and label options. */
export interface DeckChart {
  type: 'bar' | 'line';
  data: { name: string; labels: string[]; values: number[] }[];
  /** Bar colours by series, as on the page: the latest value dark, the baseline and increase light. */
  colours?: string[];
  /** The value axis title: the unit, so a number never stands without one. */
  axisTitle: string;
  options: {
    barDir?: 'bar' | 'col';
    /** Ranks: 1st at the top, as the page puts 1st at the best end. */
    reversedValues?: boolean;
    minValue?: number;
    maxValue?: number;
    majorUnit?: number;
    /** Dots without a line (ranks): the categories are separate indicators, not a sequence. */
    dotsOnly?: boolean;
    dataLabels: boolean;
    legend: boolean;
    /** Label every n-th category on a long time axis. */
    labelEvery?: number;
  };
}

const exponentOf: Record<Multiplier, number> = { 1: 0, 10000: 4, 100000000: 8 };

/**
 * A chart's values in the axis unit the page uses: Chinese keeps the printed 万/亿 (4261.7, 万户); English is in
 * thousands, millions or billions (42.617 million), converted exactly as decimals.
 */
function axisScale(values: number[], unit: UnitId, multiplier: Multiplier, language: Language) {
  const scale: EnglishScale =
    language === 'en' && unit !== 'rank' ? englishScaleFor(Math.max(0, ...values.map(Math.abs)), multiplier) : 1;
  const convert = (value: number) =>
    language === 'zh' || unit === 'rank'
      ? value
      : Number(shiftDecimal(shiftDecimal(toPlainDecimal(value), exponentOf[multiplier]), -Math.log10(scale)));
  return { convert, title: formatAxisUnit(unit, multiplier, language, scale) };
}

const LATEST_COLOUR = '1D4ED8';
const EARLIER_COLOUR = '93C5FD';

/**
 * A missing value stays empty in the chart (a gap), never zero: pptxgenjs writes NaN as an empty point. A value that
 * is not finite, or becomes so in the axis unit, is a gap too, so no chart part holds NaN or Infinity as a number.
 */
const GAP = Number.NaN;

function plotted(value: number | undefined, convert: (value: number) => number): number {
  if (value === undefined || !Number.isFinite(value)) return GAP;
  const converted = convert(value);
  return Number.isFinite(converted) ? converted : GAP;
}

/** The values an axis is fitted to: the finite ones. */
const finiteValues = (values: number[]) => values.filter(Number.isFinite);

function categoryCharts(spec: ChartSpec, language: Language, t: Messages): DeckChart[] {
  const allValues = finiteValues(
    spec.rows.flatMap((row) => spec.series.flatMap((series) => row.values[series.key] ?? [])),
  );
  const { convert, title } = axisScale(allValues, spec.unit, spec.multiplier, language);
  const labels = spec.rows.map((row) => {
    const atLeast = row.atLeast ? t.atLeastSuffix : '';
    const derived = spec.kind === 'share-bars' && row.derived.length > 0 ? t.derivedMark : '';
    return `${row.label[language]}${atLeast}${derived}`;
  });
  const data = spec.series.map((series: ChartSeries) => ({
    name: series.label[language],
    labels,
    values: spec.rows.map((row) => plotted(row.values[series.key], convert)),
  }));
  switch (spec.kind) {
    case 'share-bars':
      return [
        {
          type: 'bar',
          // Horizontal bars are drawn bottom-up: reversed, they read top-down in the page's order, with the value
          // axis still at the bottom (a reversed category axis would move it to the top).
          data: data.map((series) => ({
            ...series,
            labels: [...series.labels].reverse(),
            values: [...series.values].reverse(),
          })),
          axisTitle: title,
          options: {
            barDir: 'bar',
            minValue: 0,
            maxValue: 100,
            majorUnit: 20,
            dataLabels: true,
            legend: false,
          },
        },
      ];
    case 'rank-dots': {
      const worst = Math.max(1, ...allValues);
      return [
        {
          type: 'line',
          data,
          axisTitle: t.rankAxis,
          options: {
            reversedValues: true,
            minValue: 1,
            maxValue: worst + 1,
            majorUnit: worst + 1 > 10 ? 2 : 1,
            dotsOnly: true,
            dataLabels: true,
            legend: false,
          },
        },
      ];
    }
    default:
      return [
        {
          type: 'bar',
          data,
          colours: spec.series.map((series) => (series.key === 'latest' ? LATEST_COLOUR : EARLIER_COLOUR)),
          axisTitle: title,
          options: { barDir: 'col', minValue: 0, dataLabels: true, legend: spec.series.length > 1 },
        },
      ];
  }
}

/**
 * A time chart: one line chart per unit and multiplier, so series in different units never share an axis; every
 * point of every series is in the chart's data.
 */
function timeCharts(spec: ChartSpec, language: Language, t: Messages): DeckChart[] {
  const groups: { unit: UnitId; multiplier: Multiplier; series: ChartSeries[] }[] = [];
  for (const series of spec.series) {
    const { unit, multiplier } = seriesUnit(spec, series);
    const group = groups.find((candidate) => candidate.unit === unit && candidate.multiplier === multiplier);
    if (group) group.series.push(series);
    else groups.push({ unit, multiplier, series: [series] });
  }
  const labels = spec.rows.map((row) => row.label[language]);
  return groups.map((group) => {
    const values = finiteValues(
      spec.rows.flatMap((row) => group.series.flatMap((series) => row.values[series.key] ?? [])),
    );
    const { convert, title } = axisScale(values, group.unit, group.multiplier, language);
    const rank = group.unit === 'rank';
    return {
      type: 'line',
      data: group.series.map((series) => ({
        name: series.label[language],
        labels,
        values: spec.rows.map((row) => plotted(row.values[series.key], convert)),
      })),
      axisTitle: rank ? t.rankAxis : title,
      options: {
        reversedValues: rank,
        minValue: rank ? 1 : undefined,
        dataLabels: false,
        legend: true,
        labelEvery: Math.max(1, Math.ceil(spec.rows.length / 6)),
      },
    };
  });
}

/** The native charts a page chart becomes (one, or one per unit for a time chart with several units). */
export function deckCharts(spec: ChartSpec, language: Language, t: Messages): DeckChart[] {
  return spec.kind === 'time-lines' ? timeCharts(spec, language, t) : categoryCharts(spec, language, t);
}
