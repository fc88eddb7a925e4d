/**
 * The zod schemas, loaded on the first request rather than with the page: the frame and skeletons paint
 * without waiting for zod, and the chunk arrives while the mock worker or the network is still busy.
 */
export const loadContract = () => import('./schemas');
