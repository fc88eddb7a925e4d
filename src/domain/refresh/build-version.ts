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
