import { useReport } from '../api/get-report';
import { ApiErrorAlert } from '../components/api-error-alert';
import { Skeleton } from '../components/ui/skeleton';
import { AreaSection } from '../features/area/area-section';
import { useI18n } from '../lib/i18n/language-context';
import { Header } from './header';
import { sourceCredit } from './source-credit';

export function Dashboard({ mocks }: { mocks: boolean }) {
  const { language, t } = useI18n();
  const report = useReport();

  return (
    <div className="min-h-screen bg-canvas text-ink">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2"
      >
        {t.skipToContent}
      </a>
      <Header report={report.data} mocks={mocks} />
      <main id="main" tabIndex={-1} className="mx-auto flex max-w-screen-2xl flex-col gap-10 px-4 py-6">
        {report.isPending ? (
          <Skeleton className="h-64" />
        ) : report.isError ? (
          <ApiErrorAlert title={t.reportError} error={report.error} onRetry={() => void report.refetch()} />
        ) : (
          report.data.areas.map((area) => (
            <AreaSection key={area.id} area={area} sourceCredit={sourceCredit(report.data, language)} />
          ))
        )}
      </main>
      <footer className="mx-auto max-w-screen-2xl px-4 pb-8 text-xs text-muted">
        {report.data ? `${t.sourceLine}：${sourceCredit(report.data, language)}` : null}
      </footer>
    </div>
  );
}
