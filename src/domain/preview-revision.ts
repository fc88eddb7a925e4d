import { PREVIEW_PARAM } from '@/api/admin-names';
import { pageParam } from '@/lib/page-address';

/**
 * The draft a signed-in person previews (`?revision=N`, N a positive whole number), or undefined for the published
 * figures. Anything else in the parameter (0, -1, 2.5, 1e3, text) is no preview.
 */
export function previewRevisionOf(param: string | null): number | undefined {
  if (param === null || !/^[1-9]\d{0,8}$/.test(param)) return undefined;
  return Number(param);
}

/** The preview this page address asks for. */
export const pagePreviewRevision = (): number | undefined => previewRevisionOf(pageParam(PREVIEW_PARAM));
