import { highlightHandlers } from './highlights';
import { indicatorHandlers } from './indicators';
import { reportHandlers } from './report';
import { applyScenario, type ScenarioName } from './scenarios';

/**
 * Handlers answer the same URLs as the real API, built from the same base URL the client uses.
 * A scenario makes them misbehave on purpose (see scenarios.ts); without one they serve the dataset.
 */
export const createHandlers = (baseUrl: string, scenario?: ScenarioName) => {
  const base = baseUrl.replace(/\/+$/, '');
  const handlers = [...reportHandlers(base), ...indicatorHandlers(base), ...highlightHandlers(base)];
  return scenario ? applyScenario(handlers, base, scenario) : handlers;
};
