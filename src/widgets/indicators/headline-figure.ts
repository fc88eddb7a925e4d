import type { Comparison, Indicator } from '@/api/schemas';
import { formatObservation, formatRank } from '@/domain/format';
import type { Language } from '@/domain/i18n/language';

type RankComparison = Extract<Comparison, { kind: 'rank' }>;

/** For a rank indicator the rank is the figure (全国第8); it is not repeated as a badge. */
export function headlineRank(indicator: Indicator): RankComparison | undefined {
  if (indicator.unit !== 'rank') return undefined;
  return indicator.comparisons.find((comparison): comparison is RankComparison => comparison.kind === 'rank');
}

/** The big number of a card: the latest observation with its unit, or the rank with its scope. */
export function headlineFigure(indicator: Indicator, language: Language): string {
  const rank = headlineRank(indicator);
  if (rank) return formatRank(rank.position, rank.scope, language);
  const latest = indicator.observations.at(-1);
  return latest ? formatObservation(latest, indicator, language) : '';
}

/** The comparisons a card shows as badges (everything but a rank that is already the headline). */
export function badgeComparisons(indicator: Indicator): Comparison[] {
  const rank = headlineRank(indicator);
  return indicator.comparisons.filter((comparison) => comparison !== rank);
}
