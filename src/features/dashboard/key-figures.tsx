import type { Area } from '@/api/schemas';
import { Skeleton } from '@/components/ui/skeleton';
import { comparisonLabel, formatDate } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import { useAreaHeadline } from '@/widgets/indicators/area-headlines';
import { figureWidthEm } from '@/widgets/indicators/figure-width';

/**
 * Each figure keeps one line: as large as 2 rem allows, smaller when its tile is too narrow for it. The floor is
 * 0.75 rem: at 1 rem "CNY 74.626 billion" overflowed a phone's half-width tile.
 */
const figureFontSize = (figure: string) => `max(0.75rem, min(2rem, ${(92 / figureWidthEm(figure)).toFixed(1)}cqi))`;

function KeyFigure({ area, asOf }: { area: Area; asOf: string }) {
  const { language, t } = useI18n();
  const { query, indicator, comparison, rises, latest, figure } = useAreaHeadline(area.id, language);

  return (
    <li className="min-w-0">
      <a
        href={`#${area.id}`}
        className="@container flex h-full flex-col rounded-xl border border-line bg-surface px-3 py-2.5 shadow-sm hover:border-accent-500 focus-visible:border-accent-500 sm:px-4 sm:py-3"
      >
        <span className="text-xs font-semibold text-link">{area.name[language]}</span>
        {indicator ? (
          <>
            <span
              className="mt-0.5 leading-tight font-bold tracking-tight whitespace-nowrap text-ink tabular-nums"
              style={{ fontSize: figureFontSize(figure) }}
            >
              {figure}
            </span>
            <span className="text-xs leading-snug text-muted">{indicator.name[language]}</span>
            {comparison ? (
              <span
                className={`mt-1 text-xs leading-snug font-medium break-keep tabular-nums ${rises ? 'text-positive' : 'text-muted'}`}
              >
                {comparisonLabel(comparison, indicator, language)}
              </span>
            ) : null}
            {latest && latest.date !== asOf ? (
              <span className="text-xs text-muted">
                {t.asOf} {formatDate(latest.date, language)}
              </span>
            ) : null}
          </>
        ) : query.isError ? (
          <span className="mt-1 text-xs text-danger">{t.areaError}</span>
        ) : (
          <>
            <span className="sr-only">{t.loading}</span>
            <Skeleton className="mt-1 h-16" />
          </>
        )}
      </a>
    </li>
  );
}

/** The six figures that sum up the five years, one per area (the big screen's choice), each linking to its area. */
export function KeyFigures({ areas, asOf }: { areas: Area[]; asOf: string }) {
  const { t } = useI18n();
  return (
    <section id="key-figures" aria-labelledby="key-figures-heading">
      <h2 id="key-figures-heading" className="mb-1.5 text-xs font-semibold tracking-wide text-muted">
        {t.keyFigures}
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 sm:gap-3 xl:grid-cols-6">
        {areas.map((area) => (
          <KeyFigure key={area.id} area={area} asOf={asOf} />
        ))}
      </ul>
    </section>
  );
}
