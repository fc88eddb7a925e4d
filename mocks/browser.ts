import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import type { ScenarioName } from './handlers/scenarios';

export { parseScenario } from './handlers/scenarios';

/** Browsers without crypto.randomUUID (Chromium < 92) load the generated worker through a small fallback. */
export function mockWorkerScript(): string {
  return 'randomUUID' in crypto ? 'mockServiceWorker.js' : 'mock-service-worker-fallbacks.js';
}

/** Starts the mock service worker; requests the handlers do not know go to the network untouched. */
export async function startMockWorker(apiBaseUrl: string, basePath: string, scenario?: ScenarioName): Promise<void> {
  const worker = setupWorker(...createHandlers(apiBaseUrl, scenario));
  await worker.start({
    serviceWorker: { url: `${basePath}${mockWorkerScript()}`, options: { scope: basePath } },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
