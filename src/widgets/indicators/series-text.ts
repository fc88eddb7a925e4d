import type { Indicator, Observation } from '@/api/schemas';
import { formatChangeValue, formatObservation, formatPeriod, formatSignedFigure } from '@/domain/format';
import type { Language } from '@/domain/i18n/language';
import { messagesFor } from '@/domain/i18n/messages';
import { summarizeSeries, type PeriodChange } from '@/domain/series';

/** "2024年3月 4261.7万户": a point of the series with its period, as text. */
export function pointText(observation: Observation, indicator: Indicator, language: Language): string {
  const derived = observation.derived ? messagesFor(language).derivedMark : '';
  return `${formatPeriod(observation.date, indicator.frequency, language)} ${formatObservation(observation, indicator, language)}${derived}`;
}

/** The sparkline's text alternative: first → latest, lowest and highest, each with its date. */
export function trendText(indicator: Indicator, language: Language): string {
  const summary = summarizeSeries(indicator.observations);
  if (!summary) return '';
  const point = (observation: Observation) => pointText(observation, indicator, language);
  const series = messagesFor(language).series;
  const trend = series.trendAlt(
    point(summary.first),
    point(summary.latest),
    point(summary.lowest),
    point(summary.highest),
  );
  // A rising line reads as good news; for a rank it is the opposite, so the text says which way is better.
  return indicator.unit === 'rank' ? `${trend}${messagesFor(language).punctuation.item}${series.rankDirection}` : trend;
}

/** The report's one line per series: first, latest, change, lowest and highest. */
export function seriesSummaryText(indicator: Indicator, language: Language): string {
  const summary = summarizeSeries(indicator.observations);
  if (!summary) return '';
  const point = (observation: Observation) => pointText(observation, indicator, language);
  // A percentage changes by percentage points, not by per cent of itself.
  const change =
    indicator.unit === 'rank'
      ? `${summary.change > 0 ? '+' : ''}${summary.change}`
      : indicator.unit === 'percent'
        ? formatChangeValue(summary.change, 'percentage-points', language)
        : formatSignedFigure(
            { value: summary.change, unit: indicator.unit, multiplier: indicator.multiplier },
            language,
          );
  return messagesFor(language).series.seriesSummary(
    point(summary.first),
    point(summary.latest),
    change,
    point(summary.lowest),
    point(summary.highest),
  );
}

/** 同比 +5.9% / YoY +5.9%: the label and the computed value, without the computed mark. */
export function periodChangeText(change: PeriodChange, language: Language): string {
  const t = messagesFor(language).series;
  const label = change.kind === 'year-on-year' ? t.yearOnYear : t.periodOnPeriod[change.frequency];
  return `${label} ${formatChangeValue(change.value, change.measure, language)}`;
}

/** Which two points a computed change compares, for its tooltip. */
export function periodChangeHint(change: PeriodChange, language: Language): string {
  return messagesFor(language).series.computedHint(
    formatPeriod(change.to.date, change.frequency, language),
    formatPeriod(change.from.date, change.frequency, language),
  );
}
