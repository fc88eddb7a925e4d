import { AreaId } from '../../src/api/schemas';

/** Reads ?area=; undefined means every area, null means an unknown area. */
export function readAreaFilter(requestUrl: string): AreaId | undefined | null {
  const area = new URL(requestUrl).searchParams.get('area');
  if (area === null) return undefined;
  const parsed = AreaId.safeParse(area);
  return parsed.success ? parsed.data : null;
}
