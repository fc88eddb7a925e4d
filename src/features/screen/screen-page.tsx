import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { RenderGuard } from '@/components/ui/render-guard';
import { useReport } from '@/api/get-report';
import type { Report } from '@/api/schemas';
import { Button, buttonClass } from '@/components/ui/button';
import { QueryState } from '@/widgets/query-state/query-state';
import { formatDate } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import { useDeploymentWatch } from '@/domain/refresh/use-deployment-watch';
import { FreshnessStatus } from '@/widgets/freshness/freshness-status';
import { sourceCredit } from '@/widgets/source-credit/source-credit';
import { useThemeOverride } from '@/lib/theme/use-theme-override';
import { themeFromAddress, withThemeParam } from '@/lib/theme/theme';
import { pageHref, pageParam } from '@/lib/page-address';
import { cycleStatus, RESUME_AFTER_MS } from './area-cycle';
import { cycleSeconds } from './cycle-seconds';
import { useIdle } from '@/lib/use-idle';
import { DESIGN_SIZE, fitCanvas } from './fit-canvas';
import { ScreenChartPanel } from './screen-chart-panel';
import { ScreenTile } from './screen-tile';
import { useAreaCycle } from './use-area-cycle';
import { prefersReducedMotion, useFullscreen, useViewportSize } from './use-screen-environment';
import { WallClock } from './wall-clock';
import './screen.css';
import { LanguageSwitch } from '@/widgets/language-switch/language-switch';

/** Read from across a room: larger than the dashboard's buttons, with a thick focus ring. */
/** Controls and the mode badge fade after this long without input; any input or keyboard focus brings them back. */
const CONTROLS_IDLE_MS = 5000;

const controlClass =
  'rounded-lg border-2 bg-surface px-3.5 py-1.5 text-lg font-medium whitespace-nowrap hover:border-accent-300 hover:bg-surface focus-visible:outline-4 focus-visible:outline-accent-300';

/** 数据大屏: a fixed 1920 × 1080 canvas, dark, scaled to fit the display with bars where the ratio differs. */
export function ScreenPage({ mocks, cycleSeconds: configuredCycleSeconds }: { mocks: boolean; cycleSeconds: number }) {
  const { language, t } = useI18n();
  const report = useReport();
  const viewport = useViewportSize();
  const fit = fitCanvas(viewport);
  useThemeOverride(themeFromAddress() ?? 'dark');
  const secondsPerArea = cycleSeconds(configuredCycleSeconds, pageParam('cycle'));

  return (
    <div className="fixed inset-0 overflow-hidden bg-canvas text-ink">
      <main
        aria-label={report.data ? `${t.screenLabel} · ${report.data.title[language]}` : t.screenLabel}
        className="absolute flex flex-col overflow-hidden bg-canvas px-12 pt-8 pb-6"
        style={{
          width: DESIGN_SIZE.width,
          height: DESIGN_SIZE.height,
          left: fit.left,
          top: fit.top,
          transform: `scale(${fit.scale})`,
          transformOrigin: '0 0',
        }}
      >
        <QueryState
          query={report}
          errorTitle={t.reportError}
          loading={
            <p aria-hidden="true" className="text-3xl text-muted">
              {t.loading}
            </p>
          }
        >
          {(data) => <ScreenBoard report={data} mocks={mocks} secondsPerArea={secondsPerArea} />}
        </QueryState>
      </main>
    </div>
  );
}

const noop = () => undefined;
/** Out of sight, out of the accessibility tree and the tab order, but laid out: its charts keep their size. */
const HIDDEN: CSSProperties = { visibility: 'hidden' };
const tabIdOf = (prefix: string, index: number) => `${prefix}-tab-${index}`;

function ScreenBoard({ report, mocks, secondsPerArea }: { report: Report; mocks: boolean; secondsPerArea: number }) {
  const { language, t } = useI18n();
  const areas = report.areas;
  const cycle = useAreaCycle(areas.length, prefersReducedMotion, secondsPerArea * 1000);
  const idle = useIdle(CONTROLS_IDLE_MS);
  const status = cycleStatus(cycle.state);
  const selectedIndex = areas[cycle.state.index] ? cycle.state.index : 0;
  // The areas whose charts have been shown, in the order they were: set while rendering, as derived state.
  const [shownPanels, setShownPanels] = useState<number[]>([selectedIndex]);
  if (!shownPanels.includes(selectedIndex)) setShownPanels([...shownPanels, selectedIndex]);
  const fullscreen = useFullscreen();
  const idPrefix = useId();
  const tabId = (index: number) => tabIdOf(idPrefix, index);
  const panelId = `${idPrefix}-panel`;
  const tablistRef = useRef<HTMLDivElement>(null);
  const { select } = cycle;
  // One function per tile for the whole life of the board, so a rotation step re-renders the two tiles it changes.
  const selectors = useMemo(() => areas.map((_, index) => () => select(index)), [areas, select]);
  // A new build loads at the next rotation step, between two areas, not in the middle of one.
  useDeploymentWatch({ quietMoment: status === 'running' ? cycle.state.lastAdvanceAt : undefined });

  // Arrow keys move the selection; when a tab had focus, focus follows it (the tabs pattern). The timer never moves focus.
  const { index: cycleIndex, changedBy } = cycle.state;
  useEffect(() => {
    const tablist = tablistRef.current;
    if (changedBy !== 'person' || !tablist?.contains(document.activeElement)) return;
    document.getElementById(tabIdOf(idPrefix, cycleIndex))?.focus();
  }, [idPrefix, cycleIndex, changedBy]);

  const statusText =
    status === 'running'
      ? t.cycleRunning(secondsPerArea)
      : status === 'paused-by-interaction'
        ? t.cyclePausedByInteraction(RESUME_AFTER_MS / 1000)
        : t.cyclePausedByUser;

  return (
    <>
      <header className="flex items-start justify-between gap-10">
        <div className="min-w-0">
          <p className="text-xl text-muted">{report.region[language]}</p>
          <h1 className="line-clamp-2 text-[44px] leading-[1.15] font-bold text-ink">{report.title[language]}</h1>
          <p className="mt-1 text-[22px] text-ink">
            <strong className="font-semibold">
              {t.asOf} {formatDate(report.asOf, language)}
            </strong>{' '}
            · {t.baseline}
          </p>
        </div>
        {/* A box of its own size (8 tabular digits' width, one line): each second's new text is laid out inside it
            and the header around it is left alone. */}
        <WallClock className="h-7 w-[8ch] shrink-0 text-right text-[28px] leading-none font-medium tabular-nums text-muted [contain:size_layout_style]" />
      </header>

      <div className="mt-6 flex min-h-0 flex-1 gap-8">
        <div
          ref={tablistRef}
          role="tablist"
          aria-label={t.screenAreas}
          style={{ '--cycle-duration': `${secondsPerArea}s` } as CSSProperties}
          className="grid min-h-0 w-[1040px] shrink-0 grid-cols-2 grid-rows-3 gap-5"
        >
          {areas.map((area, index) => (
            <RenderGuard key={`${area.id}:${index}`} what={`tile:${area.id}`} label={area.name[language]}>
              <ScreenTile
                area={area}
                asOf={report.asOf}
                selected={index === cycle.state.index}
                tabId={tabId(index)}
                panelId={panelId}
                // Only the selected tile draws the progress bar: the others keep their props, and skip the render.
                cycleKey={status === 'running' && index === cycle.state.index ? cycle.state.lastAdvanceAt : undefined}
                onSelect={selectors[index] ?? noop}
              />
            </RenderGuard>
          ))}
        </div>
        <div className="relative min-w-0 flex-1">
          {shownPanels.map((index) => {
            const area = areas[index];
            if (!area) return null;
            const selected = index === selectedIndex;
            return (
              // Each area's charts stay drawn once shown and are only hidden when it is another's turn: a rotation
              // step shows a panel, instead of building two recharts charts again every few seconds all day.
              // The one on show is the tab panel; the others wait for their turn with no role or id.
              <div
                key={index}
                role={selected ? 'tabpanel' : undefined}
                id={selected ? panelId : undefined}
                aria-labelledby={selected ? tabId(index) : undefined}
                tabIndex={selected ? 0 : -1}
                className="absolute inset-0 rounded-2xl [contain:strict]"
                style={selected ? undefined : HIDDEN}
              >
                <RenderGuard what={`screen-charts:${area.id}`} label={area.name[language]}>
                  <ScreenChartPanel area={area} report={report} />
                </RenderGuard>
              </div>
            );
          })}
        </div>
      </div>

      <footer className="mt-5 flex items-center gap-4 text-lg text-muted">
        <p className="line-clamp-2 min-w-0 flex-1">
          {mocks ? (
            <span
              title={t.demoDataHint}
              className={`mr-3 rounded-full px-3 py-0.5 ring-1 ring-line transition-opacity duration-700 ${idle ? 'opacity-0' : ''}`}
            >
              {t.demoData}
            </span>
          ) : null}
          {t.sourceLine}
          {sourceCredit(report, language)}
        </p>
        <FreshnessStatus className="shrink-0 text-lg" />
        <p
          role="status"
          className={`shrink-0 rounded-full px-4 py-1.5 font-semibold ${
            status === 'running' ? 'bg-positive-soft text-positive' : 'bg-warning-soft text-warning'
          }`}
        >
          <span aria-hidden="true">{status === 'running' ? '▶ ' : '❚❚ '}</span>
          {statusText}
        </p>
        {/* Faded, not hidden: still in the tab order, and focus inside shows them at once. */}
        <div
          data-idle={idle}
          className={`flex shrink-0 items-center gap-4 transition-opacity duration-700 focus-within:opacity-100 focus-within:duration-0 ${idle ? 'opacity-0' : ''}`}
        >
          <p className="shrink-0" aria-hidden="true">
            {t.screenKeyboardHint}
          </p>
          <div className="flex shrink-0 gap-2">
            <Button className={controlClass} onClick={cycle.togglePause}>
              {status === 'paused-by-user' ? t.resumeCycle : t.pauseCycle}
            </Button>
            {fullscreen.supported ? (
              <Button className={controlClass} onClick={fullscreen.toggle}>
                {fullscreen.active ? t.exitFullscreen : t.enterFullscreen}
              </Button>
            ) : null}
            <LanguageSwitch className={controlClass} />
            <a
              className={buttonClass('secondary', controlClass)}
              href={pageHref('', withThemeParam(`?lang=${language}`))}
            >
              {t.backToDashboard}
            </a>
          </div>
        </div>
      </footer>
    </>
  );
}
