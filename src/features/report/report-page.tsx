import { useReport } from '@/api/get-report';
import { RenderGuard } from '@/components/ui/render-guard';
import { QueryState } from '@/widgets/query-state/query-state';
import { Button, buttonClass } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDate } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import { sourceCredit } from '@/widgets/source-credit/source-credit';
import { useThemeOverride } from '@/lib/theme/use-theme-override';
import { themeFromAddress } from '@/lib/theme/theme';
import { pageHref } from '@/lib/page-address';
import { AboutDataNote } from '@/widgets/about-data/about-data-note';
import { ReportArea } from './report-area';
import { ReportSummary } from './report-summary';
import { LazyExportMenu } from '@/widgets/briefing-files/lazy-export-menu';
import './report.css';
import { LanguageSwitch } from '@/widgets/language-switch/language-switch';

const toolbarClass = 'bg-surface py-1.5 font-medium';

/** Every figure on A4 portrait pages, for a briefing pack: light colours, vector charts, page numbers. */
export function ReportPage({ mocks }: { mocks: boolean }) {
  const { language, t } = useI18n();
  const report = useReport();
  useThemeOverride(themeFromAddress() ?? 'light');
  const credit = report.data ? sourceCredit(report.data, language) : '';

  return (
    <div className="min-h-screen bg-surface-muted text-ink print:bg-white">
      <header className="flex flex-wrap items-center justify-center gap-2 px-4 pt-4 print:hidden">
        <Button className={toolbarClass} onClick={() => window.print()} disabled={!report.data}>
          {t.printReport}
        </Button>
        <LanguageSwitch className={toolbarClass} />
        {report.data ? <LazyExportMenu /> : null}
        <a className={buttonClass('secondary', toolbarClass)} href={pageHref('')}>
          {t.backToDashboard}
        </a>
        <p className="basis-full text-center text-xs text-muted">{t.printHint}</p>
      </header>
      <main className="report-sheet bg-surface">
        <QueryState query={report} errorTitle={t.reportError} loading={<Skeleton className="h-[250mm]" />}>
          {(data) => (
            <>
              <header className="border-b border-line pb-2">
                <p className="text-[9pt] text-muted">
                  {data.region[language]}
                  {data.illustrative ? <span className="ml-2 font-semibold text-warning">{t.illustrative}</span> : null}
                </p>
                <h1 className="text-[18pt] leading-tight font-bold">{data.title[language]}</h1>
                <p className="mt-1 text-[9pt]">
                  <strong className="font-semibold">
                    {t.asOf} {formatDate(data.asOf, language)}
                  </strong>{' '}
                  · {t.baseline}
                </p>
                <p className="text-[8pt] text-muted">
                  {t.sourceLine}
                  {credit}
                </p>
              </header>
              <ReportSummary areas={data.areas} />
              {data.areas.map((area) => (
                <RenderGuard key={area.id} what={`area:${area.id}`} label={area.name[language]}>
                  <ReportArea area={area} report={data} />
                </RenderGuard>
              ))}
              <AboutDataNote report={data} mocks={mocks} className="report-about mt-4 border-t border-line pt-2" />
            </>
          )}
        </QueryState>
      </main>
    </div>
  );
}
