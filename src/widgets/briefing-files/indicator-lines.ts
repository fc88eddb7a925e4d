import type { Indicator } from '@/api/schemas';
import { comparisonDirection, comparisonLabel, formatDate, formatObservation, formatPeriod } from '@/domain/format';
import type { Language } from '@/domain/i18n/language';
import type { Messages } from '@/domain/i18n/messages';
import { hasTrend } from '@/domain/series-shape';
import { badgeComparisons, headlineFigure } from '@/widgets/indicators/headline-figure';

/** An indicator card's text, line by line, exactly as the page's card writes it (for a slide). */
export interface IndicatorLines {
  name: string;
  figure: string;
  cumulative?: string;
  badges: { text: string; rises: boolean }[];
  /** The before → after line of a two-point card, with 推算值 marks. */
  before?: string;
  examples?: string;
  note?: string;
  ownDate?: string;
  illustrative?: string;
}

export function indicatorLines(
  indicator: Indicator,
  baselineDate: string,
  asOf: string,
  language: Language,
  t: Messages,
): IndicatorLines {
  const latest = indicator.observations.at(-1);
  const earlier = hasTrend(indicator) ? [] : indicator.observations.slice(0, -1);
  const dateLabel = (date: string) => (date === baselineDate ? t.baselineShort : formatDate(date, language));
  const before =
    latest && earlier.length > 0
      ? [
          ...earlier.map(
            (observation) =>
              `${dateLabel(observation.date)} ${formatObservation(observation, indicator, language)}${observation.derived ? t.derivedMark : ''}`,
          ),
          `${latest.date !== asOf ? `${dateLabel(latest.date)} ` : ''}${formatObservation(latest, indicator, language)}`,
        ].join(' → ')
      : undefined;
  return {
    name: indicator.name[language],
    figure: headlineFigure(indicator, language),
    cumulative: indicator.measure === 'cumulative-since-2021' ? t.cumulative : undefined,
    badges: badgeComparisons(indicator).map((comparison) => ({
      text: comparisonLabel(comparison, indicator, language),
      rises: comparisonDirection(comparison) === 'up',
    })),
    before,
    examples: indicator.examples
      ? `${t.examples}${t.punctuation.colon}${indicator.examples.map((example) => example[language]).join(t.punctuation.list)}`
      : undefined,
    note: indicator.note?.[language],
    ownDate:
      latest && latest.date !== asOf
        ? `${t.asOf} ${formatPeriod(latest.date, indicator.frequency, language)}`
        : undefined,
    illustrative: indicator.illustrative ? t.illustrative : undefined,
  };
}
