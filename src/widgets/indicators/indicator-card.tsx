import type { Indicator, Observation } from '@/api/schemas';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { comparisonDirection, formatComparison, formatDate, formatObservation, formatPeriod } from '@/lib/format';
import { useI18n } from '@/lib/i18n/language-context';
import { lazy, Suspense } from 'react';
import { hasSeriesDetail, hasTrend } from '@/lib/series-shape';
import { PermalinkButton } from '@/widgets/permalink/permalink-button';
import { badgeComparisons, headlineFigure } from './headline-figure';
import { IllustrativeBadge } from './illustrative-badge';

/** Only a card with a series needs this code; the article's one- and two-point cards paint without it. */
const CardTrend = lazy(() => import('./card-trend').then((module) => ({ default: module.CardTrend })));

interface IndicatorCardProps {
  indicator: Indicator;
  baselineDate: string;
  /** The report's as-of date: a card names its own date only when it differs. */
  asOf: string;
  sourceCredit: string;
}

export function IndicatorCard({ indicator, baselineDate, asOf, sourceCredit }: IndicatorCardProps) {
  const { language, t } = useI18n();
  const latest = indicator.observations.at(-1);
  if (!latest) return null;
  const trend = hasTrend(indicator);
  // Two points are a before → after pair; a longer series is drawn, never listed.
  const earlier = trend ? [] : indicator.observations.slice(0, -1);
  const badges = badgeComparisons(indicator);
  const nameId = `indicator-${indicator.id}-name`;
  const dateLabel = (observation: Observation) =>
    observation.date === baselineDate ? t.baselineShort : formatDate(observation.date, language);

  return (
    <Card
      as="article"
      id={`indicator-${indicator.id}`}
      aria-labelledby={nameId}
      className="flex min-h-48 flex-col shadow-sm"
    >
      <h3 id={nameId} className="text-sm font-medium text-muted">
        {indicator.name[language]}
      </h3>
      <p className="mt-1 text-3xl font-semibold tracking-tight break-words text-ink tabular-nums">
        {headlineFigure(indicator, language)}
      </p>
      {indicator.measure === 'cumulative-since-2021' ? <p className="text-xs text-muted">{t.cumulative}</p> : null}
      {indicator.illustrative ? <IllustrativeBadge className="mt-1 self-start" /> : null}

      {badges.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={t.comparisons}>
          {badges.map((comparison, index) => (
            <Badge
              as="li"
              // A source may give two comparisons of one kind (two ranks in different scopes).
              key={index}
              // Only a rise wears the growth colour; a decline or no change is neutral, never green.
              tone={comparisonDirection(comparison) === 'up' ? 'positive' : 'neutral'}
              className="tabular-nums"
            >
              <span>{formatComparison(comparison, indicator, language)}</span>
              {comparison.kind === 'net-increase' ? (
                <span>
                  {' '}
                  {t.since}
                  {comparison.derived ? ` (${t.derived})` : ''}
                </span>
              ) : null}
            </Badge>
          ))}
        </ul>
      ) : null}

      {hasSeriesDetail(indicator) ? (
        <Suspense fallback={<div className={hasTrend(indicator) ? 'mt-2 h-16' : 'mt-1.5 h-6'} />}>
          <CardTrend indicator={indicator} />
        </Suspense>
      ) : null}

      {earlier.length > 0 ? (
        <p className="mt-2 flex flex-wrap items-baseline gap-x-1 text-xs text-muted tabular-nums">
          {earlier.map((observation) => (
            <span key={observation.date}>
              {dateLabel(observation)}{' '}
              <span className="text-ink">{formatObservation(observation, indicator, language)}</span>
              {observation.derived ? (
                <span title={t.derivedHint} className="ml-1 rounded bg-surface-muted px-1">
                  {t.derived}
                </span>
              ) : null}
            </span>
          ))}
          <span aria-hidden="true">→</span>
          <span className="sr-only">{language === 'zh' ? '到' : 'to'}</span>
          <span>
            {dateLabel(latest)} <span className="text-ink">{formatObservation(latest, indicator, language)}</span>
          </span>
        </p>
      ) : null}

      {indicator.examples ? (
        <p className="mt-2 text-xs text-muted">
          {t.examples}: {indicator.examples.map((example) => example[language]).join(language === 'zh' ? '、' : ', ')}
        </p>
      ) : null}
      {indicator.note ? <p className="mt-1 text-xs text-muted">{indicator.note[language]}</p> : null}

      <div className="mt-auto pt-3 text-xs text-muted">
        <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1">
          {latest.date !== asOf ? (
            <p>
              {t.asOf} {formatPeriod(latest.date, indicator.frequency, language)}
            </p>
          ) : (
            <span />
          )}
          <PermalinkButton embedId={indicator.id} variant="link" />
        </div>
        <details className="mt-1">
          <summary className="cursor-pointer text-link hover:underline">{t.showSource}</summary>
          <blockquote lang="zh-CN" className="mt-1 border-l-2 border-line pl-2 text-ink">
            {indicator.source.quote}
          </blockquote>
          <p className="mt-1">{indicator.illustrative ? t.illustrative : sourceCredit}</p>
        </details>
      </div>
    </Card>
  );
}
