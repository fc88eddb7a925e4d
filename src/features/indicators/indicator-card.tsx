import type { Comparison, Indicator } from '../../api/schemas';
import { formatComparison, formatDate, formatObservation } from '../../lib/format';
import { useI18n } from '../../lib/i18n/language-context';

function comparisonTone(comparison: Comparison): string {
  return comparison.kind === 'rank'
    ? 'bg-accent-100 text-accent-900 ring-accent-300'
    : 'bg-positive-soft text-positive ring-positive/30';
}

export function IndicatorCard({ indicator, sourceCredit }: { indicator: Indicator; sourceCredit: string }) {
  const { language, t } = useI18n();
  const latest = indicator.observations.at(-1);
  if (!latest) return null;
  const earlier = indicator.observations.slice(0, -1);
  const nameId = `indicator-${indicator.id}-name`;

  return (
    <article
      id={`indicator-${indicator.id}`}
      aria-labelledby={nameId}
      className="flex min-h-44 flex-col rounded-xl border border-line bg-surface p-4 shadow-sm"
    >
      <h3 id={nameId} className="text-sm font-medium text-muted">
        {indicator.name[language]}
      </h3>
      <p className="mt-1 text-3xl font-semibold tracking-tight text-ink tabular-nums" data-testid="figure">
        {formatObservation(latest, indicator, language)}
      </p>
      {indicator.measure === 'cumulative-since-2021' ? (
        <p className="text-xs text-muted">{t.cumulative}</p>
      ) : null}

      {indicator.comparisons.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={t.comparisons}>
          {indicator.comparisons.map((comparison) => (
            <li
              key={comparison.kind}
              className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 tabular-nums ${comparisonTone(comparison)}`}
            >
              <span>{formatComparison(comparison, indicator, language)}</span>
              {comparison.kind === 'net-increase' && comparison.derived ? <span> ({t.derived})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}

      {earlier.length > 0 ? (
        <dl className="mt-2 text-xs text-muted">
          {earlier.map((observation) => (
            <div key={observation.date} className="flex flex-wrap gap-x-1">
              <dt>{formatDate(observation.date, language)}:</dt>
              <dd className="tabular-nums">
                {formatObservation(observation, indicator, language)}
                {observation.derived ? (
                  <abbr title={t.derivedHint} className="ml-1 no-underline">
                    ({t.derived})
                  </abbr>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}

      {indicator.examples ? (
        <p className="mt-2 text-xs text-muted">
          {t.examples}: {indicator.examples.map((example) => example[language]).join(language === 'zh' ? '、' : ', ')}
        </p>
      ) : null}
      {indicator.note ? <p className="mt-1 text-xs text-muted">{indicator.note[language]}</p> : null}

      <div className="mt-auto pt-3 text-xs text-muted">
        <p>
          {t.asOf} {formatDate(latest.date, language)}
        </p>
        <details className="mt-1">
          <summary className="cursor-pointer text-accent-700 hover:underline">{t.showSource}</summary>
          <blockquote lang="zh-CN" className="mt-1 border-l-2 border-accent-300 pl-2 text-ink">
            {indicator.source.quote}
          </blockquote>
          <p className="mt-1">{sourceCredit}</p>
        </details>
      </div>
    </article>
  );
}
