import { useMemo } from 'react';
import type { Indicator } from '@/api/schemas';
import { useI18n } from '@/domain/i18n/language-context';
import { hasTrend, periodChanges } from '@/domain/series';
import { periodChangeHint, periodChangeText } from './series-text';
import { Sparkline } from './sparkline';

/** A card's series part: computed 同比 / 环比 where the series allows them, and the sparkline. Loaded on demand. */
export function CardTrend({ indicator }: { indicator: Indicator }) {
  const { language, t } = useI18n();
  const series = t.series;
  // Once per data change, not per render of the card.
  const changes = useMemo(() => periodChanges(indicator), [indicator]);
  return (
    <>
      {changes.length > 0 ? (
        <ul
          className="mt-1.5 flex flex-wrap gap-1.5"
          aria-label={`${t.comparisons}${t.punctuation.bracketOpen}${series.computed}${t.punctuation.bracketClose}`}
        >
          {changes.map((change) => (
            <li
              key={change.kind}
              title={periodChangeHint(change, language)}
              className="rounded-full bg-surface-muted px-2 py-0.5 text-xs font-medium text-ink ring-1 ring-line tabular-nums"
            >
              {periodChangeText(change, language)} <span className="text-muted">({series.computed})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {hasTrend(indicator) ? (
        <Sparkline indicator={indicator} language={language} className="mt-2 h-10 w-full" />
      ) : null}
      {hasTrend(indicator) && indicator.unit === 'rank' ? (
        <p className="mt-0.5 text-xs text-muted">{series.rankDirection}</p>
      ) : null}
    </>
  );
}
