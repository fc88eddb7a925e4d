import { queryOptions, type QueryKey } from '@tanstack/react-query';

const compiledId: unknown = import.meta.env.VITE_BUILD_ID;

/** The build this page runs; undefined in the offline file (never redeployed) and the dev server. */
export const RUNNING_BUILD: string | undefined =
  import.meta.env.MODE !== 'portable' && typeof compiledId === 'string' ? compiledId : undefined;

/** True when the server's version.json names another build than the running one; any doubt is "no". */
export async function isNewerBuildDeployed(
  baseUrl: string,
  running: string | undefined = RUNNING_BUILD,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  if (!running) return false;
  const response = await fetchImpl(`${baseUrl}version.json`, { cache: 'no-store' });
  if (!response.ok) return false;
  const body: unknown = await response.json().catch(() => undefined);
  return (
    typeof body === 'object' &&
    body !== null &&
    'build' in body &&
    typeof body.build === 'string' &&
    // An empty id is a broken deployment's file, never a build to reload for.
    body.build.trim() !== '' &&
    body.build !== running
  );
}

export const DEPLOYED_BUILD_KEY: QueryKey = ['deployed-build'];

/** Whether a newer build is deployed, as a query that follows the page's refresh schedule. */
export const deployedBuildQuery = (isNewerDeployed: () => Promise<boolean>) =>
  queryOptions({
    queryKey: DEPLOYED_BUILD_KEY,
    // Once seen, a newer build stays seen: a load balancer's node left on the old release does not undo it.
    queryFn: async ({ client }) =>
      client.getQueryData(DEPLOYED_BUILD_KEY) === true || (await isNewerDeployed().catch(() => false)),
    // The page is the newest build when it loads: the first check waits for the schedule (or the network's return).
    initialData: false,
    staleTime: Infinity,
    retry: false,
  });
