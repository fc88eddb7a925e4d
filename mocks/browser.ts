import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';

/** Starts the mock service worker; requests the handlers do not know go to the network untouched. */
export async function startMockWorker(apiBaseUrl: string, basePath: string): Promise<void> {
  const worker = setupWorker(...createHandlers(apiBaseUrl));
  await worker.start({
    serviceWorker: { url: `${basePath}mockServiceWorker.js`, options: { scope: basePath } },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
