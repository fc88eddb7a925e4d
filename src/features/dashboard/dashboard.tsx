import { useDeferredValue } from 'react';
import { useReport } from '@/api/get-report';
import { RenderGuard } from '@/components/ui/render-guard';
import { Skeleton } from '@/components/ui/skeleton';
import { AreaNav } from './area-nav';
import { AreaSection } from './area-section';
import { useI18n } from '@/domain/i18n/language-context';
import { Header } from './header';
import { KeyFigures } from './key-figures';
import { OldBrowserNotice } from './old-browser-notice';
import { sourceCredit } from '@/widgets/source-credit/source-credit';
import { useScrollToHash } from './use-scroll-to-hash';
import { QueryState } from '@/widgets/query-state/query-state';
import { FirstScreenTurns, useIsFirstScreenComplete } from './first-screen';
import { AboutDataNote } from '@/widgets/about-data/about-data-note';

export function Dashboard({ mocks }: { mocks: boolean }) {
  return (
    <FirstScreenTurns>
      <DashboardPage mocks={mocks} />
    </FirstScreenTurns>
  );
}

function DashboardPage({ mocks }: { mocks: boolean }) {
  const { language, t } = useI18n();
  const report = useReport();
  // As in each area: the six sections render in the background (in 5 ms slices), not in the query store's sync update.
  const data = useDeferredValue(report.data);
  const shown = {
    data,
    error: report.error,
    isPending: report.isPending,
    isError: report.isError,
    dataUpdatedAt: report.dataUpdatedAt,
    refetch: report.refetch,
  };
  useScrollToHash(data !== undefined, useIsFirstScreenComplete());

  return (
    <div className="min-h-screen bg-canvas text-ink">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2"
      >
        {t.skipToContent}
      </a>
      <OldBrowserNotice />
      <Header report={report.data} mocks={mocks} />
      <AreaNav areas={data?.areas} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto flex max-w-screen-2xl flex-col gap-6 px-3 py-3 outline-none sm:gap-8 sm:px-4 sm:py-4 3xl:max-w-[2400px]"
      >
        <QueryState query={shown} errorTitle={t.reportError} loading={<Skeleton className="h-screen" />}>
          {(data) => [
            <RenderGuard key="key-figures" what="key-figures" label={t.keyFigures}>
              <KeyFigures areas={data.areas} asOf={data.asOf} />
            </RenderGuard>,
            ...data.areas.map((area, index) => (
              <RenderGuard key={`${area.id}:${index}`} what={`area:${area.id}`} label={area.name[language]}>
                <AreaSection area={area} report={data} sourceCredit={sourceCredit(data, language)} />
              </RenderGuard>
            )),
            <RenderGuard key="about-data" what="about-data" label={t.aboutData}>
              <AboutDataNote report={data} mocks={mocks} className="rounded-xl border border-line bg-surface p-4" />
            </RenderGuard>,
          ]}
        </QueryState>
      </main>
    </div>
  );
}
