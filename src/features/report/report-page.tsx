import { useReport } from '@/api/get-report';
import { RenderGuard } from '@/components/ui/render-guard';
import { ApiErrorAlert } from '@/widgets/api-error/api-error-alert';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/language-context';
import { sourceCredit } from '@/widgets/source-credit/source-credit';
import { useThemeOverride } from '@/lib/theme/use-theme-override';
import { pageHref } from '@/lib/page-address';
import { ReportArea } from './report-area';
import './report.css';

const toolbarButtonClass =
  'rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-surface-muted';

/** Every figure on A4 portrait pages, for a briefing pack: light colours, vector charts, page numbers. */
export function ReportPage({ mocks }: { mocks: boolean }) {
  const { language, t, setLanguage } = useI18n();
  const report = useReport();
  useThemeOverride('light');
  const credit = report.data ? sourceCredit(report.data, language) : '';

  return (
    <div className="min-h-screen bg-surface-muted text-ink print:bg-white">
      <header className="flex flex-wrap items-center justify-center gap-2 px-4 pt-4 print:hidden">
        <button type="button" className={toolbarButtonClass} onClick={() => window.print()} disabled={!report.data}>
          {t.printReport}
        </button>
        <button
          type="button"
          className={toolbarButtonClass}
          lang={language === 'zh' ? 'en' : 'zh-CN'}
          onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
        >
          {t.switchLanguage}
        </button>
        <a className={toolbarButtonClass} href={pageHref('')}>
          {t.backToDashboard}
        </a>
        <p className="basis-full text-center text-xs text-muted">{t.printHint}</p>
      </header>
      <main className="report-sheet bg-surface">
        {report.isPending ? (
          <Skeleton className="h-[250mm]" />
        ) : report.isError ? (
          <ApiErrorAlert title={t.reportError} error={report.error} onRetry={() => void report.refetch()} />
        ) : (
          <>
            <header className="border-b border-line pb-2">
              <p className="text-[9pt] text-muted">
                {report.data.region[language]}
                {mocks ? <span className="ml-2 font-semibold text-warning">{t.demoData}</span> : null}
                {report.data.illustrative ? (
                  <span className="ml-2 font-semibold text-warning">{t.illustrative}</span>
                ) : null}
              </p>
              <h1 className="text-[18pt] leading-tight font-bold">{report.data.title[language]}</h1>
              <p className="mt-1 text-[9pt]">
                <strong className="font-semibold">
                  {t.asOf} {formatDate(report.data.asOf, language)}
                </strong>{' '}
                · {t.baseline}
              </p>
              <p className="text-[8pt] text-muted">
                {t.sourceLine}
                {credit}
              </p>
            </header>
            {report.data.areas.map((area) => (
              <RenderGuard key={area.id} what={`area:${area.id}`} label={area.name[language]}>
                <ReportArea area={area} report={report.data} sourceCredit={credit} />
              </RenderGuard>
            ))}
          </>
        )}
      </main>
    </div>
  );
}
