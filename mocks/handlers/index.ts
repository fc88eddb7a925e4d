import { highlightHandlers } from './highlights';
import { indicatorHandlers } from './indicators';
import { reportHandlers } from './report';

/** Handlers answer the same URLs as the real API, built from the same base URL the client uses. */
export const createHandlers = (baseUrl: string) => {
  const base = baseUrl.replace(/\/+$/, '');
  return [...reportHandlers(base), ...indicatorHandlers(base), ...highlightHandlers(base)];
};
