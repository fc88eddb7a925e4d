import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { indicatorsQueryOptions } from '@/api/get-indicators';
import { reportQueryOptions } from '@/api/get-report';
import type { Area, Indicator, Report } from '@/api/schemas';
import type { Language } from '@/domain/i18n/language';

/** What a briefing file is made of: the report and every area's indicators, as the page holds them. */
export interface BriefingInput {
  report: Report;
  areas: { area: Area; indicators: Indicator[] }[];
  language: Language;
  generatedAt: Date;
}

/**
 * The figures the page already holds in its query cache (in live mode the API's answer, series included); an area
 * not loaded yet is fetched through the same client, so a file never mixes in another source.
 */
export async function collectBriefingInput(
  queryClient: QueryClient,
  client: ApiClient,
  language: Language,
): Promise<BriefingInput> {
  const report = await queryClient.ensureQueryData(reportQueryOptions(client));
  const lists = await Promise.all(
    report.areas.map((area) => queryClient.ensureQueryData(indicatorsQueryOptions(client, area.id))),
  );
  return {
    report,
    areas: report.areas.map((area, index) => ({ area, indicators: lists[index]?.items ?? [] })),
    language,
    generatedAt: new Date(),
  };
}

/** shanxi-ict-2025-07-31-zh.pptx */
export function briefingFileName(input: Pick<BriefingInput, 'report' | 'language'>, extension: 'pptx' | 'xlsx') {
  return `shanxi-ict-${input.report.asOf}-${input.language}.${extension}`;
}

/** Synthetic data anywhere in the file: every slide and the About sheet say so. */
export function isIllustrative(input: Pick<BriefingInput, 'report' | 'areas'>): boolean {
  return (
    input.report.illustrative === true ||
    input.areas.some(({ indicators }) => indicators.some((indicator) => indicator.illustrative === true))
  );
}
