import { memo } from 'react';
import type { Area } from '@/api/schemas';
import { comparisonLabel, formatPeriod, formatTime } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import { useHasPageRefreshNotice } from '@/domain/refresh/refresh-context';
import { hasTrend } from '@/domain/series';
import { queryStatus } from '@/widgets/query-state/query-state';
import { IllustrativeBadge } from '@/widgets/indicators/illustrative-badge';
import { Sparkline } from '@/widgets/indicators/sparkline';
import { numeralFontSize } from './numeral-size';
import { useAreaHeadline } from '@/widgets/indicators/area-headlines';

/** Design pixels available to the numeral inside a tile (tile width less its padding). */
const NUMERAL_WIDTH = 450;
const NUMERAL_MAX_SIZE = 76;
/** With a sparkline below it the numeral gives up a little height, so the comparison line still fits. */
const NUMERAL_MAX_SIZE_WITH_TREND = 64;

interface ScreenTileProps {
  area: Area;
  asOf: string;
  selected: boolean;
  tabId: string;
  panelId: string;
  /** Changes when a new cycle starts, restarting the progress bar; undefined while paused. */
  cycleKey: number | undefined;
  onSelect: () => void;
}

/**
 * One area on the big screen: its headline figure in large numerals, as a tab of the area rotation. Memoised: a
 * rotation step or an idle change of the board leaves the tiles it does not concern as they are.
 */
export const ScreenTile = memo(function ScreenTile({
  area,
  asOf,
  selected,
  tabId,
  panelId,
  cycleKey,
  onSelect,
}: ScreenTileProps) {
  const { language, t } = useI18n();
  const { query, indicator, comparison, rises, latest, figure } = useAreaHeadline(area.id, language);
  const status = queryStatus(query);
  const pageNotice = useHasPageRefreshNotice();
  const ownDate = latest !== undefined && latest.date !== asOf;
  // A tile has room for a trend or for the latest figure's own date; the date is information, the trend a picture.
  const showTrend = indicator !== undefined && hasTrend(indicator) && !ownDate;

  return (
    // A tab, not a command: it shares nothing of Button's look (a large tile with a progress bar).
    <button
      type="button"
      role="tab"
      id={tabId}
      aria-selected={selected}
      aria-controls={panelId}
      tabIndex={selected ? 0 : -1}
      onClick={onSelect}
      className={`relative flex min-h-0 min-w-0 flex-col items-start overflow-hidden rounded-2xl border-2 px-6 py-5 text-left transition-colors focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-accent-300 ${
        selected ? 'border-accent-300 bg-badge' : 'border-line bg-surface hover:border-accent-500'
      }`}
    >
      <span className="flex w-full min-w-0 items-baseline gap-3">
        <span className="shrink-0 rounded-full bg-surface-muted px-3.5 py-0.5 text-xl font-semibold text-link">
          {area.name[language]}
        </span>
        <span className="min-w-0 truncate text-xl text-muted">{area.heading[language]}</span>
        {indicator?.illustrative ? <IllustrativeBadge className="ml-auto shrink-0 self-center text-base" /> : null}
      </span>
      {indicator ? (
        <>
          <span
            className={`mt-2.5 shrink-0 text-[26px] leading-tight font-medium text-ink ${
              // A trend needs the room of the name's second line.
              showTrend ? 'line-clamp-1' : 'line-clamp-2'
            }`}
            title={indicator.name[language]}
          >
            {indicator.name[language]}
          </span>
          <span
            className="mt-1 shrink-0 leading-[1.1] font-bold tracking-tight whitespace-nowrap text-ink tabular-nums"
            style={{
              fontSize: numeralFontSize(
                figure,
                NUMERAL_WIDTH,
                showTrend ? NUMERAL_MAX_SIZE_WITH_TREND : NUMERAL_MAX_SIZE,
              ),
            }}
          >
            {figure}
          </span>
          {showTrend ? (
            <Sparkline indicator={indicator} language={language} className="mt-1 h-12 min-h-8 w-full" />
          ) : null}
          {comparison ? (
            <span
              className={`mt-auto w-full shrink-0 truncate text-[22px] font-medium tabular-nums ${rises ? 'text-positive' : 'text-muted'}`}
            >
              {comparisonLabel(comparison, indicator, language)}
            </span>
          ) : null}
          {status === 'stale' && !pageNotice ? (
            <span className="text-lg text-warning">
              {t.staleShort} ({t.fetchedAt} {formatTime(query.dataUpdatedAt, language)})
            </span>
          ) : null}
          {latest && ownDate ? (
            <span className="shrink-0 text-lg text-muted">
              {t.asOf} {formatPeriod(latest.date, indicator.frequency, language)}
            </span>
          ) : null}
        </>
      ) : status === 'failed' ? (
        <span className="mt-5 text-2xl text-danger">{t.areaError}</span>
      ) : (
        <span className="mt-5 text-2xl text-muted">{t.loading}</span>
      )}
      {selected && cycleKey !== undefined ? (
        <span
          key={cycleKey}
          aria-hidden="true"
          className="screen-cycle-progress absolute inset-x-0 bottom-0 h-1.5 bg-accent-300"
        />
      ) : null}
    </button>
  );
});
