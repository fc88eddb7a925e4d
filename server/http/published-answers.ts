import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { endpoints } from '@/api/endpoints';
import { areaIds, HighlightList, Indicator, IndicatorList, Report } from '@/api/schemas';
import type { Dataset } from '../dataset/dataset';

type Bytes = Uint8Array<ArrayBuffer>;

/** One answer of the public API, serialised and compressed once per revision. */
export interface CachedAnswer {
  body: Bytes;
  gzip: Bytes;
  brotli: Bytes;
  /** Strong, from the bytes: the same answer has the same ETag in any revision and on any replica. */
  etag: string;
}

export interface PublishedAnswers {
  revision: number;
  /** Keyed by the contract path without the base, plus `?area=` where the contract has it. */
  answers: ReadonlyMap<string, CachedAnswer>;
}

function cached(value: unknown): CachedAnswer {
  const body = new TextEncoder().encode(JSON.stringify(value));
  const digest = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  return {
    body,
    gzip: new Uint8Array(gzipSync(body, { level: 9 })),
    brotli: new Uint8Array(brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })),
    etag: `"${digest}"`,
  };
}

export const areaKey = (path: string, area: string) => `${path}?area=${area}`;
export const indicatorKey = (id: string) => endpoints.indicator.replace(':id', id);

/**
 * Every answer the contract allows for one revision, each checked by the client's own schema first: a revision
 * that breaks the contract is never served (the import pipeline checks the same, so this is the last guard).
 */
export function buildPublishedAnswers(revision: number, dataset: Dataset): PublishedAnswers {
  const answers = new Map<string, CachedAnswer>();
  answers.set(endpoints.report, cached(Report.parse(dataset.report)));
  const indicators = IndicatorList.parse({ items: dataset.indicators }).items;
  const highlights = HighlightList.parse({ items: dataset.highlights }).items;
  answers.set(endpoints.indicators, cached({ items: indicators }));
  answers.set(endpoints.highlights, cached({ items: highlights }));
  for (const area of areaIds) {
    answers.set(areaKey(endpoints.indicators, area), cached({ items: indicators.filter((i) => i.area === area) }));
    answers.set(areaKey(endpoints.highlights, area), cached({ items: highlights.filter((h) => h.area === area) }));
  }
  for (const indicator of indicators) answers.set(indicatorKey(indicator.id), cached(Indicator.parse(indicator)));
  return { revision, answers };
}
