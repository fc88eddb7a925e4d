import type { Language } from '@/domain/i18n/language';

/** The embed id of a chart: its figure's DOM id, so the two never disagree. */
export const chartEmbedId = (chartId: string) => `chart-${chartId}`;

/** The address of one figure (or one chart) alone, for a link or an iframe. */
export function permalinkUrl(embedId: string, language: Language, origin: string, baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${origin}${base}embed/${encodeURIComponent(embedId)}?lang=${language}`;
}
