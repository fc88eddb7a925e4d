import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import type { ScenarioName } from './handlers/scenarios';

export { parseScenario } from './handlers/scenarios';

/** Starts the mock service worker; requests the handlers do not know go to the network untouched. */
export async function startMockWorker(apiBaseUrl: string, basePath: string, scenario?: ScenarioName): Promise<void> {
  const worker = setupWorker(...createHandlers(apiBaseUrl, scenario));
  await worker.start({
    serviceWorker: { url: `${basePath}mockServiceWorker.js`, options: { scope: basePath } },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
