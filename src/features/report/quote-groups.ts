import type { Indicator } from '@/api/schemas';

export interface QuoteGroup {
  quote: string;
  indicators: Indicator[];
}

/** Figures that come from the same sentence, in order of first appearance, so the report prints each sentence once. */
export function groupByQuote(indicators: Indicator[]): QuoteGroup[] {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const group = groups.get(indicator.source.quote);
    if (group) group.push(indicator);
    else groups.set(indicator.source.quote, [indicator]);
  }
  return [...groups].map(([quote, members]) => ({ quote, indicators: members }));
}
