import { getResponse } from 'msw';
import { createHandlers } from './handlers';
import { errorResponse } from './handlers/error-response';
import type { ScenarioName } from './handlers/scenarios';

export { parseScenario } from './handlers/scenarios';

function rejectOnAbort(answer: Promise<Response>, signal: AbortSignal): Promise<Response> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * A fetch that the same MSW handlers answer inside the page, with no service worker and no network: the
 * offline demo file runs from file://, where service workers cannot. A request they do not know gets the
 * API's own 404 shape instead of leaving the page.
 */
export function createInPageFetch(apiBaseUrl: string, scenario?: ScenarioName): typeof fetch {
  const handlers = createHandlers(apiBaseUrl, scenario);
  return (input, init) => {
    const request = new Request(input, init);
    const answer = getResponse(handlers, request).then(
      (response) =>
        response ?? errorResponse(404, 'not-found', `No mock for ${request.method} ${new URL(request.url).pathname}`),
    );
    return rejectOnAbort(answer, request.signal);
  };
}
