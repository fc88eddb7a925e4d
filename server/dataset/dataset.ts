import { z } from '@/config/zod';
import { Highlight, Indicator, Report } from '@/api/schemas';
import { highlights, indicators, report } from '../../mocks/data/index';

/** Everything the public API serves, as one value: one revision of the store holds one of these. */
export const Dataset = z.object({
  report: Report,
  indicators: z.array(Indicator),
  highlights: z.array(Highlight),
});
export type Dataset = z.infer<typeof Dataset>;

/** Revision 1: the article, from its one home in mocks/data (a copy, so nothing can change the fixture). */
export const articleDataset = (): Dataset => structuredClone({ report, indicators, highlights });
