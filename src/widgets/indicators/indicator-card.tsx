import type { Indicator, Observation } from '@/api/schemas';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import {
  comparisonContext,
  comparisonDirection,
  formatComparison,
  formatDate,
  formatObservation,
  formatPeriod,
} from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import { lazy, Suspense } from 'react';
import { hasSeriesDetail, hasTrend } from '@/domain/series-shape';
import { PermalinkButton } from '@/widgets/permalink/permalink-button';
import { fitsHalfRow } from './figure-width';
import { badgeComparisons, headlineFigure } from './headline-figure';
import { IllustrativeBadge } from './illustrative-badge';

/** Only a card with a series needs this code; the article's one- and two-point cards paint without it. */
const CardTrend = lazy(() => import('./card-trend').then((module) => ({ default: module.CardTrend })));

interface IndicatorCardProps {
  indicator: Indicator;
  baselineDate: string;
  /**
   * The as-of date the page around the card already states (the report's): the card states its own date only
   * when it differs. Undefined where nothing around the card states a date (alone in an embed).
   */
  asOf: string | undefined;
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
  const figure = headlineFigure(indicator, language);
  const dateLabel = (observation: Observation) =>
    observation.date === baselineDate ? t.baselineShort : formatDate(observation.date, language);
  const ownDate = latest.date !== asOf;

  return (
    <Card
      as="article"
      id={`indicator-${indicator.id}`}
      aria-labelledby={nameId}
      className={cn('flex flex-col p-3 shadow-sm sm:col-span-1 sm:p-4', fitsHalfRow(figure) ? '' : 'col-span-2')}
    >
      <h3 id={nameId} className="text-xs leading-snug font-medium text-muted sm:text-sm">
        {indicator.name[language]}
      </h3>
      <p className="mt-1 text-2xl leading-tight font-semibold tracking-tight break-words text-ink tabular-nums sm:text-3xl">
        {figure}
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
              className="rounded-md break-keep tabular-nums sm:rounded-full"
            >
              <span>{formatComparison(comparison, indicator, language)}</span>
              {/* In Chinese the context wraps as one piece: 较“十三五”末（推算值）never splits after its closing quote. */}
              {comparison.kind === 'net-increase' ? (
                <>
                  {' '}
                  <span className={language === 'zh' ? 'whitespace-nowrap' : undefined}>
                    {comparisonContext(comparison, language).trim()}
                  </span>
                </>
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
                <span title={t.derivedHint} className="ml-1 rounded bg-surface-muted px-1 whitespace-nowrap">
                  {t.derived}
                </span>
              ) : null}
            </span>
          ))}
          <span aria-hidden="true">→</span>
          <span className="sr-only">{t.punctuation.rangeTo}</span>
          <span>
            {ownDate ? `${dateLabel(latest)} ` : null}
            <span className="text-ink">{formatObservation(latest, indicator, language)}</span>
          </span>
        </p>
      ) : null}

      {indicator.examples ? (
        <p className="mt-2 text-xs text-muted">
          {t.examples}
          {t.punctuation.colon}
          {indicator.examples.map((example) => example[language]).join(t.punctuation.list)}
        </p>
      ) : null}
      {indicator.note ? <p className="mt-1 text-xs text-muted">{indicator.note[language]}</p> : null}

      {ownDate ? (
        <p className="mt-2 text-xs text-muted">
          {t.asOf} {formatPeriod(latest.date, indicator.frequency, language)}
        </p>
      ) : null}
      <details className="mt-auto pt-1 text-xs text-muted">
        <summary className="cursor-pointer leading-6 text-link hover:underline">{t.showSource}</summary>
        {latest?.source ? (
          <p className="mt-1 text-ink">
            {t.latestFigureSource}
            {t.punctuation.colon}
            <span lang="zh-CN">{latest.source}</span>
          </p>
        ) : null}
        <blockquote lang="zh-CN" className="mt-1 border-l-2 border-line pl-2 text-ink">
          {indicator.source.quote}
        </blockquote>
        <p className="mt-1">{indicator.illustrative ? t.illustrative : sourceCredit}</p>
        <PermalinkButton embedId={indicator.id} variant="link" className="mt-0.5 py-1 underline-offset-2" />
      </details>
    </Card>
  );
}
