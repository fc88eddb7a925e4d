import { startTransition, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ApiRequestError } from './api/api-error';
import { createApiClient } from './api/client';
import { createQueryClient } from './api/query-client';
import { createBackgroundRefresh } from './domain/refresh/background-refresh';
import { AppProvider } from './app/provider';
import type { AppConfig } from './config/config-schema';
import { restrictConnections } from './config/content-security-policy';
import { ConfigError, loadConfig } from './config/load-config';
import { initialLanguage } from './domain/i18n/language-context';
import { loadMessages } from './domain/i18n/messages';
import { pageParam } from './lib/page-address';
import { pagePreviewRevision } from './domain/preview-revision';
import { applyThemeChoice, readThemeChoice } from './lib/theme/theme';
import { RenderGuard } from './components/ui/render-guard';
import { zh } from './domain/i18n/messages-zh';
import { claimChunkReload } from './domain/refresh/reload-guard';
import { isChunkLoadError } from './lib/log-render-error';
import './index.css';

const basePath = import.meta.env.BASE_URL;

/**
 * With mocks on, requests wait for the mock worker (never sent before it is ready),
 * while the page frame renders at once instead of waiting for the worker.
 */
function startMocks(config: AppConfig): Promise<void> | undefined {
  if (!config.mocks) return undefined;
  const ready = import('../mocks/browser')
    // Only the scenario name comes from the page URL (?scenario=slow); the API base URL never does.
    .then(({ startMockWorker, parseScenario }) =>
      startMockWorker(config.apiBaseUrl, basePath, parseScenario(pageParam('scenario'))),
    )
    .catch((cause: unknown) => {
      throw new ApiRequestError({
        kind: 'network',
        url: `${basePath}mockServiceWorker.js`,
        message: `The demo data service could not start: ${cause instanceof Error ? cause.message : String(cause)}`,
      });
    });
  ready.catch(() => undefined); // each request reports the failure; this branch only marks it handled
  return ready;
}

/**
 * The offline demo file (`npm run build:portable`, opened from file://) has no config.json beside it and no
 * service worker: its configuration is built in, and the same mock handlers answer inside the page.
 */
const offlineFile = import.meta.env.MODE === 'portable';
const OFFLINE_FILE_CONFIG: AppConfig = {
  apiBaseUrl: 'http://offline-demo.invalid/api',
  mocks: true,
  requestTimeoutMs: 15_000,
  screenCycleSeconds: 15,
};

/** The transport that answers the API client in the offline file; the client itself is the same code. */
function inPageFetch(config: AppConfig): typeof fetch {
  const transport = import('../mocks/in-page').then(({ createInPageFetch, parseScenario }) =>
    createInPageFetch(config.apiBaseUrl, parseScenario(pageParam('scenario'))),
  );
  return async (input, init) => (await transport)(input, init);
}

/** Chromium 89-91 (readable tier) lack Array.prototype.at; only they download the few lines that add it. */
async function installFallbacks(): Promise<void> {
  if (!('at' in Array.prototype)) (await import('./lib/array-at-fallback')).installArrayAt();
}

/** Anything that stops the start-up (a bad config.json, a chunk that did not arrive, a CSP or client error) ends here. */
async function showStartupError(root: Root, error: unknown) {
  // A chunk gone because dist/ was replaced: one reload fetches the new build (guarded against loops).
  if (isChunkLoadError(error) && claimChunkReload()) return window.location.reload();
  const configError =
    error instanceof ConfigError
      ? error
      : new ConfigError(`The dashboard could not start: ${error instanceof Error ? error.message : String(error)}`);
  try {
    // Only a broken deployment needs this page, so it is not part of every visit's download.
    const { ConfigErrorPage } = await import('./app/config-error-page');
    // A config.json that could not be read may be fixed any minute (a redeploy); anything else needs a person.
    const loadAgain = error instanceof ConfigError && !offlineFile ? () => loadConfig(basePath) : undefined;
    root.render(<ConfigErrorPage error={configError} loadConfig={loadAgain} />);
  } catch {
    // The error page's own chunk did not arrive either: say so with what is already here.
    root.render(
      <p role="alert" className="m-6">
        {zh.chunkFailed} / <span lang="en">Page files failed to load: check the network, then reload.</span>
      </p>,
    );
  }
}

async function bootstrap(root: Root) {
  try {
    await installFallbacks();
    // The pages' code is its own chunk, fetched alongside config.json: nothing can render before the config
    // is read anyway, and the first-paint script stays small (React, the query cache, the config loader).
    const routes = import('./app/routes');
    applyThemeChoice(readThemeChoice());
    // English text is its own chunk; a reader who asked for English gets it alongside config.json.
    const language = loadMessages(initialLanguage());
    const config = offlineFile ? OFFLINE_FILE_CONFIG : await loadConfig(basePath);
    await language;
    const { AppRoutes } = await routes;
    // A signed-in person previewing draft N (?revision=N): only where a data service serves, never in the demo.
    const previewRevision = offlineFile || config.mocks ? undefined : pagePreviewRevision();
    const apiClient = offlineFile
      ? createApiClient({
          baseUrl: config.apiBaseUrl,
          timeoutMs: config.requestTimeoutMs,
          fetchImpl: inPageFetch(config),
        })
      : createApiClient({
          baseUrl: config.apiBaseUrl,
          timeoutMs: config.requestTimeoutMs,
          ready: startMocks(config),
          previewRevision,
        });
    // The offline file's own policy already allows no connections at all.
    if (!offlineFile) restrictConnections(config.apiBaseUrl);
    const queryClient = createQueryClient();
    const refresh = createBackgroundRefresh(queryClient, config, { offline: offlineFile, baseUrl: basePath });
    // In a transition, React builds the first page in 5 ms slices instead of one long task.
    startTransition(() =>
      root.render(
        <StrictMode>
          <RenderGuard what="app">
            <AppProvider apiClient={apiClient} queryClient={queryClient} refresh={refresh}>
              <AppRoutes
                mocks={config.mocks}
                screenCycleSeconds={config.screenCycleSeconds}
                previewRevision={previewRevision}
              />
            </AppProvider>
          </RenderGuard>
        </StrictMode>,
      ),
    );
  } catch (error) {
    await showStartupError(root, error);
  }
}

const container = document.getElementById('root');
// Every render error is caught by a RenderGuard, which logs it once naming what failed; React's own report would
// log it a second time.
if (container) void bootstrap(createRoot(container, { onCaughtError: () => undefined }));
