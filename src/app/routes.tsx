import { lazy, Suspense, useSyncExternalStore } from 'react';
import { RenderGuard } from '@/components/ui/render-guard';
import { hashRoutePath, hashRouting } from '@/lib/page-address';
import { safeDecodeURIComponent } from '@/lib/safe-decode';
import { useOpenDetailsForPrint } from '@/lib/use-open-details-for-print';
import { Dashboard } from '@/features/dashboard/dashboard';
import { PreviewBanner } from './preview-banner';
import { RefreshWatch } from '@/domain/refresh/refresh-watch';

// The briefing modes load on demand, so the dashboard's entry bundle does not carry them (or recharts).
const ScreenPage = lazy(() =>
  import('@/features/screen/screen-page').then((module) => ({ default: module.ScreenPage })),
);
const ReportPage = lazy(() =>
  import('@/features/report/report-page').then((module) => ({ default: module.ReportPage })),
);
const EmbedPage = lazy(() => import('@/features/embed/embed-page').then((module) => ({ default: module.EmbedPage })));
// The editors' page: its code and all its text are one chunk no reader of the figures downloads.
const DataPage = lazy(() => import('@/features/data-admin/data-page').then((module) => ({ default: module.DataPage })));

export type Route =
  | { page: 'dashboard' }
  | { page: 'screen' }
  | { page: 'report' }
  | { page: 'data' }
  | { page: 'embed'; embedId: string };

/**
 * The page for a path under the app's base URL: '' → dashboard, 'screen', 'report', 'data', 'embed/<id>'; anything
 * else → dashboard.
 */
export function routeFor(pathname: string, baseUrl: string): Route {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const relative = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  const segments = relative.split('/').filter(Boolean);
  const [first, second] = segments;
  if (segments.length === 1 && first === 'screen') return { page: 'screen' };
  if (segments.length === 1 && first === 'report') return { page: 'report' };
  if (segments.length === 1 && first === 'data') return { page: 'data' };
  if (first === 'embed')
    return { page: 'embed', embedId: segments.length === 2 && second ? safeDecodeURIComponent(second) : '' };
  return { page: 'dashboard' };
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current page's path: the URL path when served, the hash route in the offline file (where links change only the hash). */
function useRoutePath(): { path: string; base: string } {
  const hash = useSyncExternalStore(subscribeToHash, () => (hashRouting ? hashRoutePath(window.location.hash) : ''));
  return hashRouting ? { path: hash, base: '/' } : { path: window.location.pathname, base: import.meta.env.BASE_URL };
}

export function AppRoutes({
  mocks,
  screenCycleSeconds,
  previewRevision,
}: {
  mocks: boolean;
  screenCycleSeconds: number;
  /** A draft shown instead of the published figures (`?revision=N`, signed-in people only). */
  previewRevision?: number | undefined;
}) {
  useOpenDetailsForPrint();
  const { path, base } = useRoutePath();
  const route = routeFor(path, base);
  const page = (
    <RenderGuard what={`route:${route.page}`}>
      {route.page === 'dashboard' ? (
        <Dashboard mocks={mocks} />
      ) : (
        <Suspense fallback={null}>
          {route.page === 'screen' ? (
            <ScreenPage mocks={mocks} cycleSeconds={screenCycleSeconds} />
          ) : route.page === 'report' ? (
            <ReportPage mocks={mocks} />
          ) : route.page === 'data' ? (
            <DataPage mocks={mocks} />
          ) : (
            <EmbedPage embedId={route.embedId} mocks={mocks} />
          )}
        </Suspense>
      )}
    </RenderGuard>
  );
  return (
    <>
      <RefreshWatch />
      {previewRevision === undefined ? null : <PreviewBanner revision={previewRevision} />}
      {page}
    </>
  );
}
